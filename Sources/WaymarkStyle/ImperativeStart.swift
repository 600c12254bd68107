import WaymarkBase
import WaymarkGuide

/// `style.imperative`: a step's text starts with what the reader does, as an imperative verb.
///
/// Precision first, since it runs on every pull request: it reports a step only when its first
/// word is one that cannot start an instruction — "You …", "The …", "Tapping …" — and leaves
/// alone any verb it does not know ("Configure …", "Pair …") and any lead-in ("Otherwise, …").
struct ImperativeStart: StyleRule {
    static let definition = RuleDefinition(
        "style.imperative", .warning,
        summary: "A step's text that starts with a pronoun, an article or a verb's -ing form instead of the instruction.",
        explanation:
            "Readers scan steps for the next thing to do; a step that opens with the verb (\"Tap **Account**.\") tells them at once, while \"You should tap…\", \"Tapping…\" or \"The Account screen…\" hide it. Applies when the source locale is English.",
        fix: "Start with the verb: `text: Tap **Account**.` rather than `text: You need to tap **Account**.`; for \"You should/need to/must …\" the diagnostic offers the rewrite."
    )

    /// First words that never start an instruction.
    static let openers: Set<String> = [
        "you", "your", "you'll", "you're", "we", "we'll", "our", "the", "a", "an", "it", "it's", "its", "this", "that", "these", "those",
        "there", "they", "user", "users", "here", "i", "one", "someone",
    ]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.locale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps {
            guard let text = placed.step.text else { continue }
            // "Note: …" in a step is `style.callout-kind`'s to report.
            if ConsistentCallouts.prefix(of: text.markdown) != nil { continue }
            let words = ProseText.words(ProseText.plain(text.markdown))
            guard let first = words.first else { continue }
            let hint = "start with what the reader does, such as 'Tap …', 'Open …' or 'Select …'"
            if first == "you", words.count > 2, let verbIndex = Self.verbAfterModal(words) {
                let span = words[0...verbIndex].joined(separator: " ")
                result.append(
                    rewrite(
                        text, tokens: verbIndex + 1, verb: words[verbIndex],
                        message: "the step says '\(span)' instead of giving the instruction", hint: hint, in: context))
            } else if Self.openers.contains(first) {
                result.append(
                    finding(
                        "the step's text starts with '\(first)', not with what the reader does", hint: hint,
                        at: ProseText.range(of: text, utf8Offset: 0, scalarLength: 0, source: context.source), in: context))
            } else if first.hasSuffix("ing"), let base = Imperatives.base(of: first) {
                // No fix-it: "Tapping **A** opens B" needs rewording, not one word changed.
                result.append(
                    finding(
                        "the step starts with '\(first)', not with the imperative '\(base)'", hint: hint,
                        at: ProseText.range(of: text, utf8Offset: 0, scalarLength: 0, source: context.source), in: context))
            }
        }
        return result
    }

    /// In "you should tap", "you need to tap", "you have to tap": the index of the verb.
    static func verbAfterModal(_ words: [String]) -> Int? {
        let modal = ["should", "must", "can", "will", "need", "have", "may", "might", "could"]
        guard modal.contains(words[1]) else { return nil }
        let index = ["need", "have"].contains(words[1]) && words.count > 3 && words[2] == "to" ? 3 : 2
        return index < words.count && Imperatives.verbs.contains(words[index]) ? index : nil
    }

    /// A finding with a fix-it that replaces the first `tokens` words by the capitalized verb,
    /// offered only when those words hold no Markdown (a fix must not break a link or bold).
    private func rewrite(_ text: InlineText, tokens: Int, verb: String, message: String, hint: String, in context: StyleContext) -> Diagnostic {
        let markdown = text.markdown
        var index = markdown.startIndex
        var seen = 0
        while index < markdown.endIndex, seen < tokens {
            while index < markdown.endIndex, markdown[index].isWhitespace { index = markdown.index(after: index) }
            while index < markdown.endIndex, !markdown[index].isWhitespace { index = markdown.index(after: index) }
            seen += 1
        }
        let replaced = markdown[..<index]
        let range = ProseText.range(of: text, utf8Offset: 0, scalarLength: replaced.unicodeScalars.count, source: context.source)
        let plainWords = !replaced.contains { "[]*_`\\<".contains($0) }
        let exact = plainWords && range.map { $0.end != $0.start } == true
        let fix = exact ? range.map { [FixIt(range: $0, replacement: verb.prefix(1).uppercased() + verb.dropFirst())] } ?? [] : []
        return finding(message, hint: hint, at: range, in: context, fixIts: fix)
    }
}
