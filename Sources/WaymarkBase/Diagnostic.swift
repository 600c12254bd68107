/// One problem found in content, as a value: what, where, how bad, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    /// The rule that found it: its id, default severity, exit status and documentation.
    public var rule: RuleDefinition
    /// How serious it is: the rule's severity unless reported otherwise or re-graded by `waymark.yml`.
    public var severity: Severity
    /// One sentence saying what is wrong.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// The file, as a path relative to the working folder when possible.
    public var file: String?
    /// Where in the file; nil for a problem with the whole file.
    public var range: SourceRange?
    /// Suggested edits, best first.
    public var fixIts: [FixIt]
    /// The guide the problem belongs to, added by the layer that knows it.
    public var guideID: String?
    /// The locale being processed, added by the layer that knows it.
    public var locale: LocaleID?

    /// A finding of `rule` at the rule's own severity; the loader adds `file`, the pipeline
    /// adds `guideID` and `locale`.
    public init(
        _ rule: RuleDefinition,
        _ message: String,
        hint: String? = nil,
        file: String? = nil,
        at range: SourceRange? = nil,
        fixIts: [FixIt] = [],
        guideID: String? = nil,
        locale: LocaleID? = nil
    ) {
        self.init(rule, reportedAs: rule.severity, message, hint: hint, file: file, at: range, fixIts: fixIts, guideID: guideID, locale: locale)
    }

    /// A finding of `rule` at another severity than the rule's own: for the few places that
    /// legitimately report differently (a severity set in `waymark.yml`, a note that sums up
    /// refused errors, `--allow-check-errors`).
    public init(
        _ rule: RuleDefinition,
        reportedAs severity: Severity,
        _ message: String,
        hint: String? = nil,
        file: String? = nil,
        at range: SourceRange? = nil,
        fixIts: [FixIt] = [],
        guideID: String? = nil,
        locale: LocaleID? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.hint = hint
        self.file = file
        self.range = range
        self.fixIts = fixIts
        self.guideID = guideID
        self.locale = locale
    }

    /// The stable rule id, such as `guide.unknown-key`.
    public var ruleID: String { rule.id }

    /// The start of the range, if any.
    public var location: SourceLocation? { range?.start }
}

/// A suggested edit: replace the text in `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    /// What to replace.
    public var range: SourceRange
    /// The text to put there.
    public var replacement: String

    /// Creates a fix-it.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics in a stable order: file, line, column, rule id, message.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            let ka = (a.file ?? "", a.location?.line ?? 0, a.location?.column ?? 0, a.ruleID, a.message)
            let kb = (b.file ?? "", b.location?.line ?? 0, b.location?.column ?? 0, b.ruleID, b.message)
            return ka < kb
        }
    }

    /// Counts of each severity.
    public func count(of severity: Severity) -> Int { filter { $0.severity == severity }.count }
}
