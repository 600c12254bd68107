import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// The companion checker: walks each method of each guide through the product model, for
/// each platform the method applies to, and proves every step against it.
public enum Checker {
    /// Checks `guides` against `model`; also builds the context-help index and, when asked,
    /// reports coverage and the age of third-party models.
    public static func check(guides: [Guide], model: ProductModel, options: CheckOptions = CheckOptions()) -> CheckResult {
        var index = HelpIndex()
        var diagnostics: [Diagnostic] = []
        for guide in guides {
            var walker = GuideWalker(guide: guide, model: model)
            walker.walk()
            diagnostics += walker.diagnostics.map { var d = $0; d.guideID = guide.id; return d }
            for (key, reference) in walker.documented { index.add(key, reference) }
            diagnostics += Drift.diagnostics(for: guide, model: model, options: options)
            diagnostics += OutsideSteps.diagnostics(for: guide, model: model, options: options)
        }
        if options.reportCoverage { diagnostics += Coverage.diagnostics(model: model, index: index) }
        return CheckResult(diagnostics: unique(diagnostics).sortedForOutput(), helpIndex: index)
    }

    /// The same problem found on two platforms is reported once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

/// Where the user can be at a point of a method: a screen, and the screens behind it.
struct WalkState: Hashable {
    var screen: String?
    var history: [String] = []
}

/// Walks one guide's methods.
struct GuideWalker {
    let guide: Guide
    let model: ProductModel
    var diagnostics: [Diagnostic] = []
    var documented: [(HelpIndex.Key, HelpIndex.Reference)] = []

    init(guide: Guide, model: ProductModel) {
        self.guide = guide
        self.model = model
    }

    mutating func walk() {
        for method in guide.methods {
            guard let surfaceID = method.surface else {
                reportUnmapped(method.items, method: method)
                continue
            }
            guard let surface = model.surface(surfaceID) else {
                let suggestions = NearMiss.suggestions(for: surfaceID, among: model.surfaces.map(\.id))
                report(CheckRule.unknownSurface, "there is no surface '\(surfaceID)' in the product model",
                       hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "add it in Content/model/\(surfaceID).yaml, or use one of: \(model.surfaces.map(\.id).joined(separator: ", "))",
                       at: method.surfaceRange, fixIts: suggestions)
                continue
            }
            for (screen, range) in [(method.start, method.startRange), (method.end, method.endRange)] {
                if let screen { _ = checkScreen(screen, in: surface, at: range) }
            }
            var platforms = method.platforms.isEmpty ? surface.platforms : method.platforms
            for platform in method.platforms where !surface.platforms.contains(platform) {
                report(CheckRule.unknownPlatform, "\(surface.name) does not run on '\(platform)'",
                       hint: "its platforms are: \(surface.platforms.joined(separator: ", "))", at: method.platformsRange)
                platforms.removeAll { $0 == platform }
            }
            var missedEnd: [(platform: String, reached: [String])] = []
            reportUnwalked(method.items, surface: surface, platforms: platforms)
            for platform in platforms {
                var states: Set<WalkState> = [WalkState(screen: method.start)]
                walk(method.items, surface: surface, platform: platform, states: &states)
                if let end = method.end, surface.screen(end) != nil, !states.contains(where: { $0.screen == end }) {
                    missedEnd.append((platform, Set(states.compactMap(\.screen)).sorted()))
                }
            }
            if let end = method.end, !missedEnd.isEmpty {
                let reached = Set(missedEnd.flatMap(\.reached)).sorted().joined(separator: " or ")
                report(CheckRule.endNotReached,
                       "on \(missedEnd.map(\.platform).joined(separator: " and ")), the method ends on \(reached.isEmpty ? "no screen" : reached), not on its stated end '\(end)'",
                       hint: "add the missing steps, or correct 'end'", at: method.endRange)
            }
        }
    }

    mutating func walk(_ items: [ProcedureItem], surface: Surface, platform: String, states: inout Set<WalkState>) {
        for item in items {
            guard case .step(let step) = item else { continue }
            for stepPlatform in step.platforms where !surface.platforms.contains(stepPlatform) {
                report(CheckRule.unknownPlatform, "\(surface.name) does not run on '\(stepPlatform)'",
                       hint: "its platforms are: \(surface.platforms.joined(separator: ", "))", at: step.platformsRange ?? step.idRange)
            }
            if !step.platforms.isEmpty && !step.platforms.contains(platform) { continue }
            // Issue 15: a step someone else does, or one in an email or a text message, is not
            // the reader's move through the product: accepted as it is, not walked.
            if step.isOutsideTheProduct {
                checkOutsideStep(step, surface: surface)
                continue
            }
            var after = states
            if let action = step.action {
                after = apply(action, of: step, surface: surface, platform: platform, states: states)
            } else if step.substeps.isEmpty {
                report(CheckRule.unmappedStep, "this step names no action of the product model, so it cannot be checked",
                       hint: "add `action:` and `target:` from Content/model/\(surface.id).yaml", at: step.idRange, severity: .warning)
            }
            walk(step.substeps, surface: surface, platform: platform, states: &after)
            // An optional step, with its sub-steps, may be done or skipped.
            states = Self.bounded(step.isOptional ? states.union(after) : after)
        }
    }

    /// The most states a walk keeps, and the most screens each remembers for `go-back`:
    /// optional steps can double the states at each step, so they are merged per screen.
    static let maximumStates = 64, maximumHistory = 16

    static func bounded(_ states: Set<WalkState>) -> Set<WalkState> {
        var trimmed = Set(states.map { state in
            var state = state
            if state.history.count > maximumHistory { state.history.removeFirst(state.history.count - maximumHistory) }
            return state
        })
        if trimmed.count > maximumStates {
            var byScreen: [String?: WalkState] = [:]
            for state in trimmed where byScreen[state.screen].map({ state.history.count < $0.history.count }) ?? true {
                byScreen[state.screen] = state
            }
            trimmed = Set(byScreen.values)
        }
        return trimmed
    }

    /// Steps limited to platforms that their method is never walked on would never be checked.
    mutating func reportUnwalked(_ items: [ProcedureItem], surface: Surface, platforms: [String]) {
        for item in items {
            guard case .step(let step) = item else { continue }
            let known = step.platforms.filter { surface.platforms.contains($0) }
            if !known.isEmpty, !known.contains(where: platforms.contains) {
                report(CheckRule.platformMismatch,
                       "this step applies only on \(known.joined(separator: ", ")), but its method applies on \(platforms.joined(separator: ", "))",
                       hint: "add the step's platforms to the method's `platforms`, or move the step to a method for them", at: step.platformsRange ?? step.idRange)
                continue
            }
            reportUnwalked(step.substeps, surface: surface, platforms: platforms)
        }
    }

    /// The states after `action`; reports the step when no state allows it.
    mutating func apply(_ action: Action, of step: Step, surface: Surface, platform: String, states: Set<WalkState>) -> Set<WalkState> {
        switch action {
        case .wait:
            report(CheckRule.systemStep, "waiting is what the product does, not a user action",
                   hint: "use a typed wait instead: `- id: …` with `wait: 1-2 minutes` and a `reason`", at: step.actionRange)
            return states
        case .openApp, .openURL:
            let expected: Surface.Kind = action == .openApp ? .app : .web
            if surface.kind != expected {
                report(CheckRule.wrongEntry, "\(surface.name) is \(surface.kind == .app ? "an app" : "a website"); '\(action.rawValue)' cannot open it",
                       hint: "use '\(surface.kind == .app ? "open-app" : "open-url")'", at: step.actionRange,
                       fixIts: [surface.kind == .app ? "open-app" : "open-url"])
            }
            if action == .openURL, let url = step.url {
                let origin = ModelOrigins.origin(of: url.markdown)
                if origin == nil || !surface.origins.contains(origin!) {
                    report(CheckRule.urlOutsideOrigins, "'\(url.markdown)' is outside \(surface.name)",
                           hint: "its URLs start with: \(surface.origins.joined(separator: ", "))", at: url.range)
                }
            }
            return [WalkState(screen: surface.start)]
        case .goBack:
            var after: Set<WalkState> = []
            var stuck = false
            for state in states {
                guard let previous = state.history.last else { stuck = true; continue }
                after.insert(WalkState(screen: previous, history: Array(state.history.dropLast())))
            }
            if stuck {
                report(CheckRule.noScreen, "there is no screen to go back to at this step", hint: "remove the step, or walk to a screen first", at: step.actionRange)
            }
            return after.isEmpty ? states : after
        default:
            return applyToElement(action, of: step, surface: surface, platform: platform, states: states)
        }
    }

    mutating func applyToElement(_ action: Action, of step: Step, surface: Surface, platform: String, states: Set<WalkState>) -> Set<WalkState> {
        guard let target = step.target else { return states }
        var after: Set<WalkState> = []
        var failing: Set<WalkState> = []
        for state in states {
            guard let screenID = state.screen, let screen = surface.screen(screenID),
                  let element = screen.element(target), element.exists(on: platform),
                  let entry = element.supports(action) else { failing.insert(state); continue }
            let next = entry.leadsTo ?? screenID
            after.insert(WalkState(screen: next, history: entry.leadsTo == nil ? state.history : state.history + [screenID]))
            documented.append((HelpIndex.Key(surface: surface.id, screen: screenID, element: target, action: action.rawValue),
                               HelpIndex.Reference(guide: guide.id, step: step.id)))
            if element.label == nil && (step.text == nil || step.text?.markdown.contains("{label}") == true) {
                report(CheckRule.missingLabel, "'\(target)' has no label in the model, so the step needs a text that does not use {label}",
                       hint: "write the step's text in your own words, or add a `label` to the element", at: step.targetRange)
            }
        }
        // Every way the user can arrive here (with or without an optional step) must allow the step.
        if !failing.isEmpty {
            explainFailure(action, of: step, target: target, surface: surface, platform: platform, states: failing)
        }
        if !after.isEmpty { return after }
        // Carry on from where the action would lead, so one mistake is reported once.
        let leads = surface.screens.compactMap { $0.element(target)?.supports(action).map { $0.leadsTo ?? nil } }
        if let next = leads.first, let screen = next { return [WalkState(screen: screen)] }
        return states
    }

    mutating func explainFailure(_ action: Action, of step: Step, target: String, surface: Surface, platform: String, states: Set<WalkState>) {
        let screens = states.compactMap(\.screen).sorted()
        let at = step.targetRange ?? step.actionRange ?? step.idRange
        guard !screens.isEmpty else {
            report(CheckRule.noScreen, "the user is not in \(surface.name) yet at this step",
                   hint: "start the method with an 'open-app' or 'open-url' step, or give the method a `start` screen", at: at)
            return
        }
        let here = screens.compactMap { surface.screen($0) }
        let holders = surface.screens(holding: target)
        guard !holders.isEmpty else {
            let nearby = here.flatMap { $0.elements.map(\.id) }
            let all = surface.screens.flatMap { $0.elements.map(\.id) }
            let suggestions = NearMiss.suggestions(for: target, among: nearby).nilIfEmpty ?? NearMiss.suggestions(for: target, among: Set(all).sorted())
            report(CheckRule.unknownElement, "there is no element '\(target)' in \(surface.name)",
                   hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "the elements on \(screens.joined(separator: " or ")) are: \(nearby.joined(separator: ", "))",
                   at: step.targetRange, fixIts: suggestions)
            return
        }
        let onHere = here.compactMap { $0.element(target) }
        guard !onHere.isEmpty else {
            report(CheckRule.elementNotOnScreen,
                   "'\(target)' is not on the screen the user is on at this step (\(screens.joined(separator: " or "))); it is on \(holders.map(\.id).joined(separator: ", "))",
                   hint: "add the steps that lead to \(holders[0].id), or check the order of the steps", at: at)
            return
        }
        guard onHere.contains(where: { $0.exists(on: platform) }) else {
            let only = onHere.flatMap(\.platforms)
            report(CheckRule.platformMismatch, "'\(target)' exists only on \(only.joined(separator: ", ")), but this step applies on \(platform)",
                   hint: "limit the step with `platforms: [\(only.joined(separator: ", "))]` and add the \(platform) way as its own step", at: at)
            return
        }
        let supported = onHere.flatMap { $0.actions.map(\.action.rawValue) }
        let suggestions = NearMiss.suggestions(for: action.rawValue, among: supported).nilIfEmpty ?? supported
        report(CheckRule.unsupportedAction, "'\(target)' does not support '\(action.rawValue)'",
               hint: "it supports: \(supported.joined(separator: ", "))", at: step.actionRange, fixIts: suggestions)
    }

    mutating func checkScreen(_ id: String, in surface: Surface, at range: SourceRange?) -> Bool {
        guard surface.screen(id) == nil else { return true }
        let suggestions = NearMiss.suggestions(for: id, among: surface.screens.map(\.id))
        report(CheckRule.unknownScreen, "there is no screen '\(id)' in \(surface.name)",
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
                report(CheckRule.unknownSurface, "the step names an action, but its method names no surface",
                       hint: "add `surface: <surface id>` to the method '\(method.id)'", at: step.actionRange ?? step.idRange)
                return true
            }
            if reportUnmapped(step.substeps, method: method) { return true }
        }
        return false
    }

    mutating func report(_ rule: String, _ message: String, hint: String, at range: SourceRange?, severity: Severity = .error, fixIts: [String] = []) {
        diagnostics.append(Diagnostic(rule, severity, message, hint: hint, file: guide.file, at: range,
                                      fixIts: range.map { r in fixIts.prefix(3).map { FixIt(range: r, replacement: $0) } } ?? []))
    }
}

extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
