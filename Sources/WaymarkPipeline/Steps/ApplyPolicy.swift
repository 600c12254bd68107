import WaymarkBase
import WaymarkCheck
import WaymarkProject

extension BuildStep where Context == BuildContext {
    /// `apply-policy`, the last step but `cap-repeats`, run even when an earlier one stopped
    /// the run: the rule policy over every diagnostic of the run (``BuildContext/policyApplied``).
    public static var applyPolicy: BuildStep {
        BuildStep("apply-policy", always: true) { context in context.reported = context.policyApplied }
    }

    /// `cap-repeats`, the last step: except for `waymark lint`, which keeps them all for
    /// baselines and code scanning, a file's repeated warnings of one rule are cut after 20,
    /// so that one file cannot bury the rest.
    public static var capRepeats: BuildStep {
        BuildStep("cap-repeats", always: true) { context in
            if !context.options.lint { context.reported = context.diagnostics.cappingRepeats() }
        }
    }
}

extension BuildContext {
    /// The diagnostics so far after suppressions and `waymark.yml`'s settings, then
    /// `--allow-check-errors`, which has the last word on check errors. Unused suppressions
    /// are reported only when every rule ran (`waymark lint`).
    public var policyApplied: [Diagnostic] {
        let checkRules = Set(CheckRule.definitions.map(\.id))
        let allowCheckErrors = options.allowCheckErrors
        return RulePolicy.apply(log.all, guides: guides, config: project.config, rules: .waymark, reportUnused: options.lint)
            .map { diagnostic in
                guard allowCheckErrors, diagnostic.severity == .error, checkRules.contains(diagnostic.ruleID) else { return diagnostic }
                var lowered = diagnostic
                lowered.severity = .warning
                return lowered
            }
    }
}

extension BuildStep where Context == BuildContext {
    /// `stop-on-errors`: ends the run (all but `apply-policy`) when, after the rule policy, any
    /// diagnostic so far is an error: nothing is rendered or written from a failed check.
    public static var stopOnErrors: BuildStep {
        BuildStep("stop-on-errors") { context in
            if context.policyApplied.hasErrors { context.stopped = true }
        }
    }
}
