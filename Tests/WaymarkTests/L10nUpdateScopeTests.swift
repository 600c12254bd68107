import Foundation
import Testing
import WaymarkTestSupport

/// `waymark l10n update --locale X` creates or merges X's catalogs and the templates only (issue 16):
/// another locale's files are not written at all, not even with the same bytes.
@Suite struct L10nUpdateScopeTests {
    static let guide = "disconnect-whatsapp-account"
    static let oldText = "Open the business portfolio that the previous connection used."
    static let newText = "Open the Meta business portfolio that the previous connection used."
    /// Long before any test runs: a file written by the command has a later modification time.
    static let old = Date(timeIntervalSince1970: 1_000_000_000)

    /// A project interface catalog with one translated entry: `update` merges in every other key.
    static func interfaceCatalog(_ locale: String, languageName: String) -> String {
        """
        msgid ""
        msgstr ""
        "Project-Id-Version: waymark interface\\n"
        "Language: \(locale)\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        msgctxt "language.name"
        msgid "English"
        msgstr "\(languageName)"

        """
    }

    /// The seed in two locales, de and fr, each with its guide catalog and an interface catalog
    /// that lacks most keys; then one source step changes, and every file is dated `old`.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject.seed()
        for (locale, name) in [("de", "Deutsch"), ("fr", "Français")] {
            let catalog = TestPaths.project.appendingPathComponent("Content/locales/\(locale)/\(guide).po")
            try project.write("Content/locales/\(locale)/\(guide).po", try String(contentsOf: catalog, encoding: .utf8))
            try project.write("Content/locales/\(locale)/_interface.po", interfaceCatalog(locale, languageName: name))
        }
        let path = "Content/guides/\(guide).yaml"
        let text = try project.read(path)
        #expect(text.contains(oldText))
        try project.write(path, text.replacingOccurrences(of: oldText, with: newText))
        for file in project.tree("Content/locales").keys {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: project.url("Content/locales/\(file)").path)
        }
        return project
    }

    /// A file's bytes, modification time and inode (a rename puts a new inode in its place).
    struct Stamp: Equatable {
        var bytes: Data
        var modified: Date
        var inode: UInt64
    }

    static func stamps(_ project: TemporaryProject, _ folder: String) throws -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        for (file, bytes) in project.tree(folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: project.url("\(folder)/\(file)").path)
            result[file] = Stamp(
                bytes: bytes, modified: try #require(attributes[.modificationDate] as? Date),
                inode: try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value))
        }
        return result
    }

    @Test func updateWithALocaleWritesOnlyThatLocaleAndTheTemplates() throws {
        let project = try Self.project()
        let french = try Self.stamps(project, "Content/locales/fr")
        #expect(french.keys.sorted() == ["_interface.po", "\(Self.guide).po"])
        let german = try Self.stamps(project, "Content/locales/de")

        let update = try runWaymark(["l10n", "update", "--locale", "de", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(!update.stdout.contains("locales/fr/"), "\(update.stdout)")

        #expect(try Self.stamps(project, "Content/locales/fr") == french, "fr's catalogs are not written, not even with the same bytes")
        let germanAfter = try Self.stamps(project, "Content/locales/de")
        #expect(germanAfter.keys.sorted() == german.keys.sorted())
        for (file, stamp) in germanAfter {
            #expect(stamp.modified > Self.old && stamp.bytes != german[file]?.bytes, "de/\(file) is merged")
        }
        let catalog = try project.read("Content/locales/de/\(Self.guide).po")
        #expect(catalog.contains("#| msgid \"\(Self.oldText)\"") && catalog.contains("msgid \"\(Self.newText)\""), "the changed step is fuzzy")
        let interface = try project.read("Content/locales/de/_interface.po")
        #expect(interface.contains("msgctxt \"site.title\"") && interface.contains("msgstr \"Deutsch\""))
        let templates = try Self.stamps(project, "Content/locales/templates")
        #expect(templates.keys.sorted() == ["_interface.pot", "\(Self.guide).pot"])
        #expect(try project.read("Content/locales/templates/\(Self.guide).pot").contains("msgid \"\(Self.newText)\""))

        // Without --locale, every locale is merged, as before.
        let all = try runWaymark(["l10n", "update", "--today", "2026-12-01"], in: project.root)
        #expect(all.status == 0, "\(all.stderr)")
        let frenchAfter = try Self.stamps(project, "Content/locales/fr")
        for (file, stamp) in frenchAfter {
            #expect(stamp.modified > Self.old && stamp.bytes != french[file]?.bytes, "fr/\(file) is merged")
        }
        #expect(try project.read("Content/locales/fr/_interface.po").contains("msgctxt \"site.title\""))
    }
}
