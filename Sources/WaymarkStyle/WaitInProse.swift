import WaymarkBase
import WaymarkGuide
import WaymarkProject

/// `style.wait-in-prose`: a wait written into a step's text instead of as a typed wait.
struct WaitInProse: StyleRule {
    static let definition = RuleDefinition(
        "style.wait-in-prose", .warning,
        summary: "A step's text or result that tells the reader to wait for a length of time.",
        explanation:
            "A typed wait (`wait: 1-2 minutes`) is shown as its own aside, keeps the step numbering honest, is translated with correct plural forms in every locale, and is known to the checker and the app export as time, not as an action. A wait buried in prose is none of these. It looks for \"wait\", \"allow\", \"give it\" or \"take(s)\" with a duration, outside bold and code (\"select **After 5 minutes**\" is a setting, not a wait). Applies when the source locale is English.",
        fix: "Move it into a wait item between the steps: `- id: wait-for-release` / `wait: 2 minutes` / `before: you connect the number again`."
    )

    static let cues: Set<String> = ["wait", "waiting", "allow", "give", "take", "takes", "taking"]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60,
    ]
    static let vague: Set<String> = ["few", "several", "couple", "some"]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.locale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for placed in context.guide.placedSteps {
            for (field, text) in [("text", placed.step.text), ("result", placed.step.result)] {
                guard let text, let (written, typed) = Self.duration(in: text.markdown) else { continue }
                let example = typed.map { "`wait: \($0)`" } ?? "`wait: 2-5 minutes` (a number or a range, and a unit)"
                result.append(
                    finding(
                        "the step's \(field) asks the reader to wait (\(written)) in prose",
                        hint: "add a wait item after the step: `- id: wait-…` with \(example); it renders as an aside and is translated with the right plural forms",
                        at: ProseText.whole(text, source: context.source), in: context
                    ))
            }
        }
        return result
    }

    /// The duration as written, and as a typed wait would say it when it can ("1-2 minutes").
    static func duration(in markdown: String) -> (String, String?)? {
        let words = ProseText.words(ProseText.instructions(markdown))
        guard words.contains(where: cues.contains) else { return nil }
        for (index, word) in words.enumerated() where index > 0 {
            guard let unit = DurationParser.units[word] else { continue }
            var start = index - 1
            let before = words[start]
            if vague.contains(before) || (before == "of" && start > 0 && vague.contains(words[start - 1])) {
                if before == "of" { start -= 1 }
                // Issue 15: a vague duration is a named value of its own ("a few minutes").
                return (words[(start - (start > 0 && words[start - 1] == "a" ? 1 : 0))...index].joined(separator: " "), "a few \(unit.rawValue)")
            }
            // "1-2 minutes", "1 to 2 minutes", "one to two minutes"
            if let dash = before.firstIndex(where: { $0 == "-" || $0 == "–" }), let a = Int(before[..<dash]), let b = Int(before[before.index(after: dash)...]) {
                return ("\(before) \(word)", "\(a)-\(b) \(unit.rawValue)")
            }
            guard let upper = number(before) else { continue }
            let typedUnit = upper == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
            // Issue 15: a bound stays a bound; "up to 2 days" never becomes a fixed 2 days.
            if let (bound, length) = Self.bound(before: start, in: words) {
                let written = words[(start - length)...index].joined(separator: " ")
                return (written, "\(bound) \(upper) \(typedUnit)")
            }
            if index + 2 < words.count, words[index + 1] == "or", ["more", "longer"].contains(words[index + 2]) {
                return (words[start...(index + 2)].joined(separator: " "), "at least \(upper) \(typedUnit)")
            }
            var lower: Int?
            if start >= 2, words[start - 1] == "to" || words[start - 1] == "or", let a = number(words[start - 2]) {
                lower = a
                start -= 2
            }
            let written = words[start...index].joined(separator: " ")
            return (written, lower.map { "\($0)-\(upper) \(unit.rawValue)" } ?? "\(upper) \(typedUnit)")
        }
        return nil
    }

    /// The bound written just before the number at `index` ("up to", "within", "at least"…), as a
    /// typed wait says it, and how many words it takes.
    static func bound(before index: Int, in words: [String]) -> (String, Int)? {
        let phrases: [([String], String)] = [
            (["up", "to"], "up to"), (["within"], "up to"), (["at", "most"], "up to"), (["no", "more", "than"], "up to"),
            (["less", "than"], "up to"), (["at", "least"], "at least"), (["more", "than"], "at least"),
        ]
        for (phrase, bound) in phrases where index >= phrase.count && Array(words[(index - phrase.count)..<index]) == phrase {
            return (bound, phrase.count)
        }
        return nil
    }

    /// A whole number written in digits or as a word.
    static func number(_ word: String) -> Int? { Int(word) ?? numberWords[word] }
}
