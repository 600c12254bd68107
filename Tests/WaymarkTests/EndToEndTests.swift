import Foundation
import Testing
import WaymarkTestSupport

/// The real `waymark` binary, run in a project folder: exit status, output and files.
@Suite struct EndToEndTests {
    @Test func buildWritesTheSiteAndSaysWhereToOpenIt() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == "Built 1 guide in 1 locale (10 files) into Site/\nOpen Site/index.html in a browser.\n")
        #expect(project.tree().keys.contains("en/disconnect-whatsapp-account/index.html"))
    }

    @Test func buildHonoursOutputAndRoot() throws {
        let project = try TemporaryProject.seed()
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try runWaymark(["build", "--root", project.root.path, "--output", project.url("public-site").path], in: elsewhere)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(project.tree("public-site").count == 11)
    }

    @Test func validateReportsLikeACompilerAndExitsOne() throws {
        let project = try TemporaryProject(guides: [
            "broken.yaml": """
            id: broken
            title: Broken
            summary: Has problems.
            methods:
              - id: only
                title: Only
                steps:
                  - id: first
                    txet: Open the app.
                  - id: pause
                    wait: a while
            """
        ])
        let result = try runWaymark(["validate"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        assertSnapshot(result.stderr, named: "cli/validate-broken.txt")
        #expect(!FileManager.default.fileExists(atPath: project.url("Site").path), "validate writes nothing")
    }

    @Test func buildWithErrorsWritesNothingAndExitsOne() throws {
        let project = try TemporaryProject(guides: ["x.yaml": minimalGuide(id: "x", stepText: "Tap <script>alert(1)</script>.")])
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("Content/guides/x.yaml:9:19: error: raw HTML '<script>' in the step's text is not published as markup [markdown.raw-html]"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("The site was not written.\n"))
        #expect(!FileManager.default.fileExists(atPath: project.url("Site").path))
    }

    @Test func jsonFormatPrintsTheVersionedDocument() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "b")])
        let result = try runWaymark(["validate", "--format", "json"], in: project.root)
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["rule"] as? String == "guide.file-name-mismatch")
        #expect(diagnostics.first?["line"] as? Int == 1)
        #expect(diagnostics.first?["column"] as? Int == 5)
        #expect(diagnostics.first?["severity"] as? String == "warning")
    }

    @Test func strictValidationFailsOnWarnings() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "b")])
        #expect(try runWaymark(["validate", "--strict"], in: project.root).status == 1)
    }

    @Test(arguments: [["build", "--bogus"], ["frobnicate"], ["validate", "--format", "xml"], []])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(arguments, in: project.root)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["build", "--help"], ["validate", "--help"], ["help", "build"], ["--version"]])
    func helpIsAvailableEverywhere(_ arguments: [String]) throws {
        let result = try runWaymark(arguments, in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }

    @Test func aForeignOutputFolderIsAnIOErrorExitingTwo() throws {
        let project = try TemporaryProject.seed()
        try project.write("Site/keep.txt", "mine")
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("[site.foreign-output]"))
        #expect(project.tree() == ["keep.txt": Data("mine".utf8)])
    }
}
