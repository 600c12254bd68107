import Foundation
import Testing
import WaymarkTestSupport

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

    /// The "Done when" of the linter: the README's workflow, as its lint step runs, on a pull
    /// request that breaks a guide, annotates each problem on its line and fails the job; on
    /// one that does not, it passes.
    @Test func theReadmeWorkflowAnnotatesABrokenGuideAndPassesACleanOne() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let workflow = readme[try #require(readme.range(of: "**GitHub Actions.**")).upperBound...]
        let line = try #require(workflow.split(separator: "\n").first { $0.contains("waymark lint ") && $0.contains("run:") })
        // `run: .waymark/.build/release/waymark lint …` with the base branch filled in, as Actions would.
        var arguments = line.components(separatedBy: "waymark lint ")[1].split(separator: " ").map(String.init)
        arguments = ["lint"] + arguments.map { $0 == "\"origin/${{" ? "main" : $0 }.filter { !$0.contains("github.base_ref") && $0 != "}}\"" }

        let project = try ChangedSinceTests.repository()
        try ChangedSinceTests.git(["checkout", "-q", "-b", "pull-request"], in: project)
        let clean = try runWaymark(arguments, in: project.root)
        #expect(clean.status == 0, "\(arguments): \(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.isEmpty)

        let path = "Content/guides/app-two.yaml"
        let broken = try project.read(path).replacingOccurrences(of: "action: open-app", with: "action: open-ap")
        try project.write(path, broken)
        try ChangedSinceTests.git(["commit", "-q", "-am", "break a guide"], in: project)
        let failing = try runWaymark(arguments, in: project.root)
        #expect(failing.status == 1)
        #expect(
            failing.stdout.contains("\n::error file=Content/guides/app-two.yaml,line=10,col=17,endColumn=24,title=guide.unknown-action::'open-ap' is not an action"),
            "\(failing.stdout)")
        #expect(!failing.stdout.contains("app-one"), "only the guide the pull request changed")
    }
}
