import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// Issue 14's part of the walk: surfaces and journeys, sign-in, system branches, requirements,
/// variants, expectations, destructive actions, values and loops.
extension GuideWalker {
    /// The surface with `id`; reports it (naming a model file that failed to load) when missing.
    mutating func knownSurface(_ id: String, at range: SourceRange?) -> Surface? {
        if let surface = model.surface(id) { return surface }
        if let file = model.failedFiles[id] {
            report(
                CheckRule.unknownSurface, "the surface '\(id)' is not available: its model file \(file) has errors",
                hint: "fix the errors reported in \(file); the steps are checked once it loads", at: range)
            return nil
        }
        let suggestions = NearMiss.suggestions(for: id, among: model.surfaces.map(\.id))
        report(
            CheckRule.unknownSurface, "there is no surface '\(id)' in the product model",
            hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "add it in Content/model/\(id).yaml, or use one of: \(model.surfaces.map(\.id).joined(separator: ", "))",
            at: range, fixIts: suggestions)
        return nil
    }

    /// The surfaces that steps (at any depth) change to.
    func surfacesNamed(in items: [ProcedureItem]) -> [String] {
        items.flatMap { item -> [String] in
            guard case .step(let step) = item else { return [] }
            return (step.model.surface.map { [$0] } ?? []) + surfacesNamed(in: step.substeps)
        }
    }

    /// The `when:` branches the steps handle, at any depth.
    func whens(in items: [ProcedureItem]) -> [String] {
        items.flatMap { item -> [String] in
            guard case .step(let step) = item else { return [] }
            return (step.model.when.map { [$0.id] } ?? []) + whens(in: step.substeps)
        }
    }

    /// The variants a method is walked in: its own, or all of its surface's (nil: none declared).
    mutating func walkedVariants(_ method: Method, surface: Surface) -> [String?] {
        let known = surface.variants.map(\.id)
        func checkKnown(_ ids: [String], at range: SourceRange?) {
            for id in ids where !known.contains(id) {
                report(
                    CheckRule.unknownVariant, "\(surface.name) has no variant '\(id)'",
                    hint: known.isEmpty ? "declare it under `variants` in \(surface.file)" : "its variants are: \(known.joined(separator: ", "))",
                    at: range, fixIts: NearMiss.suggestions(for: id, among: known))
            }
        }
        checkKnown(method.variants, at: method.variantsRange)
        func steps(_ items: [ProcedureItem]) {
            for case .step(let step) in items {
                if step.model.surface == nil { checkKnown(step.model.variants, at: step.model.variantsRange) }
                steps(step.substeps)
            }
        }
        steps(method.items)
        let chosen = method.variants.filter(known.contains)
        if !chosen.isEmpty { return chosen }
        return known.isEmpty ? [nil] : known
    }

    /// What the reader has, with everything it implies; unknown requirements are reported.
    mutating func granted(_ requirements: Requirements) -> Set<String> {
        var granted: Set<String> = []
        var pending = requirements.map(\.id)
        for requirement in requirements where model.requirement(requirement.id) == nil {
            let all = model.surfaces.flatMap { $0.requirements.map(\.id) }
            let suggestions = NearMiss.suggestions(for: requirement.id, among: all)
            report(
                CheckRule.unknownRequirement, "no surface of the product model declares the requirement '\(requirement.id)'",
                hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "declare it under `requirements` in the surface's model file",
                at: requirement.range, fixIts: suggestions)
        }
        while let id = pending.popLast() {
            guard granted.insert(id).inserted else { continue }
            pending += model.requirement(id)?.implies ?? []
        }
        return granted
    }

    /// The state on another surface: the current screen is left open there (another device,
    /// another tab), and the other surface resumes where the user left it, or not at all yet.
    static func switching(_ state: WalkState, to surface: String) -> WalkState {
        guard state.surface != surface else { return state }
        var next = state
        if let current = state.surface, let screen = state.screen { next.parked[current] = screen }
        if let current = state.surface, state.lost { next.lostParked.insert(current) }
        next.surface = surface
        next.screen = next.parked.removeValue(forKey: surface)
        // Lost there before, or lost here on the way to a surface an earlier failed step would have opened.
        next.lost = next.lostParked.remove(surface) != nil || (state.lost && next.screen == nil)
        next.history = []
        return next
    }

    /// Where `entry` takes the user from `screen`: its screen (perhaps on another surface), and
    /// each system branch the method handles; others are recorded as unhandled.
    mutating func moves(_ state: WalkState, entry: ElementAction, screen: String, of step: Step, _ context: WalkContext, at range: SourceRange? = nil) -> [WalkState] {
        var next = state
        next.lost = false
        if let other = entry.surface {
            guard let surface = knownSurface(other, at: step.targetRange ?? step.actionRange) else { next.lost = true; return [next] }
            next = Self.switching(next, to: other)
            next.screen = entry.leadsTo ?? surface.start
            if let leads = entry.leadsTo, surface.screen(leads) == nil { _ = checkScreen(leads, in: surface, at: step.targetRange ?? step.actionRange) }
        } else if let leads = entry.leadsTo {
            next.history.append(screen)
            next.screen = leads
        }
        var result = [next]
        let skipped = Set(step.model.notApplicable.map(\.id))
        for branch in entry.branches where !skipped.contains(branch.id) {
            guard context.handled.contains(branch.id) else {
                if unhandled[branch.id] == nil { unhandled[branch.id] = (range ?? step.actionRange ?? step.idRange, branch.leadsTo ?? screen) }
                continue
            }
            var taken = state
            taken.lost = false
            taken.branches.insert(branch.id)
            if let leads = branch.leadsTo { taken.history.append(screen); taken.screen = leads }
            result.append(taken)
        }
        return result
    }

    /// What a successful step must also satisfy: requirements, a warning before a destructive
    /// action, the input format of a typed value, a label for steps written from it.
    mutating func checkElement(_ element: Element, entry: ElementAction, surface: Surface, of step: Step, _ context: WalkContext, at range: SourceRange?) {
        let required = element.requires + entry.requires
        let missing = required.filter { !context.granted.contains($0) }
        if !missing.isEmpty {
            let names = missing.map { id in model.requirement(id).map { "\($0.name.text(for: .english) ?? id) (\($0.kind.rawValue))" } ?? id }
            report(
                CheckRule.missingRequirement,
                "'\(element.id)' is available only with \(names.joined(separator: " and ")), which the guide does not require",
                hint: "add `requires: [\(missing.joined(separator: ", "))]` to the guide or the method, so readers know before they begin",
                at: range)
        }
        if entry.destructive, !step.callouts.contains(where: { $0.kind == .warning }) {
            report(
                CheckRule.destructiveWithoutWarning,
                "'\(entry.action.rawValue)' on '\(element.id)' cannot be undone (the model marks it destructive), and the step has no warning",
                hint: "add a warning callout to the step; it is shown before the step, so readers see it before they act",
                at: step.idRange,
                insertion: step.idRange.map { idRange in
                    // The step's keys start where `id` does: four columns before its value.
                    let indent = String(repeating: " ", count: max(0, idRange.start.column - 5))
                    return FixIt(
                        range: SourceRange(start: idRange.end),
                        replacement: "\n\(indent)callouts:\n\(indent)  - kind: warning\n\(indent)    text: This cannot be undone.")
                })
        }
        if let value = step.model.value, let format = element.format { checkValue(value, format: format, element: element) }
        if element.label == nil && step.model.navigate.isEmpty && (step.text == nil || step.text?.markdown.contains("{label}") == true) {
            report(
                CheckRule.missingLabel, "'\(element.id)' has no label in the model, so the step needs a text that does not use {label}",
                hint: "write the step's text in your own words, or add a `label` to the element", at: step.targetRange)
        }
        if element.label == nil && !step.model.navigate.isEmpty {
            report(
                CheckRule.missingLabel, "'\(element.id)' has no label in the model, so the navigation path cannot name it",
                hint: "add a `label` to the element, or make this hop a step of its own with a text", at: range)
        }
    }

    mutating func checkValue(_ value: InlineText, format: InputFormat, element: Element) {
        let text = value.markdown
        var problems: [String] = []
        if let minimum = format.minimumLength, text.count < minimum { problems.append("shorter than \(minimum) characters") }
        if let maximum = format.maximumLength, text.count > maximum { problems.append("longer than \(maximum) characters") }
        if let pattern = format.pattern, let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$"),
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
        {
            problems.append("not of the form \(pattern)")
        }
        guard !problems.isEmpty else { return }
        report(
            CheckRule.valueFormat, "'\(text)' does not fit '\(element.id)': it is \(problems.joined(separator: " and "))",
            hint: "type a value that \(element.id) accepts\(format.description.map { " (\($0))" } ?? "")", at: value.range)
    }

    mutating func reportNotOnSignIn(_ step: Step, states: Set<WalkState>) {
        guard let surface = model.surface(states.first?.surface ?? "") else { return }
        let screens = states.compactMap(\.screen).sorted()
        guard let signIn = surface.signIn else {
            report(
                CheckRule.noSignIn, "\(surface.name) has no sign-in screen in the model",
                hint: "declare it with `sign-in: <screen id>` in \(surface.file), with an element that supports `sign-in`", at: step.actionRange)
            return
        }
        report(
            CheckRule.noSignIn,
            "the user is not on \(surface.name)'s sign-in screen (\(signIn)) at this step, but on \(screens.isEmpty ? "no screen" : screens.joined(separator: " or "))",
            hint: "open \(surface.name) first, or move the sign-in step to where \(signIn) appears", at: step.actionRange)
    }

    /// A repeat: the sub-steps once, then again from where they leave the user; the second
    /// round must work too, or the loop cannot be repeated.
    mutating func loop(_ step: Step, _ context: WalkContext, states: Set<WalkState>, finished: inout Set<WalkState>) -> Set<WalkState> {
        var once = states
        walk(step.substeps, context, states: &once, finished: &finished)
        var twice = once.filter { !$0.lost }
        let count = diagnostics.count
        walk(step.substeps, context, states: &twice, finished: &finished)
        if diagnostics.count > count {
            let earlier = Set(diagnostics[..<count])
            let found = diagnostics[count...].filter { $0.severity == .error && !earlier.contains($0) }
            diagnostics.removeSubrange(count...)
            if !found.isEmpty {
                report(
                    CheckRule.loopNotRepeatable,
                    "after one round the user is on \(Set(once.compactMap(\.screen)).sorted().joined(separator: " or ")), where the round cannot start again (\(found[0].message))",
                    hint: "end the sub-steps where the first one can be done again, e.g. with a `go-back`", at: step.idRange)
                // How many rounds the reader did is unknown: report nothing more from here.
                return Set(
                    once.map {
                        var s = $0; s.lost = true; return s
                    })
            }
        }
        return once.union(twice)
    }

    /// `expect`: every way the user can be after the step is on that screen, with that element.
    mutating func checkExpectation(_ step: Step, states: Set<WalkState>) {
        guard let expect = step.model.expect else { return }
        let known = states.filter { !$0.lost }
        guard let surface = model.surface(known.first?.surface ?? "") else { return }
        if let screen = expect.screen {
            guard checkScreen(screen.id, in: surface, at: screen.range) else { return }
            let elsewhere = Set(known.compactMap(\.screen).filter { $0 != screen.id }).sorted()
            if !elsewhere.isEmpty {
                report(
                    CheckRule.expectationMismatch,
                    "after this step the user is on \(elsewhere.joined(separator: " or ")), not on '\(screen.id)' as `expect` says",
                    hint: "correct `expect`, or add the steps that lead to \(screen.id)", at: screen.range)
                return
            }
        }
        if let element = expect.element {
            let screens = known.compactMap { $0.screen.flatMap(surface.screen) }
            if screens.contains(where: { $0.element(element.id) == nil }) {
                report(
                    CheckRule.expectationMismatch,
                    "'\(element.id)' is not on \(Set(screens.map(\.id)).sorted().joined(separator: " or ")), where the user is after this step",
                    hint: "name an element of that screen, or correct the steps", at: element.range,
                    fixIts: NearMiss.suggestions(for: element.id, among: screens.flatMap { $0.elements.map(\.id) }))
            }
        }
    }

    /// An early exit ends the method: with an `end`, the user must be on it there.
    mutating func checkExit(_ step: Step, _ context: WalkContext, states: Set<WalkState>) {
        guard let end = context.method.end else { return }
        let elsewhere = Set(states.filter { !$0.lost }.compactMap(\.screen).filter { $0 != end }).sorted()
        guard !elsewhere.isEmpty else { return }
        report(
            CheckRule.endNotReached, "the method ends here when the condition holds, on \(elsewhere.joined(separator: " or ")), not on its stated end '\(end)'",
            hint: "exit only where the method's end is reached, or add the steps that lead there", at: step.idRange)
    }

    /// The entry actions: the right one for the surface's kind, an origin the URL may have,
    /// an address for `open` on the web.
    mutating func checkEntry(_ action: Action, of step: Step, surface: Surface) {
        if action == .open {
            if surface.kind == .web, surface.url == nil {
                report(
                    CheckRule.wrongEntry, "\(surface.name) has no `url` in the model, so 'open' cannot name it",
                    hint: "add `url: https://…` to \(surface.file), or use 'open-url' with the address", at: step.actionRange)
            }
            return
        }
        let expected: Surface.Kind = action == .openApp ? .app : .web
        if surface.kind != expected {
            report(
                CheckRule.wrongEntry, "\(surface.name) is \(surface.kind == .app ? "an app" : "a website"); '\(action.rawValue)' cannot open it",
                hint: "use '\(surface.kind == .app ? "open-app" : "open-url")'", at: step.actionRange,
                fixIts: [surface.kind == .app ? "open-app" : "open-url"])
        }
        if action == .openURL, let url = step.url {
            let origin = ModelOrigins.origin(of: url.markdown)
            if origin == nil || !surface.origins.contains(origin!) {
                report(
                    CheckRule.urlOutsideOrigins, "'\(url.markdown)' is outside \(surface.name)",
                    hint: "its URLs start with: \(surface.origins.joined(separator: ", "))", at: url.range)
            }
        }
    }

    /// A `when:` that names a state no action of the model branches on.
    mutating func reportUnknownBranches(_ items: [ProcedureItem]) {
        // The model's branches, gathered only for a list with a condition (once per list, not per step list walked).
        var known: Set<String>?
        for case .step(let step) in items {
            if step.model.when != nil, known == nil {
                known = Set(model.surfaces.flatMap { $0.screens.flatMap { $0.elements.flatMap { $0.actions.flatMap { $0.branches.map(\.id) } } } })
            }
            if let when = step.model.when, let all = known, !all.contains(when.id) {
                let suggestions = NearMiss.suggestions(for: when.id, among: all.sorted())
                report(
                    CheckRule.unknownBranch, "no action of the product model branches on '\(when.id)'",
                    hint: suggestions.first.map { "did you mean '\($0)'?" }
                        ?? "add the branch to the action in the model (`branches: [{when: \(when.id), to: <screen>}]`), or write the condition as `if:` alone",
                    at: when.range, fixIts: suggestions)
            }
            reportUnknownBranches(step.substeps)
        }
    }
}
