import Foundation
import Testing
import WaymarkExport
import WaymarkHelp
import WaymarkTestSupport

/// The bundle read by independent clients: Python's `jsonschema` on the manifest, the
/// README's Python reader (standard `sqlite3`, `json`, `hashlib`), `tar`, and `waymark-help`.
@Suite struct HelpInteropTests {
    static let python = TestPaths.repository.appendingPathComponent(".venv-tools/bin/python")

    static func runPython(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "the Python of .venv-tools is missing; run `make tools`")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("python-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try runWaymark([scratch.path] + arguments, in: FileManager.default.temporaryDirectory, binary: python)
    }

    @Test func theCheckedInSchemaIsWhatTheCodeGenerates() throws {
        let url = TestPaths.repository.appendingPathComponent("schemas/help-bundle.schema.json")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(BundleSchema.manifest().utf8).write(to: url)
            Issue.record("Rewrote schemas/help-bundle.schema.json; unset RECORD_SNAPSHOTS and run again.")
            return
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == BundleSchema.manifest(), "run `waymark schema`")
    }

    @Test func theManifestValidatesAgainstItsSchemaAndAWrongOneDoesNot() throws {
        let (exported, _) = try ExportedBundle.shared()
        let schema = TestPaths.repository.appendingPathComponent("schemas/help-bundle.schema.json").path
        let broken = exported.project.url("broken-manifest.json")
        let text = try String(contentsOf: exported.folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"direction\" : \"rtl\"", with: "\"direction\" : \"sideways\"").utf8).write(to: broken)
        let result = try Self.runPython(
            """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            print(json.dumps([[e.message for e in validator.iter_errors(json.load(open(path)))] for path in sys.argv[2:]]))
            """, [schema, exported.folder.appendingPathComponent("manifest.json").path, broken.path])
        #expect(result.status == 0, "\(result.stderr)")
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
        #expect(errors.first == [], "the real manifest: \(errors)")
        #expect(errors.last?.count == 2 && errors.last?.allSatisfy { $0.contains("sideways") } == true, "Arabic and Hebrew: \(errors)")
    }

    /// The README's reader, in Python with its standard library only, answers as the Swift library does.
    static func readmeReader() throws -> String {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = readme[try #require(readme.range(of: "### The bundle format, for other platforms")).upperBound...]
        let start = try #require(section.range(of: "```python\n"))
        let end = try #require(section[start.upperBound...].range(of: "```"))
        return String(section[start.upperBound..<end.lowerBound])
    }

    @Test(arguments: HelpBundleTests.locales)
    func theReadmesPythonReaderAnswersTheSameQuery(locale: String) throws {
        let (exported, bundle) = try ExportedBundle.shared()
        let script = try Self.readmeReader()
        #expect(script.split(separator: "\n").count <= 22, "a short reader")
        let result = try Self.runPython(script, [exported.folder.path, "partners", locale])
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let swift = try bundle.search("partners", locale: locale).map { [$0.guide, $0.step ?? NSNull()] as [Any] }
        #expect((answer["search"] as? [[Any]])?.map { "\($0)" } == swift.map { "\($0)" })
        #expect(answer["context"] as? String == bundle.help(forSurface: "whatsapp-business-app", screen: "settings", locale: locale).first?.step)
    }

    @Test func theReadmesPythonReaderRefusesAChangedBundle() throws {
        let (exported, _) = try ExportedBundle.shared()
        let copy = try exported.copy()
        let url = copy.appendingPathComponent("es/disconnect-whatsapp-account.json")
        try Data((try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: "Socios", with: "Sócios").utf8).write(to: url)
        let result = try Self.runPython(try Self.readmeReader(), [copy.path, "partners", "es"])
        #expect(result.status != 0 && result.stderr.contains("es/disconnect-whatsapp-account.json was changed"), "\(result.stderr)")
    }

    @Test func theArchiveUnpacksWithTarIntoTheSameVerifiedBundle() throws {
        let exported = try ExportedBundle(["--archive", "Help.tar"])
        #expect(exported.result.status == 0, "\(exported.result.stderr)")
        let listing = try runTool("tar", ["-tvf", exported.project.url("Help.tar").path])
        #expect(listing.status == 0, "\(listing.output)")
        #expect(listing.output.contains("manifest.json") && listing.output.contains("pt-BR/disconnect-whatsapp-account.json"))
        #expect(listing.output.contains("2026-11-20"), "entries are dated with the content's date: \(listing.output)")
        let target = exported.project.url("Unpacked")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let unpacked = try runTool("tar", ["-xf", exported.project.url("Help.tar").path, "-C", target.path])
        #expect(unpacked.status == 0, "\(unpacked.output)")
        let bundle = try HelpBundle(contentsOf: target)
        #expect(try bundle.search("partners", locale: "ar").first?.step == "open-partners")
        let original = TemporaryProject.tree(at: exported.folder).filter { !$0.key.hasPrefix(".") }
        #expect(TemporaryProject.tree(at: target) == original)
    }

    // MARK: waymark-help

    @Test func waymarkHelpSearchesGivesContextShowsAGuideAndVerifies() throws {
        let (exported, _) = try ExportedBundle.shared()
        let folder = exported.project.root
        let search = try runWaymark(["search", "partners", "--locale", "pt-BR"], in: folder, binary: waymarkHelpBinary)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(
            search.stdout.hasPrefix(
                "1. Desconectar uma conta do WhatsApp de outra plataforma ou portfólio [pt-BR/disconnect-whatsapp-account.html#open-partners]\n   Abra a guia Parceiros.\n"),
            "\(search.stdout)")
        let context = try runWaymark(["context", "whatsapp-business-app/chats", "--platform", "ios"], in: folder, binary: waymarkHelpBinary)
        #expect(context.status == 0 && context.stdout.hasPrefix("1. Tap Settings. — "), "\(context.stdout)\(context.stderr)")
        #expect(context.stdout.contains("[en/disconnect-whatsapp-account.html#open-settings-ios] (tap settings-tab; ios)"), "\(context.stdout)")
        let guide = try runWaymark(["guide", "disconnect-whatsapp-account", "--locale", "es"], in: folder, binary: waymarkHelpBinary)
        #expect(guide.status == 0 && guide.stdout.contains("\n3. Toca Cuenta.\n"), "\(guide.stdout)")
        let verify = try runWaymark(["verify", "HelpBundle"], in: folder, binary: waymarkHelpBinary)
        #expect(verify.status == 0 && verify.stdout.hasPrefix("valid: 38 files verified, schema version 1"), "\(verify.stdout)")
        let copy = try exported.copy()
        try Data("x".utf8).write(to: copy.appendingPathComponent("viewer.js"))
        let tampered = try runWaymark(["verify", copy.path], in: folder, binary: waymarkHelpBinary)
        #expect(tampered.status == 1 && tampered.stderr.contains("viewer.js has 1 bytes"), "\(tampered.stderr)")
        let nothing = try runWaymark(["search", "zzzz"], in: folder, binary: waymarkHelpBinary)
        #expect(nothing.status == 1 && nothing.stderr == "no results for 'zzzz' in en\n")
        let usage = try runWaymark(["frobnicate"], in: folder, binary: waymarkHelpBinary)
        #expect(usage.status == 2 && usage.stderr.contains("usage: waymark-help"))
    }
}
