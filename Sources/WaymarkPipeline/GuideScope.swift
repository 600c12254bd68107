import WaymarkBase
import WaymarkGuide

/// Which guides a step works on: all of them (a whole build), or the ones that changed (an
/// incremental rebuild runs the per-guide steps again for those and keeps the rest).
public enum GuideScope: Sendable, Equatable {
    case all
    case guides(Set<String>)

    /// Whether the scope holds the guide with `id`.
    public func contains(_ id: String) -> Bool {
        switch self {
        case .all: true
        case .guides(let ids): ids.contains(id)
        }
    }

    /// The guides of `guides` in the scope, in their order.
    public func select(_ guides: [Guide]) -> [Guide] {
        switch self {
        case .all: guides
        case .guides(let ids): guides.filter { ids.contains($0.id) }
        }
    }

    /// Whether `diagnostic` is about a guide in the scope (by guide id, or by the guide's file).
    public func covers(_ diagnostic: Diagnostic, files: [String: String]) -> Bool {
        switch self {
        case .all: return true
        case .guides(let ids):
            if let id = diagnostic.guideID { return ids.contains(id) }
            return diagnostic.file.flatMap { files[$0] }.map(ids.contains) ?? false
        }
    }
}
