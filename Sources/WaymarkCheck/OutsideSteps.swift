import WaymarkBase
import WaymarkGuide
import WaymarkModel

// Issue 15: steps done by someone else or in another channel, event waits, and the error
// messages troubleshooting entries quote.
extension Step {
    /// Whether the step is done by someone other than the reader, or in a channel outside the product.
    public var isOutsideTheProduct: Bool { actor != nil || channel != nil }
}

extension GuideWalker {
    /// A step outside the reader's walk may still name an element (an admin taps **Approve** in
    /// their own copy of the product): it must exist somewhere in the surface.
    mutating func checkOutsideStep(_ step: Step, surface: Surface) {
        guard let target = step.target, surface.screens(holding: target).isEmpty else { return }
        let all = Set(surface.screens.flatMap { $0.elements.map(\.id) }).sorted()
        let suggestions = NearMiss.suggestions(for: target, among: all)
        report(
            CheckRule.unknownElement, "there is no element '\(target)' in \(surface.name)",
            hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "use an element of the surface's model", at: step.targetRange, fixIts: suggestions)
    }
}

/// Checks and coverage notes for what the reader does outside the product.
enum OutsideSteps {
    static func diagnostics(for guide: Guide, model: ProductModel, options: CheckOptions) -> [Diagnostic] {
        var result: [Diagnostic] = []
        func report(_ rule: RuleDefinition, _ message: String, hint: String, at range: SourceRange?, fixIts: [String] = []) {
            result.append(
                Diagnostic(
                    rule, message, hint: hint, file: guide.file, at: range,
                    fixIts: range.map { r in fixIts.prefix(3).map { FixIt(range: r, replacement: $0) } } ?? [], guideID: guide.id))
        }
        // A step in a channel right after a wait for an event of another channel.
        func channels(_ items: [ProcedureItem]) {
            var awaited: WaitEvent?
            for item in items {
                switch item {
                case .wait(let wait):
                    awaited = wait.event
                case .step(let step):
                    if let event = awaited, let expected = event.kind.channel, let channel = step.channel, channel != expected {
                        report(
                            CheckRule.channelMismatch,
                            "the step is done in the \(channel.rawValue), but the wait before it is for the \(expected.rawValue)",
                            hint: "make the step's `channel` the one the wait is for (`channel: \(expected.rawValue)`), or correct the wait's `wait-for`",
                            at: step.channelRange ?? step.idRange, fixIts: [expected.rawValue])
                    }
                    awaited = nil
                    channels(step.substeps)
                }
            }
        }
        var total = 0, byOthers = 0, inChannels = 0
        func count(_ items: [ProcedureItem]) {
            for case .step(let step) in items {
                total += 1
                if step.actor != nil { byOthers += 1 } else if step.channel != nil { inChannels += 1 }
                count(step.substeps)
            }
        }
        for method in guide.methods {
            channels(method.items)
            count(method.items)
        }
        // Troubleshooting entries that quote an error the model lists.
        for entry in guide.troubleshooting + guide.methods.flatMap(\.troubleshooting) {
            guard let error = entry.error, let surfaceID = entry.surface, let surface = model.surface(surfaceID) else { continue }
            let known = surface.screens.flatMap { $0.errors.map(\.id) }
            guard !known.contains(error) else { continue }
            let suggestions = NearMiss.suggestions(for: error, among: known)
            report(
                CheckRule.unknownError, "\(surface.name) shows no error '\(error)'",
                hint: suggestions.first.map { "did you mean '\($0)'?" }
                    ?? (known.isEmpty
                        ? "list the errors a screen shows under its `errors` in Content/model/\(surfaceID).yaml, or quote the message with `message:`"
                        : "its errors are: \(known.joined(separator: ", "))"),
                at: entry.errorRange, fixIts: suggestions)
        }
        if options.reportCoverage, byOthers + inChannels > 0 {
            report(
                CheckRule.outsideSteps,
                "the guide has \(total) steps, \(byOthers + inChannels) of them outside the product (\(byOthers) by someone else, \(inChannels) in an email, a message or a call); they are accepted as such and not walked",
                hint: "nothing to fix; the count shows how much of the guide the product model cannot prove", at: guide.idRange)
        }
        return result
    }
}

extension CheckRule {
    public static let unknownError = RuleDefinition(
        "check.unknown-error", .error, summary: "A troubleshooting entry's `error` that no screen of its surface lists.",
        explanation:
            "Entries that name a model error quote it as the product shows it, in every locale, so an unknown id would quote nothing, or a message the product no longer shows.",
        fix:
            "Use the id of an error listed under a screen's `errors` in the surface's model (the diagnostic suggests the nearest), add the error to the model, or quote the message yourself with `message:`."
    )
    public static let channelMismatch = RuleDefinition(
        "check.channel-mismatch", .warning, summary: "A step in one channel (`channel: text-message`) right after a wait for an event of another (`wait-for: email`).",
        explanation: "Readers wait for an email and are then told to read a text message: one of the two is wrong, and the reader looks in the wrong place.",
        fix: "Make the step's `channel` the one the wait is for, or correct the wait's `wait-for`; the diagnostic offers the wait's channel as a fix-it.")
    public static let outsideSteps = RuleDefinition(
        "coverage.outside-steps", .note, summary: "With `--coverage`: how many of a guide's steps are done by someone else or in another channel.",
        explanation:
            "Steps with `actor` or `channel` are accepted as what they are, not walked through the product model; the note counts them, so a team sees how much of each guide the model cannot prove.",
        fix: "Nothing to fix. Model the part of the product the other person uses if you want those steps walked too.")

    /// The definitions of issue 15's checker rules.
    static let formatDefinitions: [RuleDefinition] = [
        unknownError,
        channelMismatch,
        outsideSteps,
    ]
}
