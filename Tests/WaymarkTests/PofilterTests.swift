import Foundation
import Testing
import WaymarkTestSupport

/// translate-toolkit's pofilter, the checks translators' pipelines run, on every catalog:
/// the project's guide catalogs and Waymark's interface catalogs. `make tools` installs it
/// into .venv-tools; TRANSLATE_TOOLKIT_BIN points at another installation.
@Suite struct PofilterTests {
    static var pofilter: String {
        let folder =
            ProcessInfo.processInfo.environment["TRANSLATE_TOOLKIT_BIN"]
            ?? TestPaths.repository.appendingPathComponent(".venv-tools/bin").path
        return folder + "/pofilter"
    }

    /// Checks that apply to every catalog: markup, escapes, whitespace, URLs, e-mail addresses,
    /// repeated words, and plural forms against the catalog's own Plural-Forms.
    static let common = [
        "blank", "doublespacing", "doublewords", "emails", "escapes", "newlines", "nplurals", "printf", "tabs", "urls", "xmltags",
        "compendiumconflicts",
    ]
    /// Guide catalogs also keep their brackets, `{label}`-style placeholders and edge whitespace.
    static let guide = common + ["brackets", "pythonbraceformat", "startwhitespace", "endwhitespace"]

    static func failures(_ file: URL, tests: [String]) throws -> [String] {
        try #require(FileManager.default.isExecutableFile(atPath: pofilter), "pofilter is not installed; run `make tools`")
        let result = try runTool(pofilter, ["--progress=none"] + tests.flatMap { ["-t", $0] } + [file.path])
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").filter { $0.hasPrefix("# (pofilter)") }.map(String.init)
    }

    static let guideCatalogs: [String] = {
        let folder = TestPaths.repository.appendingPathComponent("Content/locales")
        return ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".po") }.sorted()
    }()

    @Test(arguments: guideCatalogs)
    func guideCatalogsPassPofilter(_ path: String) throws {
        let failures = try Self.failures(TestPaths.repository.appendingPathComponent("Content/locales/\(path)"), tests: Self.guide)
        #expect(failures.isEmpty, "\(path): \(failures)")
    }

    /// Interface catalogs leave out the checks that misread them: a plural form may spell its
    /// number out (Arabic دقيقتين, Hebrew שעתיים, no {n}), Chinese and Japanese join words without
    /// the English spaces, and French puts a no-break space before a colon.
    @Test(arguments: ShippedInterfaceCatalogTests.files)
    func interfaceCatalogsPassPofilter(_ file: String) throws {
        let failures = try Self.failures(ShippedInterfaceCatalogTests.folder.appendingPathComponent(file), tests: Self.common)
        #expect(failures.isEmpty, "\(file): \(failures)")
    }

    @Test func pofilterFindsWhatItChecks() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pofilter-\(UUID().uuidString).po")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"

        msgctxt "a"
        msgid "Tap {label} on <b>Home</b>."
        msgstr "Toque em {rótulo} na na <i>Início</i>."

        """.write(to: file, atomically: true, encoding: .utf8)
        let failures = try Self.failures(file, tests: Self.guide)
        #expect(
            failures.contains { $0.contains("pythonbraceformat") } && failures.contains { $0.contains("xmltags") }
                && failures.contains { $0.contains("doublewords") }, "\(failures)")
    }
}
