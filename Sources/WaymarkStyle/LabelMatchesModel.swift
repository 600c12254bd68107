import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// `style.label-mismatch`: a UI label written in a step's text differs from the model's label for its target.
struct LabelMatchesModel: StyleRule {
    static let definition = RuleDefinition(
        "style.label-mismatch", .warning,
        summary: "A UI label written in bold in a step's text that differs from the model's label for the step's target.",
        explanation:
            "Readers look for the exact words on the screen. When a step names its target in bold (\"Tap **Setings**.\") and the product model labels that element differently (\"Settings\"), the text is wrong today or will be after the next rename, and translators copy the wrong label into every locale.",
        fix:
            "Write `{label}` where the label goes, so the page shows the model's label in every locale (`text: Tap {label}.`), or correct the bold text to the model's label; the diagnostic offers both."
    )

    func check(_ context: StyleContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let locale = context.locale
        for placed in context.guide.placedSteps {
            guard let text = placed.step.text, let target = placed.step.target, !text.markdown.contains("{label}"),
                let surface = placed.method.surface.flatMap(context.model.surface),
                let label = surface.screens(holding: target).lazy.compactMap({ $0.element(target)?.label?.text(for: locale, fallback: locale) }).first
            else { continue }
            let strong = CMark.inlineSignature(text.markdown).strongTexts
            guard !strong.isEmpty, !strong.contains(label) else { continue }
            // A former label (the model's `aliases`) is named as such, so the writer learns the current one.
            let aliases = surface.screens(holding: target).flatMap { $0.element(target)?.aliases ?? [] }
            let former = strong.first(where: aliases.contains)
            let written = former ?? strong.min { Self.distance($0, label) < Self.distance($1, label) } ?? strong[0]
            let needle = text.markdown.range(of: "**\(written)**") ?? text.markdown.range(of: "__\(written)__")
            let offset = needle.map { text.markdown.utf8.distance(from: text.markdown.startIndex, to: $0.lowerBound) } ?? 0
            let length = needle.map { text.markdown[$0].unicodeScalars.count } ?? 0
            let range = ProseText.range(of: text, utf8Offset: offset, scalarLength: length, source: context.source)
            let exact = needle != nil && range.map { $0.start != $0.end } == true
            result.append(
                finding(
                    former != nil
                        ? "the step names '\(written)', a former label of '\(target)'; the product now shows '\(label)'"
                        : "the step names '\(written)', but the model labels its target '\(target)' as '\(label)'",
                    hint: "write {label} to show the model's label in every locale, or correct the text to '\(label)'",
                    at: range, in: context,
                    fixIts: exact ? range.map { [FixIt(range: $0, replacement: "{label}"), FixIt(range: $0, replacement: "**\(label)**")] } ?? [] : []
                ))
        }
        return result
    }

    /// Edit distance between two short texts, case-insensitive, to pick the bold text closest to the label.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        var row = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }
}
