import WaymarkBase
import WaymarkGuide

/// `style.imperative`: a step's text starts with what the reader does, as an imperative verb.
struct ImperativeStart: StyleRule {
    static let definition = RuleDefinition(
        "style.imperative", .warning,
        summary: "A step's text that does not start with an imperative verb.",
        explanation: "Readers scan steps for the next thing to do; a step that opens with the verb (\"Tap **Account**.\") tells them at once, while \"You should tap…\", \"Tapping…\" or \"The Account screen…\" hide it. Applies when the source locale is English; a lead-in clause such as \"In **Settings**, tap…\" or \"If asked, confirm…\" is allowed.",
        fix: "Start with the verb: `text: Tap **Account**.` rather than `text: You need to tap **Account**.`; the diagnostic offers the rewrite when it can."
    )

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.config.sourceLocale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps {
            guard let text = placed.step.text else { continue }
            var words = ProseText.words(ProseText.plain(text.markdown))
            guard let first = words.first, !first.hasPrefix("{") else { continue }
            // "Note: …" in a step is `style.callout-kind`'s to report.
            if ConsistentCallouts.prefix(of: text.markdown) != nil { continue }
            if Imperatives.verbs.contains(first) { continue }
            if Imperatives.leadIns.contains(first), let comma = ProseText.plain(text.markdown).firstIndex(of: ",") {
                words = ProseText.words(String(ProseText.plain(text.markdown)[comma...]))
                if let next = words.first, Imperatives.verbs.contains(next) || next.hasPrefix("{") { continue }
            }
            result.append(finding(for: text, words: ProseText.words(ProseText.plain(text.markdown)), in: context))
        }
        return result
    }

    private func finding(for text: InlineText, words: [String], in context: StyleContext) -> Diagnostic {
        let first = words[0]
        let hint = "start with what the reader does, such as 'Tap …', 'Open …' or 'Select …'"
        // "You should tap …", "You need to tap …": offer the verb alone.
        let modal = ["should", "must", "can", "will", "need", "have", "may"]
        if first == "you", words.count > 2, modal.contains(words[1]) {
            let verbIndex = ["need", "have"].contains(words[1]) && words.count > 3 && words[2] == "to" ? 3 : 2
            if verbIndex < words.count, Imperatives.verbs.contains(words[verbIndex]) {
                return rewrite(text, tokens: verbIndex + 1, verb: words[verbIndex], message: "the step says '\(words[0...verbIndex].joined(separator: " "))' instead of giving the instruction", hint: hint, in: context)
            }
        }
        if let base = Imperatives.base(of: first) {
            return rewrite(text, tokens: 1, verb: base, message: "the step starts with '\(first)', not with the imperative '\(base)'", hint: hint, in: context)
        }
        return finding("the step's text starts with '\(first)', not with what the reader does", hint: hint,
                       at: ProseText.range(of: text, utf8Offset: 0, scalarLength: 0, source: context.source), in: context)
    }

    /// A finding with a fix-it that replaces the first `tokens` words of the text by the capitalized verb.
    private func rewrite(_ text: InlineText, tokens: Int, verb: String, message: String, hint: String, in context: StyleContext) -> Diagnostic {
        let markdown = text.markdown
        var index = markdown.startIndex
        var seen = 0
        while index < markdown.endIndex, seen < tokens {
            while index < markdown.endIndex, markdown[index].isWhitespace { index = markdown.index(after: index) }
            while index < markdown.endIndex, !markdown[index].isWhitespace { index = markdown.index(after: index) }
            seen += 1
        }
        let length = markdown[..<index].unicodeScalars.count
        let range = ProseText.range(of: text, utf8Offset: 0, scalarLength: length, source: context.source)
        let exact = range.map { $0.end != $0.start } ?? false
        let fix = exact ? range.map { [FixIt(range: $0, replacement: verb.prefix(1).uppercased() + verb.dropFirst())] } ?? [] : []
        return finding(message, hint: hint, at: range, in: context, fixIts: fix)
    }
}
