import WaymarkBase
import WaymarkGuide

/// `style.missing-outcome`: every guide says what the reader has achieved.
struct GuideHasOutcome: StyleRule {
    static let definition = RuleDefinition(
        "style.missing-outcome", .warning,
        summary: "A guide without an `outcome`.",
        explanation: "The outcome tells readers they are done and what is now true, so they stop looking for a missing step; in-app help shows it as the guide's last card.",
        fix: "Add `outcome:` with `text:` (one sentence) or `results:` (what is now true, one item each) at the end of the guide."
    )

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.guide.outcome == nil else { return [] }
        return [finding("the guide '\(context.guide.id)' does not say what the reader has achieved",
                        hint: "add `outcome:` with `text:` or `results:` at the end of the guide",
                        at: context.guide.idRange, in: context)]
    }
}
