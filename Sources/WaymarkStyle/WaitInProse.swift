import WaymarkBase
import WaymarkGuide

/// `style.wait-in-prose`: a wait written into a step's text instead of as a typed wait.
struct WaitInProse: StyleRule {
    static let definition = RuleDefinition(
        "style.wait-in-prose", .warning,
        summary: "A step's text or result that tells the reader to wait for a length of time.",
        explanation: "A typed wait (`wait: 1-2 minutes`) is shown as its own aside, keeps the step numbering honest, is translated with correct plural forms in every locale, and is known to the checker and the app export as time, not as an action. A wait buried in prose is none of these. Applies when the source locale is English.",
        fix: "Move it into a wait item between the steps: `- id: wait-for-release` / `wait: 2 minutes` / `before: you connect the number again`."
    )

    static let units: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "sec", "secs", "min", "mins"]
    static let numbers: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "couple"]
    static let cues: Set<String> = ["wait", "waiting", "after", "later", "until", "takes", "take"]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.config.sourceLocale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps {
            for (field, text) in [("text", placed.step.text), ("result", placed.step.result)] {
                guard let text, let duration = Self.duration(in: text.markdown) else { continue }
                result.append(finding(
                    "the step's \(field) asks the reader to wait (\(duration)) in prose",
                    hint: "add a wait item after the step: `- id: wait-…` with `wait: \(duration)`; it renders as an aside and is translated with the right plural forms",
                    at: text.range, in: context
                ))
            }
        }
        return result
    }

    /// The duration a text asks to wait, such as "2 minutes", when it has a waiting cue and a duration.
    static func duration(in markdown: String) -> String? {
        let words = ProseText.words(ProseText.plain(markdown))
        guard words.contains(where: cues.contains) else { return nil }
        for (index, word) in words.enumerated() where index > 0 && units.contains(word) {
            let before = words[index - 1]
            let isNumber = before.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" } && before.contains(where: \.isNumber)
            if isNumber || numbers.contains(before) {
                return "\(before) \(word)"
            }
        }
        return nil
    }
}
