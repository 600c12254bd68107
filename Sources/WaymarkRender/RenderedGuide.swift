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
    /// The Markdown page (CommonMark).
    public var markdown: String
    /// The HTML body: the same document as `markdown`, rendered by cmark.
    public var html: String
}
