import WaymarkBase
import WaymarkGuide

/// `style.step-length`: a step's text is short enough to read at a glance.
struct StepLength: StyleRule {
    static let maxWords = RuleParameter("max-words", default: 25, summary: "the most words a step's text may have")

    static let definition = RuleDefinition(
        "style.step-length", .warning,
        summary: "A step's text longer than `max-words` words (25 unless configured).",
        explanation:
            "Long steps mix the instruction with explanation, so readers miss the action and translations grow longer still. The instruction belongs in the text; what happens next in `result`; background in a callout.",
        fix:
            "Keep the instruction in `text`, move what the reader sees into `result` and background into `callouts`, or split the step into sub-steps. Set the limit with `rules: {style.step-length: {max-words: 30}}` in waymark.yml.",
        parameters: [maxWords]
    )

    func check(_ context: StyleContext) -> [Diagnostic] {
        let limit = context.config.parameter(Self.maxWords.name, of: Self.definition)
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps {
            guard let text = placed.step.text else { continue }
            let count = ProseText.plain(text.markdown).split(whereSeparator: { $0.isWhitespace }).count
            guard count > limit else { continue }
            result.append(
                finding(
                    "the step's text has \(count) words; the limit is \(limit)",
                    hint: "keep the instruction in `text`; move what the reader sees to `result` and background to a callout",
                    at: ProseText.whole(text, source: context.source), in: context
                ))
        }
        return result
    }
}
