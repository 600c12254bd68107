import WaymarkBase

/// The rule ids of `waymark.yml`.
public enum ConfigRule {

    public static let unknownKey = RuleDefinition(
        "config.unknown-key", .error, summary: "A key that waymark.yml does not know.",
        explanation: "A misspelt setting would otherwise be ignored without a word, and the project would be built or linted differently from what the file says.",
        fix: "Use one of the keys the README lists for waymark.yml (`source-locale`, `locales`, `paths`, `rules`); the diagnostic suggests the nearest one.",
        configurable: false)
    public static let invalidValue = RuleDefinition(
        "config.invalid-value", .error, summary: "A value in waymark.yml that is not of the kind its key takes.",
        explanation:
            "Paths must be folders inside the project, locales language tags, severities `error`, `warning`, `note` or `off`, and parameters whole numbers in their range; anything else cannot be applied.",
        fix: "Write the value as the hint shows, for example `rules: {style.step-length: {severity: warning, max-words: 30}}`.",
        configurable: false)
    public static let unknownRule = RuleDefinition(
        "config.unknown-rule", .error, summary: "A rule id in waymark.yml that no rule has.",
        explanation: "Settings for a rule that does not exist change nothing, so a typo would leave the rule it meant at its default.",
        fix: "Use an id from docs/rules.md (or `waymark rules`); the diagnostic suggests the nearest one.",
        configurable: false)
    public static let lockedRule = RuleDefinition(
        "config.locked-rule", .error, summary: "A setting for a rule that cannot be turned off or re-graded.",
        explanation:
            "Rules that decide whether content can be loaded, rendered safely or written keep their severity, because turning them off would publish broken or unsafe pages.",
        fix: "Remove the setting and fix what the rule reports instead.",
        configurable: false)

    /// Their definitions, for `docs/rules.md` and SARIF.
    public static let definitions: [RuleDefinition] = [
        unknownKey,
        invalidValue,
        unknownRule,
        lockedRule,
    ]
}
