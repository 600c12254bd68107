import Foundation
import Testing
import WaymarkTestSupport

@testable import WaymarkLoader

/// The README's example of issue 15's constructs is a real, valid guide.
@Suite struct FormatReadmeTests {
    @Test func exampleOfWaitsPeopleTroubleshootingLinksAndImagesIsValid() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Waits, other people, troubleshooting, links out and images"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let (guide, diagnostics) = GuideFileLoader.load(text: String(rest[start.upperBound..<end.lowerBound]), file: "invite-a-teammate.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let loaded = try #require(guide)
        #expect(loaded.methods.first?.troubleshooting.count == 2)
        #expect(loaded.next.count == 2 && loaded.relatedLinks.count == 1)
        #expect(loaded.images.count == 1)
    }
}
