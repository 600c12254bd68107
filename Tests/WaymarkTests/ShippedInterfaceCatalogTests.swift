import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkRender
import WaymarkTestSupport

/// Waymark's own interface catalogs (Sources/WaymarkL10n/Interface/*.po): complete, current,
/// with CLDR's Plural-Forms, accepted by msgfmt, and resolved along fallback chains.
///
/// After adding a key to `InterfaceMessages`, run
/// `UPDATE_INTERFACE_CATALOGS=1 swift test --filter ShippedInterfaceCatalogTests`: it merges the
/// table into every shipped catalog (the new key untranslated, a changed English text fuzzy),
/// and fails on purpose; then translate the new entries.
@Suite struct ShippedInterfaceCatalogTests {
    static let folder = TestPaths.repository.appendingPathComponent("Sources/WaymarkL10n/Interface")
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".po") }.sorted()

    @Test func shipsAtLeastTwentyLanguages() {
        let tags = InterfaceCatalogs.shippedLocales.map(\.tag)
        for wanted in ["en", "es", "pt", "pt-PT", "fr", "de", "it", "nl", "pl", "ru", "tr", "ar", "he", "hi", "id", "ja", "ko", "zh", "zh-Hant", "uk"] {
            #expect(tags.contains(wanted), "no interface catalog for \(wanted)")
        }
        #expect(tags.count >= 20)
    }

    @Test(arguments: files)
    func catalogIsCompleteCurrentAndValid(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let locale = try #require(LocaleID(String(file.dropLast(3))))
        let text = try String(contentsOf: url, encoding: .utf8)
        if ProcessInfo.processInfo.environment["UPDATE_INTERFACE_CATALOGS"] == "1" {
            let (old, _) = POParser.parse(text, file: file, allowPlurals: true)
            let merged = Merger.merge(
                template: InterfaceCatalogs.template(for: locale), into: old, locale: locale,
                languageName: old.entry(for: "language.name")?.msgstr ?? locale.tag, today: "2026-12-01")
            try POWriter.write(merged).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(file) from the table; review the diff and run the tests again")
            return
        }
        let (catalog, diagnostics) = POParser.parse(text, file: file, allowPlurals: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(catalog.headerValue("Plural-Forms") == PluralRules.forLocale(locale).gettextPluralForms)
        #expect(catalog.headerValue("Language") == locale.tag)
        let forms = PluralRules.forLocale(locale).integerCategories.count
        for message in InterfaceMessages.all {
            let entry = try #require(catalog.entry(for: message.key), "\(file) has no entry '\(message.key)'")
            #expect(entry.msgid == message.english && entry.msgidPlural == message.englishPlural, "\(file): '\(message.key)' is not the table's English")
            #expect(!entry.isFuzzy, "\(file): '\(message.key)' is fuzzy")
            if message.englishPlural != nil {
                #expect(entry.pluralForms.count == forms && entry.pluralForms.allSatisfy { !$0.isEmpty }, "\(file): '\(message.key)' needs \(forms) forms")
            } else {
                #expect(!entry.msgstr.isEmpty, "\(file): '\(message.key)' is not translated")
            }
            // Placeholders stay: every {name} of the English is in the translation.
            // (`wait.usually-within` offers `{bound}` in place of `{duration}`.)
            for placeholder in ["{label}", "{url}", "{name}", "{duration}", "{platforms}", "{lower}"] where message.english.contains(placeholder) {
                let translations = message.englishPlural == nil ? [entry.msgstr] : entry.pluralForms
                let either = message.key == "wait.usually-within" && placeholder == "{duration}" ? ["{duration}", "{bound}"] : [placeholder]
                #expect(translations.allSatisfy { form in either.contains { form.contains($0) } }, "\(file): '\(message.key)' lost \(placeholder)")
            }
        }
        let check = try runTool("msgfmt", ["--check", "-o", "/dev/null", url.path])
        #expect(check.status == 0, "msgfmt: \(check.output)")
    }

    @Test func localesResolveAlongTheirFallbackChains() throws {
        let catalogs = InterfaceCatalogs()
        func tip(_ tag: String) throws -> String { catalogs.strings(for: try #require(LocaleID(tag))).calloutLabel(.tip) }
        #expect(try tip("de") == "Tipp")
        #expect(try tip("de-AT") == "Tipp")
        #expect(try tip("en-GB") == "Tip")
        #expect(try tip("pt-BR") == "Dica")
        #expect(try tip("es-419") == "Consejo")
        #expect(try tip("es-MX") == "Consejo")
        #expect(try catalogs.strings(for: try #require(LocaleID("pt-PT"))).skipToContent == "Saltar para o conteúdo")
        #expect(try catalogs.strings(for: try #require(LocaleID("pt-BR"))).skipToContent == "Pular para o conteúdo")
        #expect(try catalogs.strings(for: try #require(LocaleID("zh-Hant-HK"))).siteTitle == "說明中心")
        #expect(try catalogs.strings(for: try #require(LocaleID("zh-TW"))).siteTitle == "說明中心")
        #expect(try catalogs.strings(for: try #require(LocaleID("zh-CN"))).siteTitle == "帮助中心")
        // A language Waymark ships nothing for is English, and reported with the command that fixes it.
        let swahili = try #require(LocaleID("sw"))
        #expect(catalogs.strings(for: swahili).calloutLabel(.tip) == "Tip")
        let found = catalogs.check(locales: [swahili, try #require(LocaleID("de"))], localesPath: "Content/locales")
        #expect(found.map(\.rule) == [L10nRule.missingInterface])
        #expect(found.first?.hint?.contains("waymark l10n update --locale sw") == true)
    }

    @Test func countsUseEachLanguagesPluralForms() throws {
        let catalogs = InterfaceCatalogs()
        func wait(_ tag: String, _ duration: DurationRange) throws -> String { catalogs.strings(for: try #require(LocaleID(tag))).waitFor(duration) }
        #expect(try wait("ru", DurationRange(lower: 1, unit: .minutes)) == "Подождите 1 минуту")
        #expect(try wait("ru", DurationRange(lower: 3, unit: .minutes)) == "Подождите 3 минуты")
        #expect(try wait("ru", DurationRange(lower: 11, unit: .minutes)) == "Подождите 11 минут")
        #expect(try wait("pl", DurationRange(lower: 22, unit: .seconds)) == "Poczekaj 22 sekundy")
        #expect(try wait("de", DurationRange(lower: 1, upper: 2, unit: .minutes)) == "Warte 1–2 Minuten")
        #expect(try wait("he", DurationRange(lower: 2, unit: .hours)) == "יש להמתין שעתיים")
        #expect(try wait("ja", DurationRange(lower: 1, upper: 2, unit: .minutes)) == "1～2 分待ちます")
        #expect(try catalogs.strings(for: try #require(LocaleID("de"))).methodsIntro(2) == "Dafür gibt es zwei Möglichkeiten:")
        #expect(try catalogs.strings(for: try #require(LocaleID("de"))).methodsIntro(7) == "Dafür gibt es 7 Möglichkeiten:")
        #expect(InterfaceText.english.text("methods.intro", count: 7) == "There are 7 ways to do this:")
    }

    /// A project's `_interface.po` overrides one string and keeps Waymark's for the rest.
    @Test func aProjectOverridesAnyString() throws {
        let german = try #require(LocaleID("de"))
        var entry = POEntry(context: "site.title", msgid: "Help Center", msgstr: "Acme-Hilfe")
        entry.extractedComments = []
        let catalogs = InterfaceCatalogs(project: [german: POFile(header: [], entries: [entry])])
        #expect(catalogs.strings(for: german).siteTitle == "Acme-Hilfe")
        #expect(catalogs.strings(for: german).calloutLabel(.tip) == "Tipp")
        #expect(catalogs.strings(for: try #require(LocaleID("de-CH"))).siteTitle == "Acme-Hilfe")
    }
}
