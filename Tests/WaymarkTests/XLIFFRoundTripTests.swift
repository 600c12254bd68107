import Foundation
import Testing
import WaymarkTestSupport

/// An XLIFF 2.0 export read by translate-toolkit (its Xliff2File store), converted to a PO
/// store and back into XLIFF 2.0, and imported: the catalogs come back byte for byte.
@Suite struct XLIFFRoundTripTests {
    static let script = """
        import sys
        from translate.storage import xliff2, po
        source, middle, out = sys.argv[1:4]
        store = xliff2.Xliff2File.parsefile(source)
        catalog = po.pofile()
        for unit in store.units:
            if not unit.source: continue
            entry = catalog.addsourceunit(unit.source)
            entry.setcontext(unit.getid())
            entry.target = unit.target or ""
        open(middle, "wb").write(bytes(catalog))
        back = po.pofile.parsefile(middle)
        targets = {unit.getcontext(): unit.target for unit in back.units if not unit.isheader()}
        fresh = xliff2.Xliff2File.parsefile(source)
        for unit in fresh.units:
            if unit.source: unit.target = targets.get(unit.getid(), "")
        open(out, "wb").write(bytes(fresh))
        print(len(targets))
        """

    @Test(arguments: ["ar", "he", "ja", "de"])
    func exportThroughTranslateToolkitAndBackIsLossless(_ locale: String) throws {
        let python = URL(fileURLWithPath: PofilterTests.pofilter).deletingLastPathComponent().appendingPathComponent("python").path
        try #require(FileManager.default.isExecutableFile(atPath: PofilterTests.pofilter), "translate-toolkit is not installed; run `make tools`")
        let project = try TemporaryProject.seedWithLocales()
        let catalogPath = "Content/locales/\(locale)/disconnect-whatsapp-account.po"
        let original = try project.read(catalogPath)
        #expect(try runWaymark(["l10n", "export", "--format", "xliff", "--locale", locale], in: project.root).status == 0)
        try project.write("roundtrip.py", Self.script)
        let converted = try runTool(
            python,
            [
                project.url("roundtrip.py").path, project.url("Exports/\(locale).xlf").path,
                project.url("middle.po").path, project.url("Exports/back.xlf").path,
            ])
        #expect(converted.status == 0 && converted.output.hasPrefix("45"), "\(converted.output)")
        #expect(try runTool("xmllint", ["--noout", "--nonet", "--schema", try xliffSchema(), project.url("Exports/back.xlf").path]).status == 0)
        // Empty every translation, then import what came back through translate-toolkit.
        let emptied = original.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("msgstr \"") && $0 != "msgstr \"\"" && !original.hasPrefix(String($0)) ? "msgstr \"\"" : String($0) }
            .joined(separator: "\n")
        try project.write(catalogPath, emptied)
        #expect(try project.read(catalogPath) != original)
        let imported = try runWaymark(["l10n", "import", "Exports/back.xlf"], in: project.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try project.read(catalogPath) == original, "the catalog after the round trip is the original")
    }
}
