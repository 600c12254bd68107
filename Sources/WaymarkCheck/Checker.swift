import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// The companion checker: walks each method of each guide through the product model, for
/// each platform the method applies to, and proves every step against it.
public enum Checker {
    /// Checks `guides` against `model`; also builds the context-help index and, when asked,
    /// reports coverage and the age of third-party models. The guides are checked in parallel,
    /// each on its own (in `waymark serve`, kept until the guide changes: a change to the model
    /// clears everything).
    public static func check(guides: [Guide], model: ProductModel, options: CheckOptions = CheckOptions()) -> CheckResult {
        let cache = BuildCache.current
        let checked = ParallelMap.map(guides) { guide in
            cache.cachedOrNot("check", guide.cacheKey, dependsOn: [BuildCache.guide(guide.id)]) {
                check(guide, model: model, options: options)
            }
        }
        var index = HelpIndex()
        var diagnostics: [Diagnostic] = []
        for result in checked {
            diagnostics += result.diagnostics
            for (key, reference) in result.documented { index.add(key, reference) }
        }
        if options.reportCoverage { diagnostics += Coverage.diagnostics(model: model, index: index) }
        return CheckResult(diagnostics: unique(diagnostics).sortedForOutput(), helpIndex: index)
    }

    /// What checking one guide finds: its diagnostics and the steps it documents.
    struct GuideCheck: Sendable {
        var diagnostics: [Diagnostic]
        var documented: [(HelpIndex.Key, HelpIndex.Reference)]
    }

    static func check(_ guide: Guide, model: ProductModel, options: CheckOptions) -> GuideCheck {
        var walker = GuideWalker(guide: guide, model: model)
        walker.walk()
        walker.walkTroubleshooting()
        var diagnostics = walker.diagnostics.map {
            var d = $0; d.guideID = guide.id; return d
        }
        let screens = Dictionary(grouping: walker.documented.map(\.0), by: \.surface).mapValues { Set($0.map(\.screen)) }
        diagnostics += Drift.diagnostics(for: guide, model: model, options: options, screens: screens)
        diagnostics += OutsideSteps.diagnostics(for: guide, model: model, options: options)
        return GuideCheck(diagnostics: diagnostics, documented: walker.documented)
    }

    /// The same problem found on two platforms is reported once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

/// Where the user can be at a point of a method: a surface and a screen, the screens behind
/// it, the screens left open on other surfaces (another device, a browser tab), the system
/// branches taken so far, and whether an earlier fault left the walk unsure of where the user is.
struct WalkState: Hashable {
    var screen: String?
    var history: [String] = []
    var surface: String?
    var parked: [String: String] = [:]
    var branches: Set<String> = []
    /// After a fault: the user is where they were, but later faults are not reported until a
    /// step works again (no cascade from a screen the user never reached).
    var lost = false
    /// Surfaces left while lost there: coming back, the walk is still unsure where the user is.
    var lostParked: Set<String> = []
    /// Whether the reader did an optional step: the method's end must be reached without them.
    var tookOptional = false
}

/// What one walk of a method is for: a platform, a variant, and what the reader has.
struct WalkContext {
    let method: Method
    let platform: String
    let variant: String?
    let granted: Set<String>
    /// The `when:` branches the method handles, so others are reported instead of walked.
    let handled: Set<String>
}

/// Walks one guide's methods.
struct GuideWalker {
    let guide: Guide
    let model: ProductModel
    var diagnostics: [Diagnostic] = []
    var documented: [(HelpIndex.Key, HelpIndex.Reference)] = []
    /// System branches reached and not handled, with the step that reached them.
    var unhandled: [String: (range: SourceRange?, screen: String)] = [:]
    /// Whether the walk is in a troubleshooting fix, whose text-only steps are its own words (issue 15).
    var inFix = false

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
            guard let surface = knownSurface(surfaceID, at: method.surfaceRange) else { continue }
            let visited = [surface] + surfacesNamed(in: method.items).compactMap { model.surface($0) }
            if let start = method.start { _ = checkScreen(start, in: surface, at: method.startRange) }
            if let end = method.end, !visited.contains(where: { $0.screen(end) != nil }) { _ = checkScreen(end, in: surface, at: method.endRange) }
            var platforms = method.platforms.isEmpty ? surface.platforms : method.platforms
            for platform in method.platforms where !surface.platforms.contains(platform) {
                report(
                    CheckRule.unknownPlatform, "\(surface.name) does not run on '\(platform)'",
                    hint: "its platforms are: \(surface.platforms.joined(separator: ", "))", at: method.platformsRange)
                platforms.removeAll { $0 == platform }
            }
            let variants = walkedVariants(method, surface: surface)
            let granted = granted(guide.requires + method.requires)
            let handled = Set(whens(in: method.items))
            reportUnknownBranches(method.items)
            unhandled = [:]
            var missedEnd: [(platform: String, reached: [String])] = []
            reportUnwalked(method.items, surface: surface, platforms: platforms)
            for platform in platforms {
                for variant in variants {
                    let context = WalkContext(method: method, platform: platform, variant: variant, granted: granted, handled: handled)
                    var states: Set<WalkState> = [WalkState(screen: method.start, surface: surfaceID)]
                    var finished: Set<WalkState> = []
                    walk(method.items, context, states: &states, finished: &finished)
                    // Every way through the method must end on its end screen, not just one; an
                    // optional step the reader may skip cannot be what reaches it.
                    let ending = states.filter { !$0.lost && !$0.tookOptional }
                    if let end = method.end, visited.contains(where: { $0.screen(end) != nil }), ending.contains(where: { $0.screen != end }) {
                        let label = variant.map { "\(platform), \($0)" } ?? platform
                        missedEnd.append((label, Set(ending.filter { $0.screen != end }.compactMap(\.screen)).sorted()))
                    }
                }
            }
            if let end = method.end, !missedEnd.isEmpty {
                let reached = Set(missedEnd.flatMap(\.reached)).sorted().joined(separator: " or ")
                report(
                    CheckRule.endNotReached,
                    "on \(missedEnd.map(\.platform).joined(separator: " and ")), the method can end on \(reached.isEmpty ? "no screen" : reached), not on its stated end '\(end)'",
                    hint: "add the missing steps (an optional step is not enough when the end needs it), or correct 'end'", at: method.endRange)
            }
            for (branch, where_) in unhandled.sorted(by: { $0.key < $1.key }) {
                report(
                    CheckRule.unhandledBranch,
                    "when '\(branch)' holds, the product leads to \(where_.screen) at this step, and the guide does not say what to do then",
                    hint: "add a step with `when: \(branch)` and `if:` in the reader's words, or write `not-applicable: [\(branch)]` on this step",
                    at: where_.range)
            }
        }
    }

    mutating func walk(_ items: [ProcedureItem], _ context: WalkContext, states: inout Set<WalkState>, finished: inout Set<WalkState>) {
        // The ways in that skipped the last `if` step: where an `otherwise` step applies.
        var skippedCondition: Set<WalkState>?
        for item in items {
            guard case .step(let step) = item else { continue }
            let stepSurface = model.surface(step.model.surface ?? context.method.surface ?? "")
            for stepPlatform in step.platforms where stepSurface.map({ !$0.platforms.contains(stepPlatform) }) ?? false {
                report(
                    CheckRule.unknownPlatform, "\(stepSurface!.name) does not run on '\(stepPlatform)'",
                    hint: "its platforms are: \(stepSurface!.platforms.joined(separator: ", "))", at: step.platformsRange ?? step.idRange)
            }
            if !step.platforms.isEmpty && !step.platforms.contains(context.platform) { continue }
            if let variant = context.variant, !step.model.variants.isEmpty, !step.model.variants.contains(variant) { continue }
            // Issue 15: a step someone else does, or one in an email or a text message, is not
            // the reader's move through the product: accepted as it is, not walked.
            if step.isOutsideTheProduct {
                if let stepSurface { checkOutsideStep(step, surface: stepSurface) }
                continue
            }
            // A step for a system branch applies only where the product took that branch.
            var applicable = states, bypass: Set<WalkState> = []
            if let when = step.model.when {
                applicable = states.filter { $0.branches.contains(when.id) }
                bypass = states.subtracting(applicable)
            }
            if step.model.otherwise {
                guard let skipped = skippedCondition else {
                    report(
                        CheckRule.otherwiseWithoutIf, "an `otherwise` step must follow a step with `if:`",
                        hint: "put it right after the step whose condition it is the alternative of, or give it its own `if:`",
                        at: step.model.otherwiseRange ?? step.idRange)
                    continue
                }
                applicable = states.intersection(skipped)
                bypass = states.subtracting(applicable)
            }
            let entering = applicable
            var after = applicable
            if !applicable.isEmpty {
                after = perform(step, context, states: applicable)
                if step.model.forEach != nil {
                    after = loop(step, context, states: after, finished: &finished)
                } else {
                    walk(step.substeps, context, states: &after, finished: &finished)
                }
                checkExpectation(step, states: after)
            }
            let conditional = step.isOptional || (step.model.condition != nil && step.model.when == nil && !step.model.otherwise)
            skippedCondition = step.model.condition != nil && step.model.when == nil && !step.model.exits ? entering : nil
            if step.model.exits {
                checkExit(step, context, states: after)
                finished.formUnion(after)
                states = Self.bounded(bypass.union(step.model.when == nil ? applicable : []))
            } else {
                // An optional or conditional step, with its sub-steps, may be done or not.
                let done =
                    step.isOptional
                    ? Set(
                        after.map {
                            var s = $0; s.tookOptional = true; return s
                        }) : after
                states = Self.bounded(bypass.union(done).union(conditional ? applicable : []))
            }
        }
    }

    /// The step's own move: changing surface, then its action or navigation path.
    mutating func perform(_ step: Step, _ context: WalkContext, states: Set<WalkState>) -> Set<WalkState> {
        var states = states
        if let id = step.model.surface {
            guard knownSurface(id, at: step.model.surfaceRange) != nil else {
                return Set(
                    states.map {
                        var s = $0; s.lost = true; return s
                    })
            }
            states = Set(states.map { Self.switching($0, to: id) })
        }
        if !step.model.navigate.isEmpty {
            // A hop that fails ends the path for that way through: the reader is stuck there.
            var stuck: Set<WalkState> = []
            for hop in step.model.navigate {
                let next = applyToElement(step.action, target: hop.id, range: hop.range, of: step, context, states: states)
                stuck.formUnion(next.filter { $0.lost && !states.contains($0) })
                states = next.subtracting(stuck)
            }
            return states.union(stuck)
        }
        if let action = step.action { return apply(action, of: step, context, states: states) }
        if step.actionRange != nil {
            // The loader reported the unknown action; the walk cannot know where the user is now.
            return Set(
                states.map {
                    var s = $0; s.lost = true; return s
                })
        }
        // A step that only states what the reader then sees is checked through its `expect`.
        if !inFix, step.substeps.isEmpty && !step.model.exits && step.model.expect == nil, let surface = model.surface(states.first?.surface ?? "") {
            report(
                CheckRule.unmappedStep, "this step names no action of the product model, so it cannot be checked",
                hint: "add `action:` and `target:` from \(surface.file.isEmpty ? "Content/model/\(surface.id).yaml" : surface.file)", at: step.idRange)
        }
        return states
    }

    /// The most states a walk keeps, and the most screens each remembers for `go-back`:
    /// optional steps can double the states at each step, so they are merged per screen.
    static let maximumStates = 64, maximumHistory = 16

    static func bounded(_ states: Set<WalkState>) -> Set<WalkState> {
        var trimmed = Set(
            states.map { state in
                var state = state
                if state.history.count > maximumHistory { state.history.removeFirst(state.history.count - maximumHistory) }
                return state
            })
        if trimmed.count > maximumStates {
            var byScreen: [String: WalkState] = [:]
            for state in trimmed {
                let key = "\(state.surface ?? "")/\(state.screen ?? "")/\(state.branches.sorted())/\(state.lost)/\(state.tookOptional)"
                if byScreen[key].map({ state.history.count < $0.history.count }) ?? true { byScreen[key] = state }
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
            if step.model.surface == nil, !known.isEmpty, !known.contains(where: platforms.contains) {
                report(
                    CheckRule.platformMismatch,
                    "this step applies only on \(known.joined(separator: ", ")), but its method applies on \(platforms.joined(separator: ", "))",
                    hint: "add the step's platforms to the method's `platforms`, or move the step to a method for them", at: step.platformsRange ?? step.idRange)
                continue
            }
            reportUnwalked(step.substeps, surface: surface, platforms: platforms)
        }
    }

    /// The states after `action`; reports the step when no state allows it.
    mutating func apply(_ action: Action, of step: Step, _ context: WalkContext, states: Set<WalkState>) -> Set<WalkState> {
        switch action {
        case .wait:
            report(
                CheckRule.systemStep, "waiting is what the product does, not a user action",
                hint: "use a typed wait instead: `- id: …` with `wait: 1-2 minutes` and a `reason`", at: step.actionRange)
            return states
        case .openApp, .openURL, .open:
            guard let surface = model.surface(states.first?.surface ?? "") else { return states }
            checkEntry(action, of: step, surface: surface)
            return Set(
                states.map { state in
                    var entered = WalkState(screen: surface.start, surface: surface.id, parked: state.parked, branches: state.branches)
                    entered.parked[surface.id] = nil
                    entered.lostParked = state.lostParked.subtracting([surface.id])
                    entered.tookOptional = state.tookOptional
                    return entered
                })
        case .goBack:
            var after: Set<WalkState> = []
            var stuck = false
            for state in states {
                guard let previous = state.history.last else { stuck = stuck || !state.lost; continue }
                var back = state
                back.screen = previous
                back.history.removeLast()
                after.insert(back)
            }
            if stuck {
                report(CheckRule.noScreen, "there is no screen to go back to at this step", hint: "remove the step, or walk to a screen first", at: step.actionRange)
            }
            return after.isEmpty ? states : after
        default:
            return applyToElement(action, target: step.target, range: step.targetRange, of: step, context, states: states)
        }
    }

    /// The states after acting on `target` (one hop of a navigation path, or the step's target).
    /// `action` nil (a navigation hop) uses the element's first action that leads somewhere.
    mutating func applyToElement(_ action: Action?, target: String?, range: SourceRange?, of step: Step, _ context: WalkContext, states: Set<WalkState>) -> Set<WalkState> {
        var after: Set<WalkState> = []
        var failing: Set<WalkState> = []
        var failedTarget = target
        for state in states {
            guard let surface = model.surface(state.surface ?? ""), let screenID = state.screen, let screen = surface.screen(screenID),
                let id = target ?? (action == .signIn ? screen.elements.first { $0.supports(.signIn) != nil }?.id : nil),
                let element = screen.element(id), element.exists(on: context.platform), element.exists(inVariant: context.variant),
                let entry = action.map({ element.supports($0) }) ?? element.actions.first(where: { $0.leadsTo != nil || $0.surface != nil }) ?? element.actions.first
            else {
                if !state.lost { failing.insert(state) } else { after.insert(state) }
                continue
            }
            failedTarget = id
            after.formUnion(moves(state, entry: entry, screen: screenID, of: step, context, at: range))
            documented.append(
                (
                    HelpIndex.Key(surface: surface.id, screen: screenID, element: id, action: entry.action.rawValue),
                    HelpIndex.Reference(guide: guide.id, step: step.id)
                ))
            checkElement(element, entry: entry, surface: surface, of: step, context, at: range ?? step.actionRange ?? step.idRange)
        }
        // Every way the user can arrive here (with or without an optional step) must allow the step.
        if !failing.isEmpty {
            if action == .signIn && target == nil {
                reportNotOnSignIn(step, states: failing)
            } else if let failedTarget {
                explainFailure(action, of: step, target: failedTarget, range: range, context, states: failing)
            }
        }
        // The user stays where they were; the rest of the walk reports only what then fails anew.
        return after.union(
            failing.map {
                var s = $0; s.lost = true; return s
            })
    }
}

extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
