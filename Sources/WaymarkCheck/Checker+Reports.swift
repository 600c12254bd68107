import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// How the walk explains a step it cannot do, and how it reports.
extension GuideWalker {
    mutating func explainFailure(_ action: Action?, of step: Step, target: String, range: SourceRange?, _ context: WalkContext, states: Set<WalkState>) {
        guard let surface = model.surface(states.first?.surface ?? "") else { return }
        let platform = context.platform
        let screens = Set(states.compactMap(\.screen)).sorted()
        let at = range ?? step.actionRange ?? step.idRange
        guard !screens.isEmpty else {
            report(
                CheckRule.noScreen, "the user is not in \(surface.name) yet at this step",
                hint: "start the method with an 'open-app' or 'open-url' step, or give the method a `start` screen", at: at)
            return
        }
        let here = screens.compactMap { surface.screen($0) }
        let holders = surface.screens(holding: target)
        guard !holders.isEmpty else {
            let nearby = here.flatMap { $0.elements.map(\.id) }
            let all = surface.screens.flatMap { $0.elements.map(\.id) }
            let suggestions = NearMiss.suggestions(for: target, among: nearby).nilIfEmpty ?? NearMiss.suggestions(for: target, among: Set(all).sorted())
            report(
                CheckRule.unknownElement, "there is no element '\(target)' in \(surface.name)",
                hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "the elements on \(screens.joined(separator: " or ")) are: \(nearby.joined(separator: ", "))",
                at: range, fixIts: suggestions)
            return
        }
        let onHere = here.compactMap { $0.element(target) }
        guard !onHere.isEmpty else {
            report(
                CheckRule.elementNotOnScreen,
                "'\(target)' is not on the screen the user is on at this step (\(screens.joined(separator: " or "))); it is on \(holders.map(\.id).joined(separator: ", "))",
                hint: "add the steps that lead to \(holders[0].id), or check the order of the steps", at: at)
            return
        }
        guard onHere.contains(where: { $0.exists(on: platform) }) else {
            let only = onHere.flatMap(\.platforms)
            report(
                CheckRule.platformMismatch, "'\(target)' exists only on \(only.joined(separator: ", ")), but this step applies on \(platform)",
                hint: "limit the step with `platforms: [\(only.joined(separator: ", "))]` and add the \(platform) way as its own step", at: at)
            return
        }
        guard onHere.contains(where: { $0.exists(inVariant: context.variant) }) else {
            let only = onHere.flatMap(\.variants)
            report(
                CheckRule.variantMismatch, "'\(target)' exists only in \(only.joined(separator: ", ")), but this step applies to \(context.variant ?? "")",
                hint: "limit the step with `variants: [\(only.joined(separator: ", "))]` and add the \(context.variant ?? "") way as its own step", at: at)
            return
        }
        guard let action else { return }
        let supported = onHere.flatMap { $0.actions.map(\.action.rawValue) }
        let suggestions = NearMiss.suggestions(for: action.rawValue, among: supported).nilIfEmpty ?? supported
        report(
            CheckRule.unsupportedAction, "'\(target)' does not support '\(action.rawValue)'",
            hint: "it supports: \(supported.joined(separator: ", "))", at: step.actionRange, fixIts: suggestions)
    }

    mutating func checkScreen(_ id: String, in surface: Surface, at range: SourceRange?) -> Bool {
        guard surface.screen(id) == nil else { return true }
        let suggestions = NearMiss.suggestions(for: id, among: surface.screens.map(\.id))
        report(
            CheckRule.unknownScreen, "there is no screen '\(id)' in \(surface.name)",
            hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "its screens are: \(surface.screens.map(\.id).joined(separator: ", "))",
            at: range, fixIts: suggestions)
        return false
    }

    /// In a method without a surface, the first step (at any depth) that names an action.
    @discardableResult
    mutating func reportUnmapped(_ items: [ProcedureItem], method: Method) -> Bool {
        for item in items {
            guard case .step(let step) = item else { continue }
            if step.action != nil || step.target != nil {
                report(
                    CheckRule.unknownSurface, "the step names an action, but its method names no surface",
                    hint: "add `surface: <surface id>` to the method '\(method.id)'", at: step.actionRange ?? step.idRange)
                return true
            }
            if reportUnmapped(step.substeps, method: method) { return true }
        }
        return false
    }

    mutating func report(
        _ rule: RuleDefinition, _ message: String, hint: String, at range: SourceRange?, severity: Severity? = nil,
        fixIts: [String] = [], insertion: FixIt? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                rule, reportedAs: severity ?? rule.severity, message, hint: hint, file: guide.file, at: range,
                fixIts: (range.map { r in fixIts.prefix(3).map { FixIt(range: r, replacement: $0) } } ?? []) + (insertion.map { [$0] } ?? [])))
    }
}
