import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// A guide written in Spanish in an English project: it is the source on the Spanish page,
/// translated (from Spanish) on the English one, with catalogs, staleness, style rules and
/// `lang` following its language.
@Suite struct GuideSourceLocaleTests {
    static let spanishGuide = """
        id: cambiar-clave
        locale: es
        title: Cambiar la contraseña
        summary: Elige una contraseña nueva cuando la anterior ya no es segura.
        methods:
          - id: en-la-web
            title: Desde la web
            steps:
              - id: abrir
                text: Ve a {url} e inicia sesión.
                url: https://example.com/cuenta
              - id: elegir
                text: Escribe la contraseña nueva dos veces.
              - id: esperar
                wait: 1-2 minutes
                reason: Tus dispositivos necesitan este tiempo para recibir el cambio.
        outcome:
          text: Ya puedes iniciar sesión con la contraseña nueva.

        """

    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(guides: ["cambiar-clave.yaml": spanishGuide, "open-app.yaml": minimalGuide(id: "open-app")])
        let create = try runWaymark(["l10n", "update", "--locale", "es", "--today", "2026-12-01"], in: project.root)
        #expect(create.status == 0, "\(create.stderr)")
        #expect(create.stdout.contains("wrote Content/locales/es/open-app.po"))
        #expect(!create.stdout.contains("Content/locales/en/"), "--locale es writes only es's catalogs")
        // Without --locale: every locale, the source locale for the guide written in Spanish included.
        let update = try runWaymark(["l10n", "update", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("wrote Content/locales/en/cambiar-clave.po"), "the Spanish guide is translated into English")
        #expect(update.stdout.contains("wrote Content/locales/es/open-app.po"))
        #expect(!update.stdout.contains("Content/locales/es/cambiar-clave.po"), "and not into its own language")
        let path = "Content/locales/en/cambiar-clave.po"
        var catalog = try project.read(path)
        #expect(catalog.contains("\"Language: en\\n\""))
        for (source, english) in [
            ("Cambiar la contraseña", "Change your password"),
            ("Elige una contraseña nueva cuando la anterior ya no es segura.", "Choose a new password when the old one is no longer safe."),
            ("Desde la web", "On the web"), ("Ve a {url} e inicia sesión.", "Go to {url} and sign in."),
            ("Ya puedes iniciar sesión con la contraseña nueva.", "You can now sign in with the new password."),
        ] {
            catalog = catalog.replacingOccurrences(of: "msgid \"\(source)\"\nmsgstr \"\"", with: "msgid \"\(source)\"\nmsgstr \"\(english)\"")
        }
        try project.write(path, catalog)
        return project
    }

    @Test func aSpanishGuideIsTheSourceInSpanishAndTranslatedInEnglish() throws {
        let project = try Self.project()
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let spanish = try project.read("Site/es/cambiar-clave/index.html")
        let english = try project.read("Site/en/cambiar-clave/index.html")
        #expect(spanish.contains("<html lang=\"es\""))
        #expect(!spanish.contains("l10n-notice"), "the Spanish page is the source")
        #expect(english.contains("Change your password"))
        #expect(english.contains("<span lang=\"es\">Escribe la contraseña nueva dos veces.</span>"), "the untranslated step is marked as Spanish")
        #expect(english.contains("This step is not translated yet."))
        assertSnapshot(spanish, named: "site/source-locale/es/cambiar-clave.html")
        assertSnapshot(english, named: "site/source-locale/en/cambiar-clave.html")
        assertSnapshot(try project.read("Site/en/cambiar-clave.md"), named: "site/source-locale/en/cambiar-clave.md")
    }

    @Test func catalogsStalenessAndStyleRulesFollowTheGuidesLanguage() throws {
        let project = try Self.project()
        let lint = try runWaymark(["lint"], in: project.root)
        #expect(lint.stderr.contains("'reason' of step 'esperar'") || lint.stderr.contains("[l10n.missing]"), "\(lint.stderr)")
        #expect(lint.stderr.contains("is not translated into en"), "missing English translations of the Spanish guide: \(lint.stderr)")
        #expect(!lint.stderr.contains("locales/es/cambiar-clave"), "the Spanish guide is not translated into Spanish")
        #expect(
            lint.stderr.contains(
                "note: the rules that read English (style.one-action, style.imperative, style.option-list, style.wait-in-prose) did not run: 'cambiar-clave' is written in es [style.english-only]"
            ), "\(lint.stderr)")
        // A changed Spanish source makes its English translation stale.
        let path = "Content/guides/cambiar-clave.yaml"
        try project.write(path, try project.read(path).replacingOccurrences(of: "Ve a {url} e inicia sesión.", with: "Ve a {url} e inicia sesión con tu cuenta."))
        let validate = try runWaymark(["validate"], in: project.root)
        #expect(validate.stderr.contains("the source of 'en-la-web.abrir.text' changed since it was translated into en [l10n.stale]"), "\(validate.stderr)")
        #expect(try runWaymark(["build"], in: project.root).status == 0)
        #expect(
            try project.read("Site/en/cambiar-clave/index.html").contains(
                "<span lang=\"es\">Ve a <a href=\"https://example.com/cuenta\">https://example.com/cuenta</a> e inicia sesión con tu cuenta.</span>"))
    }

    @Test func aLocaleThatIsNotATagIsReported() throws {
        let project = try TemporaryProject(guides: ["g.yaml": Self.spanishGuide.replacingOccurrences(of: "id: cambiar-clave\nlocale: es", with: "id: g\nlocale: español")])
        let validate = try runWaymark(["validate"], in: project.root)
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("Content/guides/g.yaml:2:9: error: 'español' is not a language tag [guide.invalid-locale]"), "\(validate.stderr)")
    }
}
