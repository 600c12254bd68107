import WaymarkBase
import WaymarkGuide

/// `style.english-only`: says which rules that read English did not run on a guide in another language.
struct EnglishOnlyRulesSkipped: StyleRule {
    static let definition = RuleDefinition(
        "style.english-only", .note,
        summary: "A guide in another language than English, on which the rules that read English verbs did not run.",
        explanation:
            "`style.one-action`, `style.imperative`, `style.option-list` and `style.wait-in-prose` read English words (verbs, openers, waiting cues), so on a guide written in another language they would find nothing or the wrong things. The note says so, so that a clean run is not mistaken for a checked one.",
        fix: "Nothing to fix; review those points by hand, or turn the note off with `style.english-only: off` in waymark.yml."
    )

    static let skipped = ["style.one-action", "style.imperative", "style.option-list", "style.wait-in-prose"]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.locale.language != "en" else { return [] }
        return [
            finding(
                "the rules that read English (\(Self.skipped.joined(separator: ", "))) did not run: '\(context.guide.id)' is written in \(context.locale)",
                hint: "check one action per step, imperative openings, option lists and waits in prose by hand",
                at: context.guide.idRange, in: context)
        ]
    }
}
