/// What a rule is: its stable id, its default severity, what its errors mean for the exit
/// status, and the words that explain it in `docs/rules.md`, `waymark rules` and SARIF's rule
/// descriptions. Each rule is one such value, declared beside the code that reports it; a
/// ``Diagnostic`` is made from the value, so no rule can be reported without a definition.
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
    /// What an error of this rule makes `build`, `check`, `lint` and the other commands exit with.
    public var exitStatus: RuleExitStatus

    /// Creates a definition.
    public init(
        _ id: String, _ severity: Severity, summary: String, explanation: String, fix: String,
        configurable: Bool = true, parameters: [RuleParameter] = [], exitStatus: RuleExitStatus = .contentError
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fix = fix
        self.configurable = configurable
        self.parameters = parameters
        self.exitStatus = exitStatus
    }

    /// Two definitions are the same rule when their ids are (ids are unique, see
    /// `RuleDefinitionTests`); so diagnostics compare and hash by id, not by the explanation.
    public static func == (a: RuleDefinition, b: RuleDefinition) -> Bool { a.id == b.id }

    /// Hashes the id.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The group the rule belongs to: the part of its id before the first dot (`check`, `l10n`, …).
    public var category: String { String(id.prefix { $0 != "." }) }
}

/// What an error of a rule means for the command's exit status.
public enum RuleExitStatus: String, Hashable, Sendable, CaseIterable {
    /// A problem in the content: exit status 1.
    case contentError
    /// The command could not read or write files (or its baseline): exit status 2, as a usage error.
    case usageOrIO

    /// The status a command exits with when an error of such a rule is reported.
    public var code: Int32 {
        switch self {
        case .contentError: 1
        case .usageOrIO: 2
        }
    }
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
