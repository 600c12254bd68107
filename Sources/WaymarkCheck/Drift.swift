import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// Warnings for guides that rely on third-party surfaces whose model may be out of date.
enum Drift {
    static func diagnostics(for guide: Guide, model: ProductModel, options: CheckOptions) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var warned: Set<String> = []
        for method in guide.methods {
            guard let id = method.surface, let surface = model.surface(id), surface.owner != nil, warned.insert(id).inserted else { continue }
            let owner = surface.owner ?? ""
            guard let verified = surface.verified, let date = ModelDates.parse(verified) else {
                result.append(Diagnostic(CheckRule.staleModel, .warning, "the model of \(surface.name) (made by \(owner)) has never been verified",
                                         hint: "check it against the product and set `verified: YYYY-MM-DD` in \(surface.file)",
                                         file: guide.file, at: method.surfaceRange, guideID: guide.id))
                continue
            }
            let age = ModelDates.days(from: date, to: options.today)
            if age > options.maximumModelAge {
                result.append(Diagnostic(CheckRule.staleModel, .warning,
                                         "the model of \(surface.name) (made by \(owner)) was last verified \(age) days ago, on \(verified)",
                                         hint: "\(owner) may have changed the product; check the steps against it and update `verified` in \(surface.file) (the limit is \(options.maximumModelAge) days)",
                                         file: guide.file, at: method.surfaceRange, guideID: guide.id))
            }
        }
        return result
    }
}
