import WaymarkBase
import WaymarkGuide

/// `style.missing-outcome`: every guide says what the reader has achieved.
struct GuideHasOutcome: StyleRule {
    static let whenConfirmed = RuleParameter(
        "when-last-step-confirms", default: 0, minimum: 0,
        summary: "1 also reports guides whose last step is a confirmation or says what the reader sees; 0 (the default) leaves them alone")

    static let definition = RuleDefinition(
        "style.missing-outcome", .warning,
        summary: "A guide without an `outcome`, unless its last step already confirms the task (a `confirm` action, or a `result`).",
        explanation:
            "The outcome tells readers they are done and what is now true, so they stop looking for a missing step; in-app help shows it as the guide's last card. A guide whose last step is a confirmation, or says what the reader sees at the end, already tells them; it is not reported by default, so authors are not pushed to invent an outcome the task does not have.",
        fix:
            "Add `outcome:` with `text:` (one sentence) or `results:` (what is now true, one item each) at the end of the guide. To report guides that end on a confirmation too, set `rules: {style.missing-outcome: {when-last-step-confirms: 1}}` in waymark.yml.",
        parameters: [whenConfirmed]
    )

    /// Whether the guide's last step (of every method) confirms the task or says what the reader sees.
    static func endsOnConfirmation(_ guide: Guide) -> Bool {
        guard !guide.methods.isEmpty else { return false }
        return guide.methods.allSatisfy { method in
            var items = method.items
            while case .step(let step)? = items.last {
                if step.action == .confirm || step.result != nil { return true }
                if step.substeps.isEmpty { return false }
                items = step.substeps
            }
            return false
        }
    }

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.guide.outcome == nil else { return [] }
        if context.config.parameter(Self.whenConfirmed.name, of: Self.definition) == 0, Self.endsOnConfirmation(context.guide) { return [] }
        return [
            finding(
                "the guide '\(context.guide.id)' does not say what the reader has achieved",
                hint: "add `outcome:` with `text:` or `results:` at the end of the guide",
                at: context.guide.idRange, in: context)
        ]
    }
}
