import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// Warnings for guides that rely on third-party surfaces whose model may be out of date.
enum Drift {
    /// `screens`: the screens the guide's steps act on, by surface; a screen's own `verified`
    /// (a team that verified part of a surface) stands in for the surface's there.
    static func diagnostics(for guide: Guide, model: ProductModel, options: CheckOptions, screens: [String: Set<String>] = [:]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var warned: Set<String> = []
        for method in guide.methods {
            guard let id = method.surface, let surface = model.surface(id), surface.owner != nil, warned.insert(id).inserted else { continue }
            let owner = surface.owner ?? ""
            let used = (screens[id] ?? []).compactMap(surface.screen)
            let dates = used.isEmpty ? [surface.verified] : used.map { $0.verified ?? surface.verified }
            let oldest = dates.contains { $0 == nil } ? nil : dates.compactMap { $0 }.min()
            guard let verified = oldest, let date = ModelDates.parse(verified) else {
                result.append(
                    Diagnostic(
                        CheckRule.staleModel, "the model of \(surface.name) (made by \(owner)) has never been verified",
                        hint: "check it against the product and set `verified: YYYY-MM-DD` in \(surface.file)",
                        file: guide.file, at: method.surfaceRange, guideID: guide.id))
                continue
            }
            let age = ModelDates.days(from: date, to: options.today)
            if age > options.maximumModelAge {
                result.append(
                    Diagnostic(
                        CheckRule.staleModel,
                        "the model of \(surface.name) (made by \(owner)) was last verified \(age) days ago, on \(verified)",
                        hint:
                            "\(owner) may have changed the product; check the steps against it and update `verified` in \(surface.file) (the limit is \(options.maximumModelAge) days)",
                        file: guide.file, at: method.surfaceRange, guideID: guide.id))
            }
        }
        return result
    }
}
