import WaymarkBase
import WaymarkGuide
import WaymarkModel

// Issue 15: the steps of a troubleshooting fix are walked like a method's, on the entry's surface
// (its method's, or the guide's only one), so their targets, actions and labels are proved too.

extension GuideWalker {
    /// Walks every fix's steps, for each platform. The reader of a fix is somewhere in the product:
    /// the walk starts on each screen that holds the first step's target (on the surface's start
    /// screen when none does, which reports the unknown element). Text-only steps are accepted as
    /// the fix's own words, and fix steps are not added to the context-help index.
    mutating func walkTroubleshooting() {
        let saved = documented
        defer { documented = saved }
        var owners: [(entries: [TroubleshootingEntry], method: Method?)] = [(guide.troubleshooting, nil)]
        owners += guide.methods.map { ($0.troubleshooting, $0) }
        inFix = true
        defer { inFix = false }
        for (entries, method) in owners {
            for entry in entries where !entry.steps.isEmpty {
                guard let surfaceID = entry.surface ?? method?.surface, let surface = model.surface(surfaceID) else { continue }
                let fix = Method(id: method?.id ?? TranslationKey.guideTroubleshooting, title: "", items: entry.steps, surface: surfaceID)
                let platforms = method.map { $0.platforms.isEmpty ? surface.platforms : $0.platforms.filter(surface.platforms.contains) } ?? surface.platforms
                let granted = granted(guide.requires + (method?.requires ?? []))
                for platform in platforms {
                    let context = WalkContext(method: fix, platform: platform, variant: nil, granted: granted, handled: Set(whens(in: entry.steps)))
                    var states = Self.fixStart(entry.steps, surface: surface)
                    var finished: Set<WalkState> = []
                    walk(entry.steps, context, states: &states, finished: &finished)
                }
            }
        }
    }

    /// Where the reader of a fix may be: every screen holding the first target of its steps.
    static func fixStart(_ items: [ProcedureItem], surface: Surface) -> Set<WalkState> {
        var pending = Array(items.reversed())
        while let item = pending.popLast() {
            guard case .step(let step) = item, step.actor == nil, step.channel == nil else { continue }
            if [.openApp, .openURL, .open].contains(step.action) { break }
            if let target = step.model.navigate.first?.id ?? step.target {
                let holders = surface.screens(holding: target).map(\.id)
                if !holders.isEmpty { return Set(holders.map { WalkState(screen: $0, surface: surface.id) }) }
                break
            }
            pending += step.substeps.reversed()
        }
        return [WalkState(screen: surface.start, surface: surface.id)]
    }
}
