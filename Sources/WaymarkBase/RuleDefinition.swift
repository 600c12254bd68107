/// What a rule is: its stable id, its default severity, and the words that explain it in
/// `docs/rules.md`, `waymark rules` and SARIF's rule descriptions.
public struct RuleDefinition: Hashable, Sendable {
    /// The stable id diagnostics carry, such as `check.unknown-element`.
    public var id: String
    /// The severity it is reported with unless `waymark.yml` says otherwise.
    public var severity: Severity
    /// One sentence: what the rule finds.
    public var summary: String
    /// Why it matters to a reader or to the build, in a few sentences.
    public var explanation: String
    /// How to fix what it finds.
    public var fix: String
    /// Whether `waymark.yml` may turn it off or change its severity, and `lint-ignore` may
    /// suppress it. Rules that guard loading, writing or safety are not configurable.
    public var configurable: Bool
    /// Settings the rule takes in `waymark.yml` besides its severity.
    public var parameters: [RuleParameter]

    /// Creates a definition.
    public init(
        _ id: String, _ severity: Severity, summary: String, explanation: String, fix: String,
        configurable: Bool = true, parameters: [RuleParameter] = []
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fix = fix
        self.configurable = configurable
        self.parameters = parameters
    }

    /// The group the rule belongs to: the part of its id before the first dot (`check`, `l10n`, …).
    public var category: String { String(id.prefix { $0 != "." }) }
}

/// A setting of a rule in `waymark.yml`, such as `max-words` for `style.step-length`.
public struct RuleParameter: Hashable, Sendable {
    /// The key in the rule's mapping.
    public var name: String
    /// The value used when the configuration does not set it (a whole number).
    public var defaultValue: Int
    /// The smallest value accepted.
    public var minimum: Int
    /// What the setting means, with its unit.
    public var summary: String

    /// Creates a parameter.
    public init(_ name: String, default defaultValue: Int, minimum: Int = 1, summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.summary = summary
    }
}
