import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// Regional locales fall back as CLDR defines it, for guide texts, model labels and interface
/// strings: en-GB to the English source, pt-PT to pt, es-419 to es.
@Suite struct LocaleFallbackTests {
    @Test func chainsAreCLDRs() throws {
        func chain(_ tag: String) throws -> [String] { try #require(LocaleID(tag)).fallbackChain.map(\.tag) }
        #expect(try chain("en-GB") == ["en-GB", "en-001", "en"])
        #expect(try chain("en-NZ") == ["en-NZ", "en-001", "en"])
        #expect(try chain("en-CH") == ["en-CH", "en-150", "en-001", "en"])
        #expect(try chain("pt-PT") == ["pt-PT", "pt"])
        #expect(try chain("pt-AO") == ["pt-AO", "pt-PT", "pt"])
        #expect(try chain("es-419") == ["es-419", "es"])
        #expect(try chain("es-MX") == ["es-MX", "es-419", "es"])
        #expect(try chain("zh-Hant-HK") == ["zh-Hant-HK", "zh-Hant"])
        #expect(try chain("zh-Hant-MO") == ["zh-Hant-MO", "zh-Hant-HK", "zh-Hant"])
        #expect(try chain("zh-TW") == ["zh-TW", "zh-Hant-TW", "zh-Hant"])
        #expect(try chain("sr-ME") == ["sr-ME", "sr-Latn-ME", "sr-Latn"])
        #expect(try chain("de") == ["de"])
    }

    @Test func tagsMatchIgnoringCase() throws {
        #expect(LocaleID("pt-br") == LocaleID("pt-BR"))
        #expect(LocaleID("ZH-hant-hk")?.tag == "zh-Hant-HK")
        #expect(LocaleID("EN-gb")?.tag == "en-GB")
        #expect(LocaleID("es-419")?.tag == "es-419")
        #expect(LocaleID("he")?.isRightToLeft == true)
        #expect(LocaleID("pa-PK")?.isRightToLeft == true)
        #expect(LocaleID("pa")?.isRightToLeft == false)
    }

    /// The seed in pt (Brazilian, as CLDR's pt is) and es, plus pt-PT, es-419 and en-GB catalogs that
    /// translate one text each: every other text is their parent's, with no notice and no warning.
    @Test func regionalLocalesTakeTheirParentsTexts() throws {
        let project = try TemporaryProject.seedWithLocales()
        try FileManager.default.moveItem(at: project.url("Content/locales/pt-BR"), to: project.url("Content/locales/pt"))
        // The catalogs' headers say the language of their new folder (issue 10 checks them).
        for file in try FileManager.default.contentsOfDirectory(atPath: project.url("Content/locales/pt").path) where file.hasSuffix(".po") {
            let path = "Content/locales/pt/\(file)"
            try project.write(path, try project.read(path).replacingOccurrences(of: "\"Language: pt-BR\\n\"", with: "\"Language: pt\\n\""))
        }
        for file in ["whatsapp-business-app.yaml", "meta-business-suite.yaml"] {
            let path = "Content/model/\(file)"
            var model = try project.read(path).replacingOccurrences(of: "pt-BR:", with: "pt:")
            model = model.replacingOccurrences(of: "          pt: Configurações\n", with: "          pt: Configurações\n          pt-PT: Definições\n")
            try project.write(path, model)
        }
        let update = try runWaymark(["l10n", "update", "--locale", "pt-PT", "--locale", "es-419", "--locale", "en-GB", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        for (locale, text) in [("pt-PT", "Está tudo pronto"), ("es-419", "Listo"), ("en-GB", "You're sorted")] {
            let path = "Content/locales/\(locale)/disconnect-whatsapp-account.po"
            let catalog = try project.read(path)
            try project.write(
                path,
                catalog.replacingOccurrences(
                    of: "msgctxt \"outcome.title\"\nmsgid \"You're ready\"\nmsgstr \"\"",
                    with: "msgctxt \"outcome.title\"\nmsgid \"You're ready\"\nmsgstr \"\(text)\""))
        }
        let validate = try runWaymark(["validate"], in: project.root)
        for locale in ["pt-PT", "es-419", "en-GB"] {
            #expect(
                !validate.stderr.contains("[\(locale)]") && !validate.stderr.contains("into \(locale)") && !validate.stderr.contains("no \(locale) "),
                "\(locale) inherits what it does not translate: \(validate.stderr)")
        }
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")

        let portugal = try project.read("Site/pt-PT/disconnect-whatsapp-account/index.html")
        #expect(portugal.contains("Está tudo pronto"))
        #expect(portugal.contains("Abra as configurações do app:"), "pt's translation stands in")
        #expect(portugal.contains("Toque em <strong>Definições</strong>."), "pt-PT's own label, in pt-PT's interface sentence")
        #expect(portugal.contains("Saltar para o conteúdo"), "European Portuguese interface strings")
        #expect(!portugal.contains("l10n-notice") && !portugal.contains("<span lang=\"en\""))

        let latinAmerica = try project.read("Site/es-419/disconnect-whatsapp-account/index.html")
        #expect(latinAmerica.contains("Listo"))
        #expect(latinAmerica.contains("Desconectar una cuenta de WhatsApp de otra plataforma o portfolio"))
        #expect(latinAmerica.contains("<strong>Ajustes</strong>"), "es's label")
        #expect(!latinAmerica.contains("l10n-notice") && !latinAmerica.contains("<span lang=\"en\""))

        let britain = try project.read("Site/en-GB/disconnect-whatsapp-account/index.html")
        #expect(britain.contains("<html lang=\"en-GB\""))
        #expect(britain.contains("You're sorted"))
        #expect(britain.contains("Disconnect a WhatsApp account from another platform or portfolio"))
        #expect(britain.contains("<strong>Settings</strong>"), "the English label")
        #expect(!britain.contains("l10n-notice") && !britain.contains("<span lang=\"en\""))

        let status = try runWaymark(["l10n", "status", "--format", "json"], in: project.root)
        #expect(status.stdout.contains("\"locale\" : \"en-GB\",\n      \"missing\" : 0"), "\(status.stdout.prefix(800))")
    }
}
