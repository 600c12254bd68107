import WaymarkBase
import WaymarkGuide

/// `style.callout-kind`: callouts carry their kind in `kind`, not in their text, and steps keep asides out of their text.
struct ConsistentCallouts: StyleRule {
    static let definition = RuleDefinition(
        "style.callout-kind", .warning,
        summary: "A callout that names a kind in its text, or a step whose text holds a note or warning.",
        explanation:
            "Waymark labels and styles each callout by its `kind`, in every locale. A `note` whose text starts with \"Warning:\" is shown as a note that says warning; a callout that repeats its kind (\"Note: …\") shows the word twice; and \"Important: …\" inside a step's text is read as part of the instruction.",
        fix: "Set `kind:` to what the text means and drop the prefix (`kind: warning` / `text: You can't undo this.`); move asides out of a step's text into the step's `callouts`."
    )

    /// Prefixes and the callout kind each means.
    static let prefixes: [(word: String, kind: Callout.Kind)] = [
        ("note", .note), ("tip", .tip), ("hint", .tip), ("important", .important), ("warning", .warning), ("caution", .warning), ("attention", .important),
    ]

    func check(_ context: StyleContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var callouts = context.guide.callouts + context.guide.methods.flatMap(\.callouts)
        for placed in context.guide.placedSteps {
            callouts += placed.step.callouts
            for (field, text) in [("text", placed.step.text), ("result", placed.step.result)] {
                guard let text, let (prefix, kind, _) = Self.aside(in: text.markdown) else { continue }
                result.append(
                    finding(
                        "the step's \(field) holds a \(kind.rawValue) ('\(prefix)')",
                        hint: "move it into the step's callouts: `callouts: [{kind: \(kind.rawValue), text: …}]`",
                        at: ProseText.whole(text, source: context.source), in: context))
            }
        }
        for callout in callouts {
            guard let (prefix, kind, length) = Self.prefix(of: callout.text.markdown) else { continue }
            // The fix removes the prefix and capitalizes the word after it; it is offered only when
            // the prefix closes the markup it opens ("**Note:** …", not "**Note: you …**").
            let scalars = Array(callout.text.markdown.unicodeScalars)
            let opened = scalars.prefix(while: { $0 == "*" || $0 == "_" }).count
            let closed = prefix.unicodeScalars.reversed().prefix(while: { $0 == "*" || $0 == "_" }).count
            let next = length < scalars.count ? scalars[length] : nil
            let capitalize = next.map { $0.properties.isLowercase } ?? false
            let range = ProseText.range(of: callout.text, utf8Offset: 0, scalarLength: length + (capitalize ? 1 : 0), source: context.source)
            let exact = range.map { $0.start != $0.end } == true && opened == closed
            let replacement = capitalize ? next.map { String($0).uppercased() } ?? "" : ""
            if kind == callout.kind {
                result.append(
                    finding(
                        "the \(callout.kind.rawValue) repeats its kind in its text ('\(prefix)')",
                        hint: "remove '\(prefix)': the callout is already labelled \(callout.kind.rawValue) in every locale",
                        at: range, in: context, fixIts: exact ? range.map { [FixIt(range: $0, replacement: replacement)] } ?? [] : []))
            } else {
                result.append(
                    finding(
                        "a \(callout.kind.rawValue) callout whose text says '\(prefix)'",
                        hint: "set `kind: \(kind.rawValue)` if that is what it is, and remove '\(prefix)' from the text",
                        at: range, in: context))
            }
        }
        return result
    }

    /// A "Note:" (or other kind) that starts the text or one of its sentences.
    static func aside(in markdown: String) -> (String, Callout.Kind, Int)? {
        if let found = prefix(of: markdown) { return found }
        var rest = Substring(markdown)
        while let end = rest.firstIndex(where: { ".!?".contains($0) }) {
            rest = rest[rest.index(after: end)...].drop { $0 == " " }
            if let found = prefix(of: String(rest)) { return found }
        }
        return nil
    }

    /// A leading "Note:", "**Warning:**", "Tip -" …: the prefix as written, the kind it means, and its length in scalars (with the space after it).
    static func prefix(of markdown: String) -> (String, Callout.Kind, Int)? {
        let scalars = Array(markdown.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == "*" || scalars[index] == "_" { index += 1 }
        let wordStart = index
        while index < scalars.count, CharacterSetLetters.contains(scalars[index]) { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
        guard let match = prefixes.first(where: { $0.word == word }) else { return nil }
        while index < scalars.count, scalars[index] == "*" || scalars[index] == "_" { index += 1 }
        // "Note:", "Note —", "Note - ", but not "Note-taking".
        if index + 1 < scalars.count, scalars[index] == " ", scalars[index + 1] == "-" || scalars[index + 1] == "—" || scalars[index + 1] == "–" {
            index += 1
        } else if index < scalars.count, scalars[index] == "-", !(index + 1 < scalars.count && scalars[index + 1] == " ") {
            return nil
        }
        guard index < scalars.count, scalars[index] == ":" || scalars[index] == "-" || scalars[index] == "—" || scalars[index] == "–" else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == "*" || scalars[index] == "_" { index += 1 }
        let written = String(String.UnicodeScalarView(scalars[0..<index]))
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return (written, match.kind, index)
    }
}

/// ASCII letters, for reading a prefix word.
enum CharacterSetLetters {
    static func contains(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
}
