import Foundation
import Testing
import WaymarkPipeline
import WaymarkSite
import WaymarkTestSupport

/// The commands' step lists: `--timings` from the real binaries prints them in order, the
/// README's pipeline diagram lists them as the code runs them, and the rule policy covers
/// every diagnostic of a run.
@Suite struct PipelineStepsTests {
    /// Each command's steps, from the code.
    static let lists: [String: [String]] = [
        "check": Pipeline.check.map(\.name),
        "validate": SiteBuilder.steps(.plan, lint: false).map(\.name),
        "build": SiteBuilder.steps(.write, lint: false).map(\.name),
        "lint": SiteBuilder.steps(.plan, lint: true).map(\.name),
        "export": SiteBuilder.steps(.prepare, lint: false).map(\.name) + ["export"],
        "l10n": Pipeline.l10n.map(\.name),
    ]

    /// `timing <name> <ms> ms` lines of standard error, in order; fails on a malformed one.
    static func timings(_ stderr: String) throws -> [String] {
        let pattern = try Regex(#"^timing ([a-z0-9-]+) ([0-9]+\.[0-9]) ms$"#)
        return stderr.split(separator: "\n").filter { $0.hasPrefix("timing ") }.map { line in
            let match = line.wholeMatch(of: pattern)
            #expect(match != nil, "'\(line)' is not `timing <step> <ms with one decimal> ms`")
            return match.flatMap { $0.output[1].substring.map(String.init) } ?? ""
        }
    }

    @Test(arguments: ["check", "validate", "build", "lint", "export"])
    func timingsPrintEveryStepInOrderThenTheTotal(_ command: String) throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark([command, "--timings", "--today", "2026-11-27"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.timings(result.stderr) == Self.lists[command]! + ["total"])
        // Without the flag, no timing line.
        let quiet = try runWaymark([command, "--today", "2026-11-27"], in: project.root)
        #expect(!quiet.stderr.contains("timing "))
    }

    @Test func waymarkCheckAloneTimesItsSteps() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["--timings", "--today", "2026-11-27"], in: project.root, binary: TestPaths.waymarkCheckBinary)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.timings(result.stderr) == Self.lists["check"]! + ["total"])
    }

    @Test func aFailedCheckStopsBeforeRenderingButThePolicyStillRuns() throws {
        let project = try CheckCommandTests.brokenSeed()
        let result = try runWaymark(["build", "--timings", "--today", "2026-11-27"], in: project.root)
        #expect(result.status == 1)
        let ran = try Self.timings(result.stderr)
        #expect(ran.contains("stop-on-errors") && !ran.contains("render") && !ran.contains("write"))
        #expect(ran.suffix(3) == ["apply-policy", "cap-repeats", "total"])
    }

    @Test func theReadmeDiagramListsTheStepsTheCodeRuns() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### The pipeline\n").dropFirst().first)
        var found: [String: [String]] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("waymark ") && line.contains(" → ") {
            let rest = line.dropFirst("waymark ".count)
            let command = String(rest.prefix { $0 != " " })
            let steps = rest.dropFirst(command.count).split(separator: ",")[0]
            found[command] = steps.components(separatedBy: " → ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(found == Self.lists)
    }

    @Test func thePolicyCoversDiagnosticsFoundAfterTheChecks() throws {
        // A locale without interface strings is found by `interface-strings`, after the checks
        // where the policy once ran: waymark.yml's setting for its rule applies to it too.
        let rule = "l10n.missing-interface"
        try #require(RuleCatalog.definition(rule)?.configurable == true)
        let project = try TemporaryProject.seed()
        try FileManager.default.createDirectory(at: project.url("Content/locales/sw"), withIntermediateDirectories: true)
        let before = SiteBuilder.validate(SiteBuilder.Options.configured(root: project.root))
        #expect(before.diagnostics.contains { $0.ruleID == rule && $0.severity == .warning }, "\(before.diagnostics)")
        try project.write("waymark.yml", "rules:\n  \(rule): error\n")
        let after = SiteBuilder.validate(SiteBuilder.Options.configured(root: project.root))
        #expect(after.diagnostics.contains { $0.ruleID == rule && $0.severity == .error }, "\(after.diagnostics)")
        #expect(after.files.isEmpty, "an error now, so nothing is planned")
    }
}

/// The per-guide rerun an incremental `waymark serve` builds on: steps run again for one
/// guide replace only what they said about it.
@Suite struct GuideRerunTests {
    @Test func rerunningTheStyleRulesForOneGuideReplacesOnlyItsFindings() throws {
        var options = PipelineOptions.configured(root: TestPaths.project)
        options.lint = true
        var context = BuildContext(options: options)
        _ = StepRunner.run(Pipeline.checks(lint: true) + [.applyPolicy], on: &context)
        let style = { (context: BuildContext) in context.log.entries.filter { $0.step == "lint-style" }.map(\.diagnostic) }
        let before = style(context)
        let byGuide = Dictionary(grouping: before) { $0.guideID ?? "" }
        let changed = try #require(byGuide.max { $0.value.count < $1.value.count }?.key, "the content has style findings")
        // The same guide again: the same findings, none doubled.
        _ = context.rerun([.lintStyle, .applyPolicy], guides: [changed])
        #expect(style(context).count == before.count)
        // The guide edited (its methods gone): its findings go, everyone else's stay as they were.
        var edited = try #require(context.guide(changed))
        edited.methods = []
        context.replaceGuide(edited)
        let timings = context.rerun([.lintStyle, .applyPolicy], guides: [changed])
        #expect(timings.map(\.name) == ["lint-style", "apply-policy"])
        let after = style(context)
        #expect(after.filter { $0.guideID == changed }.count < byGuide[changed]!.count)
        #expect(after.filter { $0.guideID != changed }.map(\.message) == before.filter { $0.guideID != changed }.map(\.message))
        #expect(context.scope == .all, "the scope is reset after the rerun")
    }
}
