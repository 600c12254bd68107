import WaymarkBase
import WaymarkMarkdown

/// One guide rendered for one locale: the Markdown page, the HTML body and what templates need.
public struct RenderedGuide: Sendable {
    /// The guide's id.
    public var guideID: String
    /// The locale it was rendered for.
    public var locale: LocaleID
    /// The title, as HTML and as plain text.
    public var title: RenderedInline
    /// The summary, as HTML and as plain text.
    public var summary: RenderedInline
    /// The language of the title and of the summary when the source stands in for their
    /// translation (the one the guide is written in); nil when they are in `locale`'s (issue 16).
    public var titleLocale: LocaleID?
    public var summaryLocale: LocaleID?
    /// The Markdown page (CommonMark).
    public var markdown: String
    /// The HTML body: the same document as `markdown`, rendered by cmark.
    public var html: String
    /// The topic, as plain text, when the guide has one.
    public var topic: String?
    /// Each step's and wait's sentence as plain text, with its anchor, for search.
    public var steps: [SearchStep] = []
    /// The methods' anchors and titles (plain text), for "on this page".
    public var methods: [(id: String, title: String)] = []
    /// Pages outside the help site listed under `related`, with their titles in this locale
    /// (issue 15), and the language of each title the source stands in for (issue 16).
    public var relatedLinks: [(url: String, title: String, titleLocale: LocaleID?)] = []
}

/// One step of a guide as the search index holds it.
public struct SearchStep: Sendable, Hashable, Codable {
    /// The step's anchor.
    public var anchor: String
    /// Its sentence, as plain text.
    public var text: String
}
