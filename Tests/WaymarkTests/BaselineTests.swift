import Foundation
import Testing
import WaymarkTestSupport

/// `waymark lint --baseline FILE`: record today's findings, then fail only on new ones.
@Suite struct BaselineTests {
    /// A guide with two findings a baseline may hold (style) and none it may not.
    static let known = minimalGuide(id: "a", stepText: "You should open the app.")
    /// The same guide with an error of a configurable rule (a step the model does not have).
    static func withCheckError(_ text: String) -> String {
        text.replacingOccurrences(of: "    steps:\n", with: "    surface: whatsapp-business-app\n    steps:\n")
    }

    @Test func recordsThenReportsOnlyNewFindings() throws {
        let project = try TemporaryProject.withModel(guides: ["a.yaml": Self.known])
        let record = try runWaymark(["lint", "--baseline", "lint-baseline.json", "--update-baseline"], in: project.root)
        #expect(record.status == 0, "recording succeeds: \(record.stderr)")
        #expect(record.stderr == "Recorded 2 findings in the baseline lint-baseline.json.\n")
        let recorded = try project.read("lint-baseline.json")
        #expect(recorded.contains("\"version\" : 1"))

        let again = try runWaymark(["lint", "--strict", "--baseline", "lint-baseline.json"], in: project.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("2 known findings in the baseline lint-baseline.json not shown."))

        // Lines move (a comment on top) and a new problem appears: only the new one is reported.
        try project.write("Content/guides/a.yaml", "# moved down\n" + Self.withCheckError(Self.known))
        let new = try runWaymark(["lint", "--strict", "--baseline", "lint-baseline.json"], in: project.root)
        #expect(new.status == 1)
        #expect(new.stderr.contains("a.yaml:10:13: warning: this step names no action of the product model, so it cannot be checked [check.unmapped-step]"), "\(new.stderr)")
        #expect(!new.stderr.contains("style.imperative"), "the recorded finding still matches after moving a line")
        #expect(try project.read("lint-baseline.json") == recorded, "an existing baseline is not rewritten")
    }

    @Test func findingsThatMayNotBeHiddenAreNeverRecorded() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.known + "\n        colour: blue\n"])
        let record = try runWaymark(["lint", "--baseline", "b.json", "--update-baseline"], in: project.root)
        #expect(record.status == 1, "a locked rule's error still fails the run")
        #expect(record.stderr.contains("error: unknown key 'colour' in a step [guide.unknown-key]"), "\(record.stderr)")
        #expect(record.stderr.contains("Recorded 2 findings in the baseline b.json; findings it may not hold are reported."))
        let again = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        #expect(again.status == 1)
        #expect(!(try project.read("b.json")).contains("colour"))
    }

    @Test func reportsFixedFindingsAndRewritesOnRequest() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.known])
        _ = try runWaymark(["lint", "--baseline", "b.json", "--update-baseline"], in: project.root)
        try project.write("Content/guides/a.yaml", minimalGuide(id: "a"))
        let fixed = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        #expect(fixed.status == 0)
        #expect(fixed.stderr.contains("1 finding in the baseline no longer occur; run with --update-baseline to drop them."), "\(fixed.stderr)")
        let update = try runWaymark(["lint", "--baseline", "b.json", "--update-baseline"], in: project.root)
        #expect(update.stderr == "Recorded 1 finding in the baseline b.json.\n")
    }

    @Test func machineFormatsSayWhatTheBaselineHid() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.known])
        let record = try runWaymark(["lint", "--format", "json", "--baseline", "b.json", "--update-baseline"], in: project.root)
        #expect(record.stderr == "Recorded 2 findings in the baseline b.json.\n")
        let hidden = try runWaymark(["lint", "--format", "github", "--baseline", "b.json"], in: project.root)
        #expect(hidden.stdout.isEmpty)
        #expect(hidden.stderr == "2 known findings in the baseline b.json not shown.\n")
    }

    @Test func aBaselineIsDeterministic() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.known, "b.yaml": Self.known.replacingOccurrences(of: "id: a", with: "id: b")])
        _ = try runWaymark(["lint", "--baseline", "one.json", "--update-baseline"], in: project.root)
        _ = try runWaymark(["lint", "--baseline", "two.json", "--update-baseline"], in: project.root)
        #expect(try project.read("one.json") == project.read("two.json"))
    }

    @Test func aMissingOrUnreadableBaselineIsAnIOError() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.known])
        let missing = try runWaymark(["lint", "--format", "github", "--baseline", "typo.json"], in: project.root)
        #expect(missing.status == 2, "a mistyped path in CI must not pass")
        #expect(missing.stderr == "error: there is no baseline at typo.json; record one with --baseline typo.json --update-baseline\n")
        try project.write("b.json", "{\"not\": \"a baseline\"}")
        let result = try runWaymark(["lint", "--baseline", "b.json"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("b.json: error: b.json is not a Waymark baseline [lint.baseline-unreadable]"), "\(result.stderr)")
        #expect(try runWaymark(["lint", "--update-baseline"], in: project.root).status == 2)
        #expect(try runWaymark(["lint", "--baseline", "b.json", "--update-baseline", "--changed-since", "HEAD"], in: project.root).status == 2)
    }
}
