import Foundation
import Testing
@testable import WaymarkLoader

/// The README's example guide is a real, valid guide.
@Suite struct ReadmeTests {
    @Test func exampleGuideInTheReadmeIsValid() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## The guide format"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let yaml = String(rest[start.upperBound..<end.lowerBound])
        let (guide, diagnostics) = GuideFileLoader.load(text: yaml, file: "reset-password.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let loaded = try #require(guide)
        #expect(loaded.methods.first?.items.count == 5)
    }

    @Test func exampleSurfaceInTheReadmeIsValid() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## The product model"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let (surface, diagnostics) = ModelLoader.load(text: String(rest[start.upperBound..<end.lowerBound]), file: "example-app.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        #expect(surface?.screens.count == 3)
    }
}
