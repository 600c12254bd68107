import WaymarkBase
import WaymarkGuide

/// `style.option-list`: alternatives written as consecutive steps ("If you use iOS, …" / "If you use Android, …").
struct OptionListAsSteps: StyleRule {
    static let definition = RuleDefinition(
        "style.option-list", .warning,
        summary: "Alternatives written as consecutive steps, as if the reader did all of them.",
        explanation: "Numbered steps are done one after the other. Steps that each start with \"If …\", \"Or …\" or \"On Android …\" are options the reader picks from, so the numbering lies, the checker walks every option in a row, and readers on one platform read the others' steps. Applies when the source locale is English.",
        fix: "Use `choices` for options the screen offers, `platforms: [ios]` / `platforms: [android]` on steps that differ by platform, or separate methods for different ways to reach the outcome."
    )

    /// The openings of an alternative, as lowercased word sequences.
    static let openings: [[String]] = [
        ["if"], ["or"], ["alternatively"], ["otherwise"], ["option"], ["on", "ios"], ["on", "iphone"], ["on", "android"],
        ["on", "the", "web"], ["for", "ios"], ["for", "android"], ["in", "the", "app"], ["in", "a", "browser"],
    ]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.config.sourceLocale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for list in context.guide.procedureLists {
            var run: [Step] = []
            for item in list + [nil] {
                if case .step(let step)? = item, let text = step.text, Self.isAlternative(text.markdown) {
                    run.append(step)
                    continue
                }
                if run.count > 1, let first = run[0].text {
                    result.append(finding(
                        "\(run.count) consecutive steps read as alternatives (\(run.map { "'\($0.id)'" }.joined(separator: ", "))), not as a sequence",
                        hint: "use `choices` for options on the screen, `platforms:` for steps that differ by platform, or separate methods",
                        at: first.range, in: context
                    ))
                }
                run = []
            }
        }
        return result
    }

    static func isAlternative(_ markdown: String) -> Bool {
        let words = ProseText.words(ProseText.plain(markdown))
        return openings.contains { words.starts(with: $0) }
    }
}
