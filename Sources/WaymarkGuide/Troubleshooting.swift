import WaymarkBase

/// One troubleshooting entry: what the reader sees go wrong, why, and what to do about it.
public struct TroubleshootingEntry: Hashable, Sendable {
    /// The slug that names the entry; its anchor on the page.
    public var id: String
    /// What the reader notices ("The number is still shown as connected.").
    public var symptom: InlineText
    /// The error message as the product shows it, in the author's words (translatable).
    public var message: InlineText?
    /// An error the product model lists for a screen of the surface (checked, localized like labels).
    public var error: String?
    public var errorRange: SourceRange?
    /// Why it happens.
    public var cause: InlineText?
    /// What to do: a sentence, steps, a link to a guide or step, or support.
    public var fix: InlineText?
    public var steps: [ProcedureItem]
    public var see: GuideReference?
    public var support: SupportContact?
    /// The surface its `error` belongs to: its method's, or the guide's only one.
    public var surface: String?
    /// Where the `id` value is.
    public var idRange: SourceRange?

    /// Creates an entry.
    public init(id: String, symptom: InlineText, message: InlineText? = nil, error: String? = nil, cause: InlineText? = nil,
                fix: InlineText? = nil, steps: [ProcedureItem] = [], see: GuideReference? = nil, support: SupportContact? = nil,
                idRange: SourceRange? = nil) {
        self.id = id
        self.symptom = symptom
        self.message = message
        self.error = error
        self.cause = cause
        self.fix = fix
        self.steps = steps
        self.see = see
        self.support = support
        self.idRange = idRange
    }
}

/// The ways to reach support.
public enum SupportChannel: String, Hashable, Sendable, CaseIterable {
    case email, phone, chat, form
}

/// Contacting support, as a typed ending of a fix: the channel and where to reach it.
public struct SupportContact: Hashable, Sendable {
    /// How the reader reaches support.
    public var channel: SupportChannel
    /// The address: `mailto:`, `tel:` or an https page.
    public var url: String
    public var urlRange: SourceRange?

    /// Creates a contact.
    public init(channel: SupportChannel, url: String, urlRange: SourceRange? = nil) {
        self.channel = channel
        self.url = url
        self.urlRange = urlRange
    }
}

/// A link to a guide (`guide`), a step of another guide (`guide#step`) or of this one (`#step`).
public struct GuideReference: Hashable, Sendable {
    /// The guide's id; nil for this guide.
    public var guide: String?
    /// The anchor: a method, step, wait or troubleshooting entry.
    public var anchor: String?
    /// Where it is written.
    public var range: SourceRange?

    /// Creates a reference.
    public init(guide: String?, anchor: String?, range: SourceRange? = nil) {
        self.guide = guide
        self.anchor = anchor
        self.range = range
    }
}

/// A page outside the help site, with the title readers see.
public struct ExternalLink: Hashable, Sendable {
    /// An absolute http or https URL.
    public var url: String
    /// The link's text (translatable).
    public var title: InlineText
    /// Where the `url` value is.
    public var range: SourceRange?

    /// Creates a link.
    public init(url: String, title: InlineText, range: SourceRange? = nil) {
        self.url = url
        self.title = title
        self.range = range
    }
}

/// A follow-up task: another guide (or one of its steps), or a page elsewhere.
public enum NextStep: Hashable, Sendable {
    case guide(GuideReference)
    case external(ExternalLink)
}
