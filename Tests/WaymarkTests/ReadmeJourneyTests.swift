import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkLoader

/// The README's journeys example: its two model files and its guide load, and the guide passes the check.
@Suite struct ReadmeJourneyTests {
    @Test func theJourneysExampleLoadsAndPassesTheCheck() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Journeys, conditions, prerequisites and variants in a guide"))
        var rest = readme[section.upperBound...]
        var blocks: [String] = []
        while blocks.count < 3, let start = rest.range(of: "```yaml\n"), let end = rest[start.upperBound...].range(of: "```") {
            blocks.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        #expect(blocks.count == 3)
        var surfaces: [Surface] = []
        for (index, block) in blocks.prefix(2).enumerated() {
            let (surface, diagnostics) = ModelLoader.load(text: block, file: "model-\(index).yaml")
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
            surfaces.append(try #require(surface))
        }
        let (guide, diagnostics) = GuideFileLoader.load(text: blocks[2], file: "remove-a-member.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let result = Checker.check(
            guides: [try #require(guide)], model: ProductModel(surfaces: surfaces),
            options: CheckOptions(today: ModelDates.parse("2026-11-27")!))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline).joined(separator: "\n"))")
    }
}
