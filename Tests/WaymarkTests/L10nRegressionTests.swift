import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkRender
import WaymarkSite
import WaymarkTestSupport

/// Localization defects found in review; each stays fixed.
@Suite struct L10nRegressionTests {
    static let catalog = "Content/locales/es/disconnect-whatsapp-account.po"
    static let guidePath = "Content/guides/disconnect-whatsapp-account.yaml"

    static func update(_ project: TemporaryProject) {
        let report = L10nWorkflow.update(root: project.root, locales: [], today: "2026-11-27 00:00+0000")
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.headline))")
    }

    static func entry(_ project: TemporaryProject, _ key: String) throws -> POEntry? {
        POParser.parse(try project.read(catalog), file: catalog).0.entries.first { $0.context == key }
    }

    @Test func aStaleEntryStaysStaleThroughObsolescenceAndRevival() throws {
        let project = try TemporaryProject.seedWithLocales()
        let line = "    - You can safely create a new connection.\n"
        let original = try project.read(Self.guidePath)
        try project.write(Self.guidePath, original.replacingOccurrences(of: line, with: "    - You can now create a new connection.\n"))
        Self.update(project)
        try project.write(Self.guidePath, original.replacingOccurrences(of: line, with: ""))
        Self.update(project)
        #expect(try project.read(Self.catalog).contains("#~| msgid \"You can safely create a new connection.\""))
        try project.write(Self.guidePath, original.replacingOccurrences(of: line, with: "    - You can now create a new connection.\n"))
        Self.update(project)
        let revived = try #require(try Self.entry(project, "outcome.results.2"))
        #expect(revived.isFuzzy && !revived.isObsolete, "the translation was made for another text: still fuzzy")
        let check = try runTool("msgfmt", ["--check", "-o", "/dev/null", project.url(Self.catalog).path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func reimportingAnUntouchedExportKeepsStaleEntriesStale() throws {
        let project = try TemporaryProject.seedWithLocales()
        try project.write(Self.guidePath, try project.read(Self.guidePath).replacingOccurrences(of: "You can safely create", with: "You can now create"))
        Self.update(project)
        _ = L10nWorkflow.export(root: project.root, locales: [LocaleID("es")!], output: "Exports")
        let report = L10nWorkflow.importXLIFF(
            root: project.root, file: project.url("Exports/es.xlf"), displayPath: "Exports/es.xlf",
            overwrite: false, today: "2026-11-27 00:00+0000")
        #expect(report.diagnostics.isEmpty)
        #expect(try Self.entry(project, "outcome.results.2")?.isFuzzy == true)
    }

    @Test func deletingAListItemKeepsEachTranslationWithItsText() throws {
        let project = try TemporaryProject.seedWithLocales()
        let before = try #require(try Self.entry(project, "applies-when.3"))
        try project.write(Self.guidePath, try project.read(Self.guidePath).replacingOccurrences(of: "    - was used in another tool or platform\n", with: ""))
        Self.update(project)
        let moved = try #require(try Self.entry(project, "applies-when.2"))
        #expect(moved.msgid == before.msgid && moved.msgstr == before.msgstr && !moved.isFuzzy, "the third condition's translation moved with it")
    }

    @Test func crlfCatalogsAreRead() throws {
        let text = try String(contentsOf: TestPaths.project.appendingPathComponent(Self.catalog), encoding: .utf8)
        let (catalog, diagnostics) = POParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "x.po")
        #expect(diagnostics.isEmpty)
        #expect(catalog.entries.count == 45)
        #expect(catalog.entries.first?.msgidLocation?.line == 16)
    }

    @Test(arguments: [
        ("msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Uno\"\n\nmsgctxt \"a\"\nmsgid \"Two\"\nmsgstr \"Dos\"\n", "l10n.duplicate-entry"),
        ("msgctxt \"a\"\nmsgid \"One\"\n\nmsgctxt \"b\"\nmsgid \"Two\"\nmsgstr \"Dos\"\n", "l10n.po-syntax"),
        ("\u{FEFF}msgid \"\"\nmsgstr \"\"\n", "l10n.po-syntax"),
        ("msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"U\u{0B}no\"\n", "l10n.po-syntax"),
    ])
    func catalogsGettextWouldRejectAreReported(_ text: String, _ rule: String) {
        let (_, diagnostics) = POParser.parse(text, file: "x.po")
        #expect(diagnostics.map(\.ruleID).contains(rule), "\(diagnostics.map(\.headline))")
    }

    static func importing(_ xliff: String) throws -> [String] {
        let project = try TemporaryProject.seedWithLocales()
        try project.write("in.xlf", xliff)
        return L10nWorkflow.importXLIFF(
            root: project.root, file: project.url("in.xlf"), displayPath: "in.xlf", overwrite: false,
            today: "2026-11-27 00:00+0000"
        ).diagnostics.map(\.ruleID)
    }

    static func xliff(
        _ head: String = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">"#, target: String = "<target>Todo listo</target>"
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(head)
          <file id="disconnect-whatsapp-account">
            <unit id="outcome.title"><segment state="translated"><source>You're ready</source>\(target)</segment></unit>
          </file>
        </xliff>
        """
    }

    @Test func importRefusesWhatItCannotTrust() throws {
        #expect(try Self.importing(Self.xliff(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="en">"#)) == ["l10n.unsupported-locale"])
        #expect(try Self.importing(Self.xliff(#"<xliff version="2.0" srcLang="en" trgLang="es">"#)) == ["l10n.xliff-syntax"])
        #expect(
            try Self.importing(
                Self.xliff().replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", with: "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY i \"muy\">]>")) == [
                    "l10n.xliff-syntax"
                ])
    }

    @Test func aCDATATargetIsImported() throws {
        let project = try TemporaryProject.seedWithLocales()
        try project.write("in.xlf", Self.xliff(target: "<target><![CDATA[¡Listo!]]></target>"))
        let report = L10nWorkflow.importXLIFF(root: project.root, file: project.url("in.xlf"), displayPath: "in.xlf", overwrite: true, today: "2026-11-27 00:00+0000")
        #expect(report.diagnostics.isEmpty)
        #expect(try Self.entry(project, "outcome.title")?.msgstr == "¡Listo!")
    }

    @Test func aLabelInsideAFallbackSentenceStaysInThePagesLanguage() {
        let step = Step(id: "s", text: InlineText("Confirm by clicking {label}."), action: .confirm, target: "remove")
        let guide = Guide(id: "g", title: "T", summary: "S", methods: [Method(id: "m", title: "M", items: [.step(step)], surface: "x")])
        struct Labels: ProductLabels {
            func label(surface: String, element: String, locale: LocaleID) -> String? { "إزالة الحافظة" }
            func surfaceName(_ surface: String) -> String? { nil }
        }
        struct Empty: GuideTranslations {
            func text(for key: String, source: String) -> TranslatedText { TranslatedText(markdown: source, state: .missing) }
        }
        let html = GuideRenderer.render(guide, strings: InterfaceCatalogs().strings(for: LocaleID("ar")!), labels: Labels(), translations: Empty()).html
        #expect(html.contains(#"<span lang="en" dir="ltr">Confirm by clicking <strong><bdi lang="ar">إزالة الحافظة</bdi></strong>.</span>"#), "\(html)")
        #expect(html.contains("لم تُترجم هذه الخطوة بعد."))
    }
}
