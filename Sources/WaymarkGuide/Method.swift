import WaymarkBase

/// One alternative way to reach the guide's outcome: a sequence of steps and waits.
public struct Method: Hashable, Sendable {
    /// The slug that names the method; its anchor on the page.
    public var id: String
    /// The method's heading.
    public var title: InlineText
    /// An optional sentence under the heading.
    public var summary: InlineText?
    /// When to choose this method.
    public var appliesWhen: Conditions?
    /// Callouts that concern the whole method.
    public var callouts: [Callout]
    /// The procedure, in order.
    public var items: [ProcedureItem]
    /// The surface of the product model the method is carried out in, and where it is written.
    public var surface: String?
    public var surfaceRange: SourceRange?
    /// The screen the user is on before the first step, when the method does not open the surface itself.
    public var start: String?
    public var startRange: SourceRange?
    /// The screen the user must be on after the last step.
    public var end: String?
    public var endRange: SourceRange?
    /// The platforms the method applies to; empty means all of its surface's.
    public var platforms: [String]
    public var platformsRange: SourceRange?
    /// Where the `id` value is.
    public var idRange: SourceRange?
    /// Rule ids suppressed in this method (`lint-ignore`).
    public var suppressions: [Suppression] = []
    /// What the method covers in its file, from its first key to its last value.
    public var extent: SourceRange?
    // Issue 15: symptom → cause → fix entries for this method.
    public var troubleshooting: [TroubleshootingEntry] = []
    /// What the reader needs for this method (roles, plans, versions, features), and the
    /// variants it covers (issue 14).
    public var requires: Requirements = []
    public var variants: [String] = []
    public var variantsRange: SourceRange?

    /// Creates a method.
    public init(
        id: String, title: InlineText, summary: InlineText? = nil, appliesWhen: Conditions? = nil,
        callouts: [Callout] = [], items: [ProcedureItem], surface: String? = nil, start: String? = nil,
        end: String? = nil, platforms: [String] = [], idRange: SourceRange? = nil
    ) {
        self.surface = surface
        self.start = start
        self.end = end
        self.platforms = platforms
        self.id = id
        self.title = title
        self.summary = summary
        self.appliesWhen = appliesWhen
        self.callouts = callouts
        self.items = items
        self.idRange = idRange
    }
}

/// An entry of a procedure: a user step, or a typed wait while the product does its part.
public enum ProcedureItem: Hashable, Sendable {
    /// Something the user does.
    case step(Step)
    /// Time the user must let pass; not a user action.
    case wait(Wait)

    /// The item's anchor id.
    public var id: String {
        switch self {
        case .step(let step): step.id
        case .wait(let wait): wait.id
        }
    }

    /// Where the item's `id` value is.
    public var idRange: SourceRange? {
        switch self {
        case .step(let step): step.idRange
        case .wait(let wait): wait.idRange
        }
    }
}
