import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// Every text that falls back is marked with the language it is in: a label without a
/// translation inside a translated sentence, isolated with `<bdi>` on right-to-left pages.
@Suite struct LanguageMarkingTests {
    /// The seed with the Spanish and Arabic labels of the iPhone settings tab removed (its step's sentence is made from the label).
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject.seedWithLocales()
        let path = "Content/model/whatsapp-business-app.yaml"
        let model = try project.read(path)
        let element = "      - id: settings-tab\n        label:\n          en: Settings\n          pt-BR: Configurações\n          es: Ajustes\n          ar: الإعدادات\n"
        #expect(model.contains(element))
        try project.write(path, model.replacingOccurrences(of: element, with: "      - id: settings-tab\n        label:\n          en: Settings\n          pt-BR: Configurações\n"))
        return project
    }

    @Test func aLabelWithoutATranslationIsMarkedAsEnglish() throws {
        let project = try Self.project()
        let build = try runWaymark(["build", "--today", "2026-11-27"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let spanish = try project.read("Site/es/disconnect-whatsapp-account/index.html")
        #expect(spanish.contains("Toca <strong><span lang=\"en\">Settings</span></strong>."), "the generated Spanish sentence marks the English label")
        let arabic = try project.read("Site/ar/disconnect-whatsapp-account/index.html")
        #expect(arabic.contains("اضغط على <strong><bdi lang=\"en\" dir=\"ltr\">Settings</bdi></strong>."), "isolated on the right-to-left page")
        let portuguese = try project.read("Site/pt-BR/disconnect-whatsapp-account/index.html")
        #expect(portuguese.contains("<strong>Configurações</strong>"), "a translated label is not marked")
        #expect(!portuguese.contains("<span lang=\"en\">Configurações"))
        for locale in ["es", "ar"] {
            #expect(build.stderr.contains("warning: the model has no \(locale) label for 'settings-tab' in WhatsApp Business [l10n.missing-label]"), "\(build.stderr)")
        }
    }

    /// The label is reported for a guide that has no catalogs yet, too.
    @Test func aMissingLabelIsReportedBeforeTheGuideHasCatalogs() throws {
        let project = try Self.project()
        for locale in ["ar", "de", "es", "fr", "he", "ja", "pt-BR"] {
            try FileManager.default.removeItem(at: project.url("Content/locales/\(locale)/disconnect-whatsapp-account.po"))
        }
        let validate = try runWaymark(["validate", "--today", "2026-11-27"], in: project.root)
        #expect(validate.stderr.contains("the model has no es label for 'settings-tab'"), "\(validate.stderr)")
        #expect(validate.stderr.components(separatedBy: "[l10n.missing-catalog]").count == 2, "one summary for the new guide: \(validate.stderr)")
        #expect(!validate.stderr.contains("[l10n.missing]"))
    }
}
