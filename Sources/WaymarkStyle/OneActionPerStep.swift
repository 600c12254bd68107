import WaymarkBase
import WaymarkGuide

/// `style.one-action`: a step asks for one action; two are two steps (or sub-steps).
struct OneActionPerStep: StyleRule {
    static let definition = RuleDefinition(
        "style.one-action", .warning,
        summary: "A step whose text asks for more than one action.",
        explanation:
            "A step is one thing to do, checked against one element of the product model, with its own anchor and its own line in the translation catalogs. \"Open **Settings** and tap **Account**.\" hides the second action from the checker, from readers who resume at a step link, and from the step count. Labels in bold or code (\"Click **Save and continue**\") and gestures such as \"press and hold\" count as one; reading or finding something (\"Review the invitation, then click **Accept**\") is not a second action. Applies when the source locale is English.",
        fix: "Split the text into two steps, each with its `action` and `target`, or make them sub-steps of one step."
    )

    /// Reading and finding ("Review the invitation, then click …") prepare the action; they are not
    /// a second one (issue 15).
    /// "Check" stays an action ("Check **Remember me**").
    static let notAnAction: Set<String> = ["read", "review", "find", "locate", "look", "see", "notice", "note", "identify"]

    /// Words that join a second instruction to the first.
    static let joiners: Set<String> = ["and", "then", "afterwards", "next"]
    /// Verb pairs that make one gesture: "press and hold", "drag and drop".
    static let gestures: Set<[String]> = [["press", "hold"], ["tap", "hold"], ["touch", "hold"], ["click", "hold"], ["drag", "drop"], ["click", "drag"]]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.locale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps where placed.step.substeps.isEmpty {
            guard let text = placed.step.text else { continue }
            let actions = Self.actions(in: ProseText.instructions(text.markdown)).filter { !Self.notAnAction.contains($0) }
            guard actions.count > 1 else { continue }
            result.append(
                finding(
                    "the step asks for \(actions.count) actions: \(actions.map { "'\($0)'" }.joined(separator: ", "))",
                    hint: "give each action its own step (or make them sub-steps), so each is checked against the product model",
                    at: ProseText.whole(text, source: context.source), in: context
                ))
        }
        return result
    }

    /// The verbs that start an instruction in the text: the first word, and an action verb after
    /// a sentence end, a semicolon, a comma, or a joining "and"/"then".
    static func actions(in plain: String) -> [String] {
        var found: [String] = []
        var previous: String?
        var clauseStart = true
        for raw in plain.split(whereSeparator: { $0.isWhitespace }) {
            let word = String(raw).lowercased().trimmingCharacters(in: { !$0.isLetter && $0 != "-" && $0 != "'" })
            let startsInstruction = clauseStart || previous.map { joiners.contains($0) } ?? false
            if startsInstruction, Imperatives.actions.contains(word) {
                let gesture = previous == "and" && found.last.map { gestures.contains([$0, word]) } == true
                if !gesture { found.append(word) }
            }
            clauseStart = raw.last.map { ".;!?,".contains($0) } ?? false
            previous = word
        }
        return found
    }
}
