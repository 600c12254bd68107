import WaymarkBase

/// The rule ids of suppressions and baselines.
public enum LintRule {

    public static let unknownRule = RuleDefinition(
        "lint.unknown-rule", .warning, summary: "A rule id under `lint-ignore` that no rule has.",
        explanation: "A misspelt id suppresses nothing, so the finding it was meant to silence is still reported and the suppression misleads the next reader of the guide.",
        fix: "Use an id from docs/rules.md; the diagnostic suggests the nearest one.", configurable: false)
    public static let lockedRule = RuleDefinition(
        "lint.locked-rule", .warning, summary: "A `lint-ignore` entry for a rule that cannot be suppressed.",
        explanation: "Rules that decide whether content loads, renders safely or can be written cannot be silenced in a guide; the entry has no effect.",
        fix: "Remove the entry and fix what the rule reports.", configurable: false)
    public static let unusedSuppression = RuleDefinition(
        "lint.unused-suppression", .warning, summary: "A `lint-ignore` entry that suppresses nothing.",
        explanation:
            "Once the problem it silenced is fixed, a leftover suppression would hide the next, different problem of that rule in the same place. Only `waymark lint` reports it, since only it runs every rule.",
        fix: "Remove the rule id from `lint-ignore` (and the key, when the list is empty).")
    public static let baselineUnreadable = RuleDefinition(
        "lint.baseline-unreadable", .error, summary: "A baseline file that cannot be read or is not a Waymark baseline.",
        explanation: "Without its baseline, `waymark lint --baseline` cannot tell new findings from recorded ones.",
        fix: "Point `--baseline` at a file written by `waymark lint --baseline FILE --update-baseline`, or delete it to record a new one.",
        configurable: false, exitStatus: .usageOrIO)

    /// Their definitions.
    public static let definitions: [RuleDefinition] = [
        unknownRule,
        lockedRule,
        unusedSuppression,
        baselineUnreadable,
    ]
}
