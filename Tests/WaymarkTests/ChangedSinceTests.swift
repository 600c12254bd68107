import Foundation
import Testing
import WaymarkTestSupport

/// `waymark lint --changed-since REF` against a real git repository made for the test.
@Suite struct ChangedSinceTests {
    /// A repository with the model and three guides: two on the WhatsApp app, one on Meta Business Suite.
    static func repository() throws -> TemporaryProject {
        func guide(_ id: String, surface: String, target: String) -> String {
            """
            id: \(id)
            title: Guide \(id)
            summary: What \(id) is for.
            methods:
              - id: only
                title: The only method
                surface: \(surface)
                steps:
                  - id: first
                    action: open-app
                    text: You should open the app.

            """.replacingOccurrences(of: "action: open-app", with: target)
        }
        let project = try TemporaryProject.withModel(guides: [
            "app-one.yaml": guide("app-one", surface: "whatsapp-business-app", target: "action: open-app"),
            "app-two.yaml": guide("app-two", surface: "whatsapp-business-app", target: "action: open-app"),
            "web-one.yaml": guide("web-one", surface: "meta-business-suite", target: "action: open-url\n        url: https://business.facebook.com"),
        ])
        for arguments in [
            ["init", "-q", "-b", "main"], ["config", "user.email", "t@example.com"], ["config", "user.name", "Test"],
            ["add", "."], ["commit", "-q", "-m", "start"],
        ] {
            try git(arguments, in: project)
        }
        return project
    }

    static func git(_ arguments: [String], in project: TemporaryProject) throws {
        let result = try runTool("git", ["-C", project.root.path] + arguments)
        try #require(result.status == 0, "git \(arguments): \(result.output)")
    }

    func guides(in output: String) -> Set<String> {
        Set(
            output.split(separator: "\n").compactMap { line in
                line.range(of: "Content/guides/").map { String(line[$0.upperBound...].prefix { $0 != "." }) }
            })
    }

    @Test func nothingChangedReportsNothing() throws {
        let project = try Self.repository()
        let result = try runWaymark(["lint", "--changed-since", "HEAD", "--format", "github"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
    }

    @Test func aChangedGuideAndAnUntrackedOneAreLinted() throws {
        let project = try Self.repository()
        try project.write("Content/guides/app-two.yaml", try project.read("Content/guides/app-two.yaml") + "# edited\n")
        try project.write("Content/guides/new-one.yaml", minimalGuide(id: "new-one"))
        let result = try runWaymark(["lint", "--changed-since", "HEAD", "--format", "github"], in: project.root)
        #expect(guides(in: result.stdout) == ["app-two", "new-one"], "\(result.stdout)")
    }

    @Test func committedChangesSinceARefCount() throws {
        let project = try Self.repository()
        try project.write("Content/guides/web-one.yaml", try project.read("Content/guides/web-one.yaml") + "# edited\n")
        try Self.git(["commit", "-q", "-am", "edit"], in: project)
        let result = try runWaymark(["lint", "--changed-since", "HEAD~1", "--format", "github"], in: project.root)
        #expect(guides(in: result.stdout) == ["web-one"], "\(result.stdout)")
    }

    @Test func aModelChangeBringsInTheGuidesOnThatSurface() throws {
        let project = try Self.repository()
        let model = "Content/model/whatsapp-business-app.yaml"
        try project.write(model, try project.read(model) + "# edited\n")
        let result = try runWaymark(["lint", "--changed-since", "HEAD", "--format", "github"], in: project.root)
        #expect(guides(in: result.stdout) == ["app-one", "app-two"], "\(result.stdout)")
    }

    @Test func anUnknownRefIsAUsageError() throws {
        let project = try Self.repository()
        let result = try runWaymark(["lint", "--changed-since", "no-such-branch"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: --changed-since no-such-branch: 'no-such-branch' is not a commit"), "\(result.stderr)")
    }

    @Test func changesOnTheBaseBranchAfterBranchingAreNotThisBranchs() throws {
        let project = try Self.repository()
        try Self.git(["checkout", "-q", "-b", "feature"], in: project)
        try project.write("Content/guides/app-two.yaml", try project.read("Content/guides/app-two.yaml") + "# feature\n")
        try Self.git(["commit", "-q", "-am", "feature"], in: project)
        try Self.git(["checkout", "-q", "main"], in: project)
        try project.write("Content/guides/app-one.yaml", try project.read("Content/guides/app-one.yaml") + "# main\n")
        try Self.git(["commit", "-q", "-am", "main moves on"], in: project)
        try Self.git(["checkout", "-q", "feature"], in: project)
        let result = try runWaymark(["lint", "--changed-since", "main", "--format", "github"], in: project.root)
        #expect(guides(in: result.stdout) == ["app-two"], "\(result.stdout)")
    }
}
