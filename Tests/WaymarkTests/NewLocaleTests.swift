import Foundation
import Testing
import WaymarkBase
import WaymarkL10n
import WaymarkTestSupport

/// A language is data: a locale is added with the command line and catalogs only, no Swift.
@Suite struct NewLocaleTests {
    /// Swahili, which Waymark ships no interface strings for: `l10n update --locale sw` creates
    /// the guide's catalog and `_interface.po`; translating a few interface strings puts them on
    /// the built pages, and the warning that named the command is gone.
    @Test func aLanguageWaymarkDoesNotShipIsAddedWithTheCommandLineAndACatalog() throws {
        let project = try TemporaryProject.seed()
        let update = try runWaymark(["l10n", "update", "--locale", "sw", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        let interfacePath = "Content/locales/sw/_interface.po"
        var interface = try project.read(interfacePath)
        #expect(FileManager.default.fileExists(atPath: project.url("Content/locales/sw/disconnect-whatsapp-account.po").path))
        #expect(interface.contains("\"Plural-Forms: nplurals=2; plural=(n == 1) ? 0 : 1;\\n\""), "CLDR's Swahili rules: \(interface.prefix(600))")
        #expect(interface.contains("msgctxt \"callout.tip\"\nmsgid \"Tip\"\nmsgstr \"\""))
        #expect(try runTool("msgfmt", ["--check", "-o", "/dev/null", project.url(interfacePath).path]).status == 0)

        // Before translating: the locale builds, with a warning that says what to do.
        let before = try runWaymark(["validate"], in: project.root)
        #expect(!before.stderr.contains("l10n.missing-interface"), "the catalog exists now: \(before.stderr)")

        // A translator fills in a few strings, a plural among them, in any PO editor.
        for (key, english, swahili) in [
            ("callout.tip", "Tip", "Kidokezo"), ("site.title", "Help Center", "Kituo cha Msaada"),
            ("language.name", "English", "Kiswahili"),
        ] {
            interface = interface.replacingOccurrences(
                of: "msgctxt \"\(key)\"\nmsgid \"\(english)\"\nmsgstr \"\"",
                with: "msgctxt \"\(key)\"\nmsgid \"\(english)\"\nmsgstr \"\(swahili)\"")
        }
        interface = interface.replacingOccurrences(
            of: "msgid_plural \"{n} minutes\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"",
            with: "msgid_plural \"{n} minutes\"\nmsgstr[0] \"dakika {n}\"\nmsgstr[1] \"dakika {n}\"")
        interface = interface.replacingOccurrences(
            of: "msgctxt \"wait.for\"\nmsgid \"Wait {duration}\"\nmsgstr \"\"",
            with: "msgctxt \"wait.for\"\nmsgid \"Wait {duration}\"\nmsgstr \"Subiri {duration}\"")
        try project.write(interfacePath, interface)

        let build = try runWaymark(["build", "--allow-check-errors"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try project.read("Site/sw/disconnect-whatsapp-account/index.html")
        #expect(page.contains("<html lang=\"sw\""))
        #expect(page.contains("Kituo cha Msaada"))
        let index = try project.read("Site/index.html")
        #expect(index.contains("Kiswahili"))
        #expect(!build.stderr.contains("l10n.missing-interface"))
    }

    /// German has Waymark's strings: `update --locale de` writes only the guide's catalog, and the
    /// pages are in German around the (not yet translated) guide.
    @Test func aShippedLanguageNeedsOnlyItsGuideCatalogs() throws {
        let project = try TemporaryProject.seed()
        let update = try runWaymark(["l10n", "update", "--locale", "de", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url("Content/locales/de/_interface.po").path))
        let build = try runWaymark(["build", "--allow-check-errors"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try project.read("Site/de/disconnect-whatsapp-account/index.html")
        #expect(page.contains("Zum Inhalt springen"))
        #expect(page.contains("Teile dieser Seite sind noch nicht übersetzt."))
    }

    /// A locale with no catalog at all along its chain is reported with the command that creates one.
    @Test func aLocaleWithoutInterfaceStringsIsReportedWithTheCommand() throws {
        let project = try TemporaryProject.seed()
        try project.write("Content/locales/sw/disconnect-whatsapp-account.po", "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n")
        let result = try runWaymark(["validate"], in: project.root)
        #expect(result.stderr.contains("warning: no interface strings for 'sw'"), "\(result.stderr)")
        #expect(result.stderr.contains("run `waymark l10n update --locale sw` to create Content/locales/sw/_interface.po"), "\(result.stderr)")
    }

    /// Tags match ignoring case: a folder `pt-br` is the locale pt-BR, and its catalogs are written back into it.
    @Test func localeFoldersMatchIgnoringCase() throws {
        let project = try TemporaryProject.seedWithLocales()
        try FileManager.default.moveItem(at: project.url("Content/locales/pt-BR"), to: project.url("Content/locales/pt-br"))
        let update = try runWaymark(["l10n", "update", "--locale", "PT-br", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url("Content/locales/pt-BR").path))
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.url("Site/pt-BR/disconnect-whatsapp-account/index.html").path))
    }
}
