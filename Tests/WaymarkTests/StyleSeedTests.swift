import Foundation
import Testing
import WaymarkTestSupport

/// The seed passes every style rule, through the real `waymark lint --strict`.
@Suite struct StyleSeedTests {
    @Test func theSeedPassesEveryStyleRule() throws {
        let project = try TemporaryProject.seedWithLocales()
        let result = try runWaymark(["lint", "--strict", "--today", "2026-11-27"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
