import WaymarkBase
import WaymarkGuide

/// `style.option-list`: alternatives written as consecutive steps ("If you use iOS, …" / "If you use Android, …").
struct OptionListAsSteps: StyleRule {
    static let definition = RuleDefinition(
        "style.option-list", .warning,
        summary: "Alternatives written as consecutive steps, as if the reader did all of them.",
        explanation:
            "Numbered steps are done one after the other. Steps that each start with \"If you use …\", \"Or …\" or \"On your iPhone …\" are options the reader picks from, so the numbering lies, the checker walks every option in a row, and readers on one platform read the others' steps. Steps that already say their `platforms`, and one-step conditions such as \"If prompted, …\", are fine. Applies when the source locale is English.",
        fix:
            "Use `choices` for options the screen offers, `platforms: [ios]` / `platforms: [android]` on steps that differ by platform, or separate methods for different ways to reach the outcome."
    )

    static let devices: Set<String> = [
        "ios", "iphone", "ipad", "android", "mac", "macos", "windows", "pc", "computer", "web", "browser", "desktop", "phone", "tablet", "linux", "chromebook",
    ]
    /// "If prompted, …": a condition on this step alone, not an alternative to the next one.
    static let oneStepConditions: Set<String> = ["prompted", "asked", "needed", "necessary", "required", "requested", "applicable", "available", "shown"]

    func check(_ context: StyleContext) -> [Diagnostic] {
        guard context.locale.language == "en" else { return [] }
        var result: [Diagnostic] = []
        for list in context.guide.procedureLists {
            var run: [Step] = []
            for item in list + [nil] {
                if case .step(let step)? = item, step.platforms.isEmpty, let text = step.text, Self.isAlternative(text.markdown) {
                    run.append(step)
                    continue
                }
                if run.count > 1, let first = run[0].text {
                    result.append(
                        finding(
                            "\(run.count) consecutive steps read as alternatives (\(run.map { "'\($0.id)'" }.joined(separator: ", "))), not as a sequence",
                            hint: "use `choices` for options on the screen, `platforms:` for steps that differ by platform, or separate methods",
                            at: ProseText.whole(first, source: context.source), in: context
                        ))
                }
                run = []
            }
        }
        return result
    }

    static func isAlternative(_ markdown: String) -> Bool {
        let words = ProseText.words(ProseText.plain(markdown))
        guard let first = words.first else { return false }
        switch first {
        case "or", "alternatively", "otherwise", "option":
            return true
        case "if":
            return words.count > 1 && !oneStepConditions.contains(words[1])
        case "on", "for", "in", "from", "using", "with":
            // "On your iPhone, …", "On a Mac, …", "For Android, …", "In a browser, …"
            let rest = words.dropFirst().drop { ["your", "a", "an", "the", "my"].contains($0) }
            return rest.first.map(devices.contains) ?? false
        default:
            return false
        }
    }
}
