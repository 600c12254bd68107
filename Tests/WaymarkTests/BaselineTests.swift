import Foundation
import Testing

/// `waymark lint --baseline FILE`: record today's findings, then fail only on new ones.
@Suite struct BaselineTests {
    static let broken = minimalGuide(id: "a", stepText: "You should open the app.") + "\n        colour: blue\n"

    @Test func recordsThenReportsOnlyNewFindings() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.broken])
        let record = try runWaymark(["lint", "--baseline", "lint-baseline.json"], in: project.root)
        #expect(record.status == 0, "recording succeeds: \(record.stderr)")
        #expect(record.stderr == "Recorded 3 findings in the baseline lint-baseline.json; nothing else was reported.\n")
        let recorded = try project.read("lint-baseline.json")
        #expect(recorded.contains("\"version\" : 1"))

        let again = try runWaymark(["lint", "--strict", "--baseline", "lint-baseline.json"], in: project.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("3 known findings in the baseline lint-baseline.json not shown."))

        // Lines move (a comment on top) and a new problem appears: only the new one is reported.
        try project.write("Content/guides/a.yaml", "# moved down\n" + Self.broken + "        size: big\n")
        let new = try runWaymark(["lint", "--baseline", "lint-baseline.json"], in: project.root)
        #expect(new.status == 1)
        #expect(new.stderr.contains("a.yaml:12:9: error: unknown key 'size' in a step [guide.unknown-key]"), "\(new.stderr)")
        #expect(!new.stderr.contains("'colour'"), "the recorded finding still matches after moving a line")
        #expect(new.stderr.contains("1 error, 0 warnings in 1 file"))
        #expect(try project.read("lint-baseline.json") == recorded, "an existing baseline is not rewritten")
    }

    @Test func reportsFixedFindingsAndRewritesOnRequest() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.broken])
        _ = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        try project.write("Content/guides/a.yaml", minimalGuide(id: "a", stepText: "You should open the app."))
        let fixed = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        #expect(fixed.status == 0)
        #expect(fixed.stderr.contains("1 finding in the baseline no longer occur; run with --update-baseline to drop them."), "\(fixed.stderr)")
        let update = try runWaymark(["lint", "--baseline", "b.json", "--update-baseline"], in: project.root)
        #expect(update.stderr == "Recorded 2 findings in the baseline b.json; nothing else was reported.\n")
    }

    @Test func machineFormatsSayWhatTheBaselineHid() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.broken])
        let record = try runWaymark(["lint", "--format", "json", "--baseline", "b.json"], in: project.root)
        #expect(record.stderr == "Recorded 3 findings in the baseline b.json; nothing else was reported.\n")
        let hidden = try runWaymark(["lint", "--format", "github", "--baseline", "b.json"], in: project.root)
        #expect(hidden.stdout.isEmpty)
        #expect(hidden.stderr == "3 known findings in the baseline b.json not shown.\n")
    }

    @Test func aBaselineIsDeterministic() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.broken, "b.yaml": Self.broken.replacingOccurrences(of: "id: a", with: "id: b")])
        _ = try runWaymark(["lint", "--baseline", "one.json"], in: project.root)
        _ = try runWaymark(["lint", "--baseline", "two.json"], in: project.root)
        #expect(try project.read("one.json") == project.read("two.json"))
    }

    @Test func anUnreadableBaselineIsAnIOError() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.broken])
        try project.write("b.json", "{\"not\": \"a baseline\"}")
        let result = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("b.json: error: b.json is not a Waymark baseline [lint.baseline-unreadable]"), "\(result.stderr)")
        let usage = try runWaymark(["lint", "--update-baseline"], in: project.root)
        #expect(usage.status == 2)
    }
}
