import WaymarkBase
import WaymarkCheck
import WaymarkExport
import WaymarkL10n
import WaymarkLoader
import WaymarkProject
import WaymarkStyle

/// Every rule Waymark reports, from every layer: the source of `docs/rules.md`, `waymark
/// rules`, SARIF rule descriptions, and the ids `waymark.yml` and `lint-ignore` may name.
extension RuleCatalog {
    /// Waymark's catalog: every layer's definitions.
    public static let waymark = RuleCatalog(
        LoaderRule.definitions + LoaderRule.formatDefinitions + [ExternalLinks.definition] + ImageRule.definitions + ConfigRule.definitions + CheckRule.definitions
            + L10nRule.definitions
            + SiteRule.definitions + StyleRules.definitions + LintRule.definitions + ExportRule.definitions
            + SafetyRule.definitions + POHeaderCheck.definitions)

    /// All definitions, sorted by id.
    public static var all: [RuleDefinition] { waymark.definitions }

    /// The definition of a rule id, if there is such a rule.
    public static func definition(_ id: String) -> RuleDefinition? { waymark.rule(id) }
}
