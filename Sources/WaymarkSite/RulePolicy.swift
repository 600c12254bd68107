import WaymarkBase
import WaymarkGuide
import WaymarkLoader

/// Applies `lint-ignore` suppressions and `waymark.yml`'s rule settings to what was found.
enum RulePolicy {
    /// The diagnostics left after suppressions and settings, plus the suppressions' own
    /// diagnostics (unknown and locked ids always; unused ones when `reportUnused`, that is,
    /// when every rule ran).
    static func apply(_ diagnostics: [Diagnostic], guides: [Guide], config: ProjectConfig, reportUnused: Bool) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var used: Set<Int> = []
        var own: [Diagnostic] = []
        var active: [(index: Int, guide: Guide, suppression: Suppression)] = []
        for guide in guides {
            var listed: Set<String> = []
            for suppression in guide.allSuppressions {
                let key = "\(suppression.scope.map { "\($0.start)" } ?? "guide") \(suppression.ruleID)"
                guard listed.insert(key).inserted else {
                    own.append(Diagnostic(LintRule.unusedSuppression, .warning, "'\(suppression.ruleID)' is listed twice in this lint-ignore",
                                          hint: "remove one of them", file: guide.file, at: suppression.range, guideID: guide.id))
                    continue
                }
                guard let definition = RuleCatalog.definition(suppression.ruleID) else {
                    let suggestions = NearMiss.suggestions(for: suppression.ruleID, among: RuleCatalog.all.filter(\.configurable).map(\.id))
                    own.append(Diagnostic(LintRule.unknownRule, .warning, "'\(suppression.ruleID)' in lint-ignore is not a rule",
                                          hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the rules are listed in docs/rules.md",
                                          file: guide.file, at: suppression.range,
                                          fixIts: suppression.range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [],
                                          guideID: guide.id))
                    continue
                }
                // An unused-suppression finding is made after suppressing; it cannot suppress itself.
                guard definition.configurable, definition.id != LintRule.unusedSuppression else {
                    own.append(Diagnostic(LintRule.lockedRule, .warning, "'\(suppression.ruleID)' cannot be suppressed",
                                          hint: "it guards loading, safety or writing; remove it from lint-ignore and fix what it reports",
                                          file: guide.file, at: suppression.range, guideID: guide.id))
                    continue
                }
                active.append((active.count, guide, suppression))
            }
        }
        for diagnostic in diagnostics {
            if let match = active.first(where: { covers($0.suppression, in: $0.guide, diagnostic) }) {
                used.insert(match.index)
                continue
            }
            guard let setting = config.rules[diagnostic.ruleID], RuleCatalog.definition(diagnostic.ruleID)?.configurable == true else {
                kept.append(diagnostic)
                continue
            }
            guard let severity = setting.severity else { continue }
            var changed = diagnostic
            changed.severity = severity
            kept.append(changed)
        }
        if reportUnused {
            for entry in active where !used.contains(entry.index) && config.rules[entry.suppression.ruleID].map({ $0.severity != nil }) ?? true {
                let severity = config.rules[LintRule.unusedSuppression].map { $0.severity } ?? .warning
                guard let severity else { break }
                let catalogRule = entry.suppression.ruleID.hasPrefix("l10n.") && entry.suppression.scope != nil
                own.append(Diagnostic(LintRule.unusedSuppression, severity, "'\(entry.suppression.ruleID)' in lint-ignore suppresses nothing here",
                                      hint: catalogRule
                                          ? "translation findings are reported in the catalogs, so only a guide-level lint-ignore covers them; move it to the guide"
                                          : "remove it, so that it does not hide a future problem",
                                      file: entry.guide.file, at: entry.suppression.range,
                                      fixIts: [], guideID: entry.guide.id))
            }
        }
        return kept + own
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
