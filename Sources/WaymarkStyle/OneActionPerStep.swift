import WaymarkBase
import WaymarkGuide

/// `style.one-action`: a step asks for one action; two are two steps (or sub-steps).
struct OneActionPerStep: StyleRule {
    static let definition = RuleDefinition(
        "style.one-action", .warning,
        summary: "A step whose text asks for more than one action.",
        explanation: "A step is one thing to do, checked against one element of the product model, with its own anchor and its own line in the translation catalogs. \"Open **Settings** and tap **Account**.\" hides the second action from the checker, from readers who resume at a step link, and from the step count. Applies when the source locale is English.",
        fix: "Split the text into two steps, each with its `action` and `target`, or make them sub-steps of one step."
    )

    /// Words that join a second instruction to the first.
    static let joiners: Set<String> = ["and", "then", "and then", "afterwards", "next"]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.config.sourceLocale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps where placed.step.substeps.isEmpty {
            guard let text = placed.step.text else { continue }
            let actions = Self.actions(in: ProseText.plain(text.markdown))
            guard actions.count > 1 else { continue }
            result.append(finding(
                "the step asks for \(actions.count) actions: \(actions.map { "'\($0)'" }.joined(separator: ", "))",
                hint: "give each action its own step (or make them sub-steps), so each is checked against the product model",
                at: text.range, in: context
            ))
        }
        return result
    }

    /// The verbs that start an instruction in the text: the first word, and any action verb
    /// after a sentence end, a semicolon, or a joining "and"/"then".
    static func actions(in plain: String) -> [String] {
        var found: [String] = []
        var previous: String?
        var sentenceStart = true
        for raw in plain.split(whereSeparator: { $0.isWhitespace }) {
            let word = String(raw).lowercased().trimmingCharacters(in: { !$0.isLetter && $0 != "-" && $0 != "'" })
            let startsInstruction = sentenceStart || previous.map { joiners.contains($0) } ?? false
            if startsInstruction, Imperatives.actions.contains(word), !(found.last == word && previous == "and") { found.append(word) }
            sentenceStart = raw.last.map { ".;!?".contains($0) } ?? false
            if raw.hasSuffix(","), word == "then" { sentenceStart = true }
            previous = word
        }
        return found
    }
}
