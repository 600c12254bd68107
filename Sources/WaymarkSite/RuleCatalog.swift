import WaymarkBase
import WaymarkCheck
import WaymarkExport
import WaymarkL10n
import WaymarkLoader
import WaymarkStyle

/// Every rule Waymark reports, from every layer: the source of `docs/rules.md`, `waymark
/// rules`, SARIF rule descriptions, and the ids `waymark.yml` and `lint-ignore` may name.
public enum RuleCatalog {
    /// All definitions, sorted by id.
    public static let all: [RuleDefinition] =
        (LoaderRule.definitions + LoaderRule.formatDefinitions + [ExternalLinks.definition] + ImageRule.definitions + ConfigRule.definitions + CheckRule.definitions
        + L10nRule.definitions
        + SiteRule.definitions + StyleRules.definitions + LintRule.definitions + ExportRule.definitions
        + SafetyRule.definitions + POHeaderCheck.definitions).sorted { $0.id < $1.id }

    private static let byID: [String: RuleDefinition] = Dictionary(all.map { ($0.id, $0) }) { a, _ in a }

    /// The definition of a rule id, if there is such a rule.
    public static func definition(_ id: String) -> RuleDefinition? { byID[id] }
}
