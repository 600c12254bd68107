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
    public init(
        id: String, symptom: InlineText, message: InlineText? = nil, error: String? = nil, cause: InlineText? = nil,
        fix: InlineText? = nil, steps: [ProcedureItem] = [], see: GuideReference? = nil, support: SupportContact? = nil,
        idRange: SourceRange? = nil
    ) {
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

// MARK: Translation keys and units (issue 15)

extension TranslationKey {
    /// The method id that guide-level troubleshooting steps are keyed under.
    public static let guideTroubleshooting = "troubleshooting"

    /// A field of a troubleshooting entry, on the guide (`method` nil) or on a method.
    public static func trouble(_ method: String?, _ entry: String, _ field: String) -> String {
        (method.map { "\($0)." } ?? "") + "troubleshooting.\(entry).\(field)"
    }

    /// The title of an external link in `related` or `next`.
    public static func link(_ list: String, _ index: Int) -> String { "\(list).\(index + 1).title" }

    /// The texts of troubleshooting entries and external links' titles, in reading order.
    static func formatUnits(of guide: Guide, into units: inout [TranslationUnit]) {
        func entries(_ entries: [TroubleshootingEntry], method: Method?) {
            for entry in entries {
                let owner = "the troubleshooting entry '\(entry.id)'" + (method.map { " of the method '\($0.id)'" } ?? "")
                for (field, text, what) in [
                    ("symptom", entry.symptom as InlineText?, "what the reader notices, in"),
                    ("message", entry.message, "the error message as the product shows it, in"),
                    ("cause", entry.cause, "why it happens, in"), ("fix", entry.fix, "what to do, in"),
                ] {
                    guard let text else { continue }
                    units.append(
                        TranslationUnit(
                            key: trouble(method?.id, entry.id, field), text: text, description: "\(what) \(owner)",
                            methodID: method?.id, stepID: nil, surface: entry.surface, target: nil))
                }
                let stepsOwner = method ?? Method(id: guideTroubleshooting, title: "", items: [], surface: entry.surface)
                procedure(entry.steps, method: stepsOwner, owner: owner, prefix: "", into: &units)
            }
        }
        entries(guide.troubleshooting, method: nil)
        for method in guide.methods { entries(method.troubleshooting, method: method) }
        for (index, page) in guide.relatedLinks.enumerated() {
            units.append(TranslationUnit(key: link("related", index), text: page.title, description: "the title of the related page \(page.url)"))
        }
        for (index, step) in guide.next.enumerated() {
            guard case .external(let external) = step else { continue }
            units.append(TranslationUnit(key: link("next", index), text: external.title, description: "the title of the next step \(external.url)"))
        }
    }
}

/// The anchors of the sections a guide page has besides its methods and steps (issue 15).
public enum GuideAnchors {
    /// A troubleshooting section: `troubleshooting` on the guide, `<method>-troubleshooting` on a method.
    public static func troubleshooting(method: String?) -> String { (method.map { "\($0)-" } ?? "") + "troubleshooting" }
    /// The next steps.
    public static let nextSteps = "next-steps"
}
