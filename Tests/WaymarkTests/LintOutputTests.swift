import Foundation
import Testing
import WaymarkTestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `waymark lint` in each output format on a guide with errors and warnings, as the real binary.
@Suite struct LintOutputTests {
    /// A guide with three errors (two check errors, an unknown key) and seven warnings (style, an unmapped step).
    static let brokenGuide = """
        id: reconnect-number
        title: Reconnect a WhatsApp number
        summary: Connect the number again after you disconnected it.
        methods:
          - id: app
            title: In the WhatsApp Business app
            surface: whatsapp-business-app
            steps:
              - id: open-app
                action: open-app
                text: You should open the **WhatsApp Business** app.
              - id: open-settings
                action: tap
                target: settings-tab
                platforms: [ios]
                text: "Note: tap **Settings**."
              - id: open-account
                action: tap
                target: account
                text: Tap **Acount** and then tap **Business Platform**.
              - id: wait-a-bit
                text: Wait 2 minutes for WhatsApp to release the number.
              - id: reconnect
                action: tap
                target: reconnect-button
                colour: blue

        """

    static func project() throws -> TemporaryProject {
        try TemporaryProject.withModel(guides: ["reconnect-number.yaml": brokenGuide])
    }

    static let today = ["--today", "2026-11-27"]

    @Test(arguments: ["text", "json", "github", "sarif", "junit"])
    func matchesTheGoldenOutput(format: String) throws {
        let project = try Self.project()
        let result = try runWaymark(["lint", "--format", format] + Self.today, in: project.root, environment: ["GITHUB_STEP_SUMMARY": ""])
        #expect(result.status == 1, "errors fail the run: \(result.stderr)")
        let output = format == "text" ? result.stderr : result.stdout
        assertSnapshot(output, named: "lint/broken.\(format == "text" ? "txt" : format == "junit" ? "xml" : format == "github" ? "github.txt" : "\(format).json")")
    }

    @Test func sarifIsValidAgainstTheOfficialSchemaAndItsRuleIndexesMatch() throws {
        let project = try Self.project()
        let result = try runWaymark(["lint", "--format", "sarif", "--output", "lint.sarif"] + Self.today, in: project.root)
        #expect(result.status == 1)
        let sarifKit = TestPaths.repository.appendingPathComponent(".venv-tools/bin/sarif-kit").path
        try #require(FileManager.default.isExecutableFile(atPath: sarifKit), "sarif-kit is missing; run `make tools`")
        let validation = try runTool(sarifKit, ["validate", project.url("lint.sarif").path])
        #expect(validation.status == 0, "sarif-kit: \(validation.output)")

        let data = try Data(contentsOf: project.url("lint.sarif"))
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 10)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int, "\(id) has no ruleIndex")
            #expect(rules[index]["id"] as? String == id, "ruleIndex \(index) names \(rules[index]["id"] ?? "?"), not \(id)")
            #expect(((rules[index]["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
        }
        let withFix = try #require(results.first { $0["ruleId"] as? String == "style.label-mismatch" })
        let fixes = try #require(withFix["fixes"] as? [[String: Any]])
        #expect(fixes.count == 2, "both fix-its become fixes")
    }

    @Test func junitParsesBackWithEveryFindingWarningsIncluded() throws {
        let project = try Self.project()
        let result = try runWaymark(["lint", "--format", "junit"] + Self.today, in: project.root)
        let parsed = try JUnitReading(Data(result.stdout.utf8))
        #expect(parsed.failureTypes.filter { $0 == "error" }.count == 3)
        #expect(parsed.failureTypes.filter { $0 == "warning" }.count == 7, "warnings are kept")
        #expect(parsed.suites.contains("Content/guides/reconnect-number.yaml"))
        #expect(parsed.suites.contains("Content/model/whatsapp-business-app.yaml"), "clean files are suites with a passing case")
        #expect(parsed.totalTests == parsed.cases)
    }

    @Test func githubAnnotationsStopAtTenPerSeverityAndTheRestGoesToTheJobSummary() throws {
        var guides: [String: String] = [:]
        for n in 1...12 {
            // Each guide: one error (unknown key) and one warning (no outcome).
            guides["guide-\(n).yaml"] = minimalGuide(id: "guide-\(n)") + "\n        colour: blue\n"
        }
        let project = try TemporaryProject(guides: guides)
        let summary = project.url("summary.md")
        try Data("# Earlier step\n".utf8).write(to: summary)
        let result = try runWaymark(["lint", "--format", "github"], in: project.root, environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
        #expect(
            lines.first { $0.hasPrefix("::error ") }
                == "::error file=Content/guides/guide-1.yaml,line=10,col=9,endColumn=15,title=guide.unknown-key::unknown key 'colour' in a step%0Aallowed keys in a step: id, text, action, target, platforms, url, optional, result, choices, callouts, steps, lint-ignore, actor, channel, image, surface, navigate, if, otherwise, when, done, expect, value, variants, for-each, not-applicable"
        )
        let written = try String(contentsOf: summary, encoding: .utf8)
        #expect(written.hasPrefix("# Earlier step\n## Waymark lint\n"), "the summary is appended, not replaced")
        #expect(written.contains("12 errors, 12 warnings, 0 notes"))
        #expect(written.contains("| error | `Content/guides/guide-9.yaml:10:9` | `guide.unknown-key` |"))
        #expect(written.components(separatedBy: "\n| ").count - 1 == 4 + 2, "the 4 findings past the limit, plus the header and separator rows")
    }

    @Test func githubEscapesPropertiesAndMessages() throws {
        let project = try TemporaryProject(guides: ["a,b.yaml": minimalGuide(id: "a-b")])
        let result = try runWaymark(["lint", "--format", "github"], in: project.root)
        #expect(result.stdout.contains("file=Content/guides/a%2Cb.yaml"), "\(result.stdout)")
    }

    @Test func pathsAreRelativeToTheWorkingFolderForAProjectInASubfolder() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a") + "\n        colour: blue\n"])
        let parent = project.root.deletingLastPathComponent()
        let name = project.root.lastPathComponent
        let github = try runWaymark(["lint", "--root", name, "--format", "github"], in: parent)
        #expect(github.stdout.contains("::error file=\(name)/Content/guides/a.yaml,line=10,col=9"), "\(github.stdout)")
        let text = try runWaymark(["lint", "--root", name], in: parent)
        #expect(text.stderr.contains("\(name)/Content/guides/a.yaml:10:9: error: unknown key 'colour'"), "\(text.stderr)")
    }

    @Test func aFindingAboutTheWholeProjectStillHasALocationInSARIF() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        try project.write("waymark.yml", "locales: [fr]\n")
        let result = try runWaymark(["lint", "--format", "sarif"], in: project.root)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        let unsupported = try #require(results.first { $0["ruleId"] as? String == "config.invalid-value" })
        let location = try #require((unsupported["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "waymark.yml")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 1)
        for result in results { #expect((result["locations"] as? [Any])?.count == 1, "GitHub rejects a result without a location") }
    }

    @Test func aReportIsNeverWrittenOverTheProjectOrIntoTheSite() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        try project.write("waymark.yml", "rules: {}\n")
        try FileManager.default.createDirectory(at: project.url("reports"), withIntermediateDirectories: true)
        for (output, reason) in [
            ("waymark.yml", "that is the project's configuration"), ("Content/guides/report.yaml", "it is inside Content/guides, among the project's sources"),
            ("Site/lint.sarif", "it is inside the site folder, which `waymark build` replaces"), ("reports", "it is a folder; name a file"),
        ] {
            let result = try runWaymark(["lint", "--format", "junit", "--output", output], in: project.root)
            #expect(result.status == 2, "\(output)")
            #expect(result.stderr == "error: --output \(output): \(reason)\n", "\(result.stderr)")
        }
        #expect(try project.read("waymark.yml") == "rules: {}\n")
        #expect(try runWaymark(["lint", "--output", ""], in: project.root).status == 2)
        let written = try runWaymark(["lint", "--format", "junit", "--output", "reports/lint.xml"], in: project.root)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try project.read("reports/lint.xml").hasPrefix("<?xml"))
    }

    @Test func cleanContentPassesInEveryFormat() throws {
        let project = try TemporaryProject(guides: ["clean.yaml": minimalGuide(id: "clean") + "\noutcome:\n  text: You are done.\n"])
        for format in ["text", "json", "github", "sarif", "junit"] {
            let result = try runWaymark(["lint", "--strict", "--format", format], in: project.root)
            #expect(result.status == 0, "\(format): \(result.stdout)\(result.stderr)")
        }
    }
}

/// A JUnit report read back with Foundation's XML parser.
final class JUnitReading: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var failureTypes: [String] = []
    var cases = 0
    var totalTests = 0

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "testsuites": totalTests = Int(attributes["tests"] ?? "") ?? -1
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase": cases += 1
        case "failure": failureTypes.append(attributes["type"] ?? "")
        default: break
        }
    }
}
