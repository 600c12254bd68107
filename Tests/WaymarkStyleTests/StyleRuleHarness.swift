import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkLoader
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkStyle

/// Style rules run on an in-memory guide: the guide's text is decoded by the loader (no file,
/// no project folder, no pipeline) and checked against a frozen copy of the product model
/// it names (`Fixtures/whatsapp-business-app.yaml`, a copy of the shipped one at the time).
enum StyleRuleHarness {
    /// The frozen model.
    static let model: ProductModel = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/whatsapp-business-app.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let (surface, diagnostics) = ModelLoader.load(text: text, file: "Content/model/whatsapp-business-app.yaml")
        precondition(diagnostics.isEmpty && surface != nil, "the frozen model does not load: \(diagnostics.map(\.headline))")
        return ProductModel(surfaces: surface.map { [$0] } ?? [])
    }()

    /// The guide decoded from `text`, recording an issue for any error in it.
    static func guide(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Guide {
        let (guide, diagnostics) = GuideFileLoader.load(text: text, file: "Content/guides/g.yaml")
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.headline))", sourceLocation: sourceLocation)
        return try #require(guide, sourceLocation: sourceLocation)
    }

    /// What one rule finds in the guide, in output order.
    static func findings(of rule: some StyleRule, in text: String, config: ProjectConfig = ProjectConfig()) throws -> [Diagnostic] {
        let context = StyleContext(guide: try guide(text), model: model, source: SourceText(text), config: config)
        return rule.check(context).sortedForOutput()
    }

    /// What every style rule finds in the guide, as `waymark lint` would report them.
    static func allFindings(in text: String, config: ProjectConfig = ProjectConfig()) throws -> [Diagnostic] {
        let guide = try guide(text)
        return StyleRules.check(guides: [guide], model: model, sources: [guide.file: text], config: config).sortedForOutput()
    }
}
