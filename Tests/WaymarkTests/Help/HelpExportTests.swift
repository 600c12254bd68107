import Foundation
import Testing
import WaymarkExport
import WaymarkHelp
import WaymarkTestSupport

/// `waymark export` as a release pipeline runs it: byte-identical bundles, typed refusals of
/// changed, too-old and too-new bundles, updates, partial translations, and bad input.
@Suite struct HelpExportTests {
    @Test func twoExportsOfTheSameContentAreByteIdentical() throws {
        let first = try ExportedBundle(["--archive", "help.tar"])
        let second = try ExportedBundle(["--archive", "help.tar", "--output", "Other"])
        #expect(first.result.status == 0 && second.result.status == 0, "\(first.result.stderr)\(second.result.stderr)")
        let (a, b) = (TemporaryProject.tree(at: first.folder), TemporaryProject.tree(at: second.project.url("Other")))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between two exports") }
        #expect(a["search.sqlite"].map { $0.count % 4096 == 0 } == true, "whole 4096-byte pages")
        let archive = try Data(contentsOf: first.project.url("help.tar"))
        #expect(try archive == Data(contentsOf: second.project.url("help.tar")))
        #expect(first.result.stdout.contains("Exported 1 guide in 8 locales"), "\(first.result.stdout)")
    }

    @Test func theSearchDatabaseIsBuiltWithoutAJournalOrTimestamps() throws {
        let (exported, _) = try ExportedBundle.shared()
        let data = try Data(contentsOf: exported.folder.appendingPathComponent("search.sqlite"))
        #expect(data.prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(data[16] == 0x10 && data[17] == 0x00, "page size 4096")
        let files = try FileManager.default.contentsOfDirectory(atPath: exported.folder.path)
        #expect(!files.contains { $0.hasSuffix("-journal") || $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(files)")
    }

    @Test func everyFileButTheManifestIsListedWithItsDigest() throws {
        let (exported, bundle) = try ExportedBundle.shared()
        let tree = TemporaryProject.tree(at: exported.folder).filter { !$0.key.hasPrefix(".") }
        #expect(Set(bundle.manifest.files.map(\.path)) == Set(tree.keys).subtracting(["manifest.json"]))
        for file in bundle.manifest.files {
            #expect(file.size == tree[file.path]?.count)
            #expect(file.sha256.count == 64)
        }
    }

    // MARK: Refusals

    /// Every file of the bundle, each with one byte changed: the library refuses the bundle and names the file.
    @Test func aChangedByteInAnyFileIsRefused() throws {
        let (exported, bundle) = try ExportedBundle.shared()
        for file in bundle.manifest.files {
            let copy = try exported.copy()
            let url = copy.appendingPathComponent(file.path)
            var data = try Data(contentsOf: url)
            data[data.count / 2] ^= 0x20
            try data.write(to: url)
            #expect(throws: HelpBundleError.tampered(path: file.path, reason: "does not match its SHA-256 digest")) { try HelpBundle(contentsOf: copy) }
            try FileManager.default.removeItem(at: copy)
        }
    }

    @Test func aMissingFileAnAddedByteAndAForgedDigestAreRefused() throws {
        let (exported, _) = try ExportedBundle.shared()
        let missing = try exported.copy()
        try FileManager.default.removeItem(at: missing.appendingPathComponent("pt-BR/disconnect-whatsapp-account.json"))
        #expect(throws: HelpBundleError.tampered(path: "pt-BR/disconnect-whatsapp-account.json", reason: "is missing")) { try HelpBundle(contentsOf: missing) }

        let longer = try exported.copy()
        let handle = try FileHandle(forWritingTo: longer.appendingPathComponent("context.json"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" ".utf8))
        try handle.close()
        #expect(throws: HelpBundleError.self) { try HelpBundle(contentsOf: longer) }

        // A manifest that points a guide at a path outside the bundle.
        let escaping = try exported.copy()
        let manifestURL = escaping.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifestURL, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"path\" : \"context.json\"", with: "\"path\" : \"../context.json\"").utf8).write(to: manifestURL)
        #expect(throws: HelpBundleError.tampered(path: "../context.json", reason: "is not a path inside the bundle")) { try HelpBundle(contentsOf: escaping) }
    }

    @Test(arguments: [(0, HelpBundleError.tooOld(schemaVersion: 0, oldestReadable: 1)), (2, HelpBundleError.tooNew(schemaVersion: 2, newestReadable: 1))])
    func aBundleOfAnotherSchemaVersionIsATypedError(version: Int, expected: HelpBundleError) throws {
        let (exported, _) = try ExportedBundle.shared()
        let copy = try exported.copy()
        let url = copy.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \(version)").utf8).write(to: url)
        #expect(throws: expected) { try HelpBundle(contentsOf: copy) }
        #expect(expected.description.contains(version == 0 ? "export the bundle again" : "update WaymarkHelp"))
    }

    @Test func noBundleAndNotABundleAreTypedErrors() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        #expect(throws: HelpBundleError.missing(path: project.url("Nothing").path)) { try HelpBundle(contentsOf: project.url("Nothing")) }
        try project.write("Fake/manifest.json", "{\"format\": \"something-else\", \"schemaVersion\": 1}")
        #expect(throws: HelpBundleError.self) { try HelpBundle(contentsOf: project.url("Fake")) }
        try project.write("Broken/manifest.json", "not json")
        #expect(throws: HelpBundleError.malformedManifest(reason: "it is not a JSON object")) { try HelpBundle(contentsOf: project.url("Broken")) }
    }

    // MARK: Updates

    @Test func theNewestValidBundleIsPicked() throws {
        let shipped = try ExportedBundle(["--output", "Shipped"])
        let project = shipped.project
        let update = try runWaymark(["export", "--root", project.root.path, "--output", "Update", "--date", "2026-12-01", "--content-version", "2026.12.1"], in: project.root)
        let later = try runWaymark(["export", "--root", project.root.path, "--output", "Tampered", "--date", "2026-12-24", "--content-version", "2026.12.2"], in: project.root)
        #expect(update.status == 0 && later.status == 0, "\(update.stderr)\(later.stderr)")
        try Data("changed".utf8).write(to: project.url("Tampered/help.css"))
        let folders = ["Shipped", "Update", "Tampered"].map { project.url($0) }
        let newest = try HelpBundle.newest(of: folders)
        #expect(newest.manifest.content == .init(version: "2026.12.1", date: "2026-12-01"), "the tampered newer bundle is skipped")
        #expect(newest.url.lastPathComponent == "Update")
        #expect(throws: HelpBundleError.self) { try HelpBundle.newest(of: [project.url("Tampered"), project.url("Nowhere")]) }
    }

    // MARK: Partial translations

    @Test func anUntranslatedTextIsMarkedAndCounted() throws {
        let project = try TemporaryProject.seedWithLocales()
        let po = try project.read("Content/locales/pt-BR/disconnect-whatsapp-account.po")
        let marker = "msgctxt \"coexistence.choose-connection.text\"\n"
        let start = try #require(po.range(of: marker))
        let msgstr = try #require(po.range(of: "msgstr \"", range: start.upperBound..<po.endIndex))
        let end = try #require(po.range(of: "\n", range: msgstr.upperBound..<po.endIndex))
        try project.write("Content/locales/pt-BR/disconnect-whatsapp-account.po", po.replacingCharacters(in: msgstr.lowerBound..<end.lowerBound, with: "msgstr \"\""))
        let exported = try ExportedBundle(project: project)
        let bundle = try exported.open()
        let locale = try #require(bundle.manifest.locales.first { $0.tag == "pt-BR" })
        #expect(locale.completeness.missing == 1 && locale.completeness.percent < 100)
        #expect(locale.guides.first?.translation == "partial")
        let step = try #require(try bundle.guide("disconnect-whatsapp-account", locale: "pt-BR").methods[0].steps.first { $0.id == "choose-connection" })
        #expect(step.text.language == "en" && step.text.text == "Tap the connection you want to remove.")
        #expect(try bundle.guide("disconnect-whatsapp-account", locale: "pt-BR").methods[0].steps[2].text.language == nil)
    }

    // MARK: Bad input

    @Test func aBrokenGuideWritesNoBundle() throws {
        let project = try TemporaryProject.withModel(guides: ["broken.yaml": minimalGuide(id: "broken").replacingOccurrences(of: "text:", with: "txet:")])
        let result = try runWaymark(["export", "--root", project.root.path], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/guides/broken.yaml:") && result.stderr.contains("The bundle was not written."), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url("HelpBundle").path))
    }

    @Test func theBundleMayNotReplaceSourcesOrAForeignFolder() throws {
        let project = try TemporaryProject.seedWithLocales()
        let overlap = try runWaymark(["export", "--root", project.root.path, "--output", project.url("Content").path], in: project.root)
        #expect(overlap.status == 2 && overlap.stderr.contains("[site.output-overlaps-sources]"), "\(overlap.stderr)")
        try project.write("Mine/notes.txt", "keep me")
        let foreign = try runWaymark(["export", "--root", project.root.path, "--output", "Mine"], in: project.root)
        #expect(foreign.status == 2 && foreign.stderr.contains("[site.foreign-output]"), "\(foreign.stderr)")
        #expect(try project.read("Mine/notes.txt") == "keep me")
        let inside = try runWaymark(["export", "--root", project.root.path, "--archive", "HelpBundle/help.tar"], in: project.root)
        #expect(inside.status == 2 && inside.stderr.contains("[export.write-failed]"), "\(inside.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url("HelpBundle").path), "nothing written")
        let badDate = try runWaymark(["export", "--root", project.root.path, "--date", "2026-13-01"], in: project.root)
        #expect(badDate.status == 2 && badDate.stderr.contains("--date takes a date"), "\(badDate.stderr)")
    }

    @Test func aReExportReplacesItsOwnBundle() throws {
        let exported = try ExportedBundle()
        let again = try runWaymark(["export", "--root", exported.project.root.path], in: exported.project.root)
        #expect(again.status == 0, "\(again.stderr)")
        _ = try HelpBundle(contentsOf: exported.folder)
    }
}

/// A downloaded archive installed over the shipped bundle, as the README's update flow does.
@Suite struct HelpInstallTests {
    @Test func anArchiveIsUnpackedVerifiedAndPutInPlace() throws {
        let exported = try ExportedBundle(["--archive", "Help.tar", "--date", "2026-12-01", "--content-version", "2"])
        #expect(exported.result.status == 0, "\(exported.result.stderr)")
        let archive = try Data(contentsOf: exported.project.url("Help.tar"))
        let installed = try HelpBundle.install(archive: archive, into: exported.project.url("Caches/Help"))
        #expect(installed.manifest.content.version == "2")
        #expect(try installed.search("partners", locale: "es").first?.step == "open-partners")

        // A changed byte inside the archive: refused, and the installed bundle stays.
        var changed = archive
        let offset = try #require(changed.range(of: Data("Socios".utf8))).lowerBound
        changed[offset] = UInt8(ascii: "Z")
        #expect(throws: HelpBundleError.self) { try HelpBundle.install(archive: changed, into: exported.project.url("Caches/Help")) }
        #expect(try HelpBundle(contentsOf: exported.project.url("Caches/Help")).manifest.content.version == "2")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: exported.project.url("Caches").path)
        #expect(leftovers == ["Help"], "no staging folder is left: \(leftovers)")
    }

    @Test func anArchiveThatLeavesItsFolderIsRefused() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        let evil = TarArchive.archive([HelpExport.File(path: "a/../../evil.txt", data: Data("x".utf8))], modified: 0)
        let error = #expect(throws: HelpBundleError.self) { try HelpBundle.install(archive: evil, into: project.url("Help")) }
        #expect(error.map { "\($0)" }?.hasSuffix("is not a path inside the bundle") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: project.root.deletingLastPathComponent().appendingPathComponent("evil.txt").path))
        #expect(throws: HelpBundleError.self) { try HelpBundle.install(archive: Data("not a tar".utf8), into: project.url("Help")) }
    }
}
