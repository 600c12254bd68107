import WaymarkCheck
import WaymarkGuide
import WaymarkHelp
import WaymarkModel

/// The check's context-help index, with each step's method and the platforms where it
/// documents the action, ranked: top-level steps before sub-steps, then by guide id, then in
/// reading order.
enum ContextIndexBuilder {
    struct Placement {
        var method: Method
        var platforms: [String]
        var depth: Int
        var position: Int
    }

    static func index(_ helpIndex: HelpIndex, guides: [Guide], model: ProductModel) -> ContextIndex {
        var placements: [String: [String: Placement]] = [:]
        for guide in guides { placements[guide.id] = self.placements(in: guide, model: model) }
        var surfaces: [String: [String: [String: [String: [ContextIndex.Entry]]]]] = [:]
        for (key, references) in helpIndex.entries {
            let element = model.surface(key.surface)?.screen(key.screen)?.element(key.element)
            let ranked = references.compactMap { reference -> (Placement, HelpIndex.Reference)? in
                placements[reference.guide]?[reference.step].map { ($0, reference) }
            }.sorted { a, b in (a.0.depth, a.1.guide, a.0.position) < (b.0.depth, b.1.guide, b.0.position) }
            let entries = ranked.map { placement, reference in
                ContextIndex.Entry(
                    guide: reference.guide, method: placement.method.id, step: reference.step,
                    platforms: placement.platforms.filter { element?.exists(on: $0) ?? true })
            }
            surfaces[key.surface, default: [:]][key.screen, default: [:]][key.element, default: [:]][key.action] = entries
        }
        return ContextIndex(surfaces: surfaces)
    }

    /// Each step of a guide: its method, the platforms it applies on (its own, else its parent's,
    /// its method's, or its surface's), its depth and its position in reading order.
    static func placements(in guide: Guide, model: ProductModel) -> [String: Placement] {
        var result: [String: Placement] = [:]
        var position = 0
        func walk(_ items: [ProcedureItem], method: Method, inherited: [String], depth: Int) {
            for case .step(let step) in items {
                let platforms = step.platforms.isEmpty ? inherited : step.platforms.filter(inherited.contains)
                position += 1
                result[step.id] = Placement(method: method, platforms: platforms, depth: depth, position: position)
                walk(step.substeps, method: method, inherited: platforms, depth: depth + 1)
            }
        }
        for method in guide.methods {
            let surfacePlatforms = method.surface.flatMap { model.surface($0)?.platforms } ?? []
            let platforms = method.platforms.isEmpty ? surfacePlatforms : method.platforms
            walk(method.items, method: method, inherited: platforms.sorted(), depth: 0)
        }
        return result
    }
}
