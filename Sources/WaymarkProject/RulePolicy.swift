import WaymarkBase
import WaymarkGuide

/// Applies `lint-ignore` suppressions and `waymark.yml`'s rule settings to what was found.
public enum RulePolicy {
    /// The diagnostics left after suppressions and settings, plus the suppressions' own
    /// diagnostics (unknown and locked ids always; unused ones when `reportUnused`, that is,
    /// when every rule ran).
    public static func apply(_ diagnostics: [Diagnostic], guides: [Guide], config: ProjectConfig, rules: RuleCatalog, reportUnused: Bool) -> [Diagnostic] {
        var own: [Diagnostic] = []
        var active: [(guide: Guide, suppression: Suppression)] = []
        var duplicates: [(guide: Guide, suppression: Suppression)] = []
        // `waymark serve` keeps a guide's suppressions until the guide changes.
        let cache = BuildCache.current
        for guide in guides {
            var listed: Set<String> = []
            let suppressions = cache.cachedOrNot("suppressions", guide.cacheKey, dependsOn: [BuildCache.guide(guide.id)]) { guide.allSuppressions }
            for suppression in suppressions {
                guard listed.insert("\(suppression.scope.map { "\($0.start)" } ?? "guide") \(suppression.ruleID)").inserted else {
                    duplicates.append((guide, suppression))
                    continue
                }
                if let problem = problem(with: suppression, in: guide, rules: rules) { own.append(problem) } else { active.append((guide, suppression)) }
            }
        }
        // Suppressions by rule id, so each diagnostic looks only at those of its own rule.
        var byRule: [String: [Int]] = [:]
        for (index, entry) in active.enumerated() { byRule[entry.suppression.ruleID, default: []].append(index) }
        var used = Set<Int>()
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            if let match = byRule[diagnostic.ruleID]?.first(where: { covers(active[$0].suppression, in: active[$0].guide, diagnostic) }) {
                used.insert(match)
                continue
            }
            guard let setting = config.rules[diagnostic.ruleID], rules.rule(diagnostic.ruleID)?.configurable == true else {
                kept.append(diagnostic)
                continue
            }
            guard let severity = setting.severity else { continue }
            var changed = diagnostic
            changed.severity = severity
            kept.append(changed)
        }
        // Only when every rule ran can a suppression be known to suppress nothing.
        let unusedSeverity = config.rules[LintRule.unusedSuppression.id].map(\.severity) ?? .warning
        if reportUnused, let severity = unusedSeverity {
            for (index, entry) in active.enumerated() where !used.contains(index) && isOn(entry.suppression.ruleID, config) {
                let catalogRule = entry.suppression.ruleID.hasPrefix("l10n.") && entry.suppression.scope != nil
                own.append(
                    Diagnostic(
                        LintRule.unusedSuppression, reportedAs: severity, "'\(entry.suppression.ruleID)' in lint-ignore suppresses nothing here",
                        hint: catalogRule
                            ? "translation findings are reported in the catalogs, so only a guide-level lint-ignore covers them; move it to the guide"
                            : "remove it, so that it does not hide a future problem",
                        file: entry.guide.file, at: entry.suppression.range, guideID: entry.guide.id))
            }
            for (guide, suppression) in duplicates {
                own.append(
                    Diagnostic(
                        LintRule.unusedSuppression, reportedAs: severity, "'\(suppression.ruleID)' is listed twice in this lint-ignore",
                        hint: "remove one of them", file: guide.file, at: suppression.range, guideID: guide.id))
            }
        }
        return kept + own
    }

    /// Whether a rule is reported at all (a suppression of a rule that is off is moot, not unused).
    static func isOn(_ ruleID: String, _ config: ProjectConfig) -> Bool {
        config.rules[ruleID].map { $0.severity != nil } ?? true
    }

    /// Why a suppression cannot work: no such rule (with the nearest ones), or a rule that may
    /// not be suppressed. Nil when it can.
    static func problem(with suppression: Suppression, in guide: Guide, rules: RuleCatalog) -> Diagnostic? {
        guard let definition = rules.rule(suppression.ruleID) else {
            let suggestions = NearMiss.suggestions(for: suppression.ruleID, among: rules.definitions.filter(\.configurable).map(\.id))
            return Diagnostic(
                LintRule.unknownRule, "'\(suppression.ruleID)' in lint-ignore is not a rule",
                hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the rules are listed in docs/rules.md",
                file: guide.file, at: suppression.range,
                fixIts: suppression.range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [],
                guideID: guide.id)
        }
        // An unused-suppression finding is made after suppressing; it cannot suppress itself.
        guard definition.configurable, definition != LintRule.unusedSuppression else {
            return Diagnostic(
                LintRule.lockedRule, "'\(suppression.ruleID)' cannot be suppressed",
                hint: "it guards loading, safety or writing; remove it from lint-ignore and fix what it reports",
                file: guide.file, at: suppression.range, guideID: guide.id)
        }
        return nil
    }

    /// Whether a suppression silences a diagnostic: same rule, and inside what it is written on
    /// (a guide-level one covers the guide's file and everything reported about the guide,
    /// such as its catalogs).
    static func covers(_ suppression: Suppression, in guide: Guide, _ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.ruleID == suppression.ruleID else { return false }
        guard let scope = suppression.scope else { return diagnostic.file == guide.file || diagnostic.guideID == guide.id }
        guard diagnostic.file == guide.file, let location = diagnostic.location else { return false }
        return location >= scope.start && location <= scope.end
    }
}
