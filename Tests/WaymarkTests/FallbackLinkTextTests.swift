import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// Issue 16, item 6, for the guide's own link texts: a `next` entry that links to an anchor of
/// the same guide, an external `next` title and an external `related` title come from the
/// guide's catalog; without a translation the source text stands in and is marked with the
/// language the guide is written in (`<span lang>`, `<bdi lang dir>` across directions), on the
/// HTML and the Markdown page; a translated one is not marked.
@Suite struct FallbackLinkTextTests {
    static let guide = """
        id: open-settings
        title: Open the settings
        summary: Find every setting in one place.
        related:
          - {url: https://example.com/plans, title: Plans and seats}
        methods:
          - id: only
            title: The only method
            steps:
              - id: first
                text: Open the settings.
        troubleshooting:
          - id: no-settings
            symptom: The settings are missing.
            fix: Update the app.
        next:
          - "#no-settings"
          - {url: https://example.com/projects, title: Share a project with the team}

        """

    /// open-settings translated in fr only; es and ar show its English texts.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(guides: ["open-settings.yaml": guide])
        let update = try runWaymark(["l10n", "update", "--locale", "es", "--locale", "ar", "--locale", "fr", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        try PublishingTests.translate("Content/locales/fr/open-settings.po", in: project, prefix: "FR")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        return project
    }

    @Test func aSpanishPageMarksTheEnglishLinkTexts() throws {
        let project = try Self.project()
        let page = try project.read("Site/es/open-settings/index.html")
        #expect(page.contains(##"<li><a href="#no-settings"><span lang="en">The settings are missing.</span></a></li>"##), "next, an anchor: \(page)")
        #expect(
            page.contains(#"<li><a href="https://example.com/projects"><span lang="en">Share a project with the team</span></a><span class="visually-hidden">"#),
            "next, external")
        #expect(page.contains(#"<a href="https://example.com/plans" rel="external"><span lang="en">Plans and seats</span><span class="visually-hidden">"#), "related, external")
        let markdown = try project.read("Site/es/open-settings.md")
        #expect(markdown.contains(##"  - [<span lang="en">The settings are missing.</span>](#no-settings)"##), "\(markdown)")
        #expect(markdown.contains(#"  - [<span lang="en">Share a project with the team</span>](https://example.com/projects)"#))
    }

    @Test func anArabicPageIsolatesTheEnglishLinkTexts() throws {
        let project = try Self.project()
        let page = try project.read("Site/ar/open-settings/index.html")
        func bdi(_ text: String) -> String { #"<bdi lang="en" dir="ltr">\#(text)</bdi>"# }
        #expect(page.contains(##"<li><a href="#no-settings">\##(bdi("The settings are missing."))</a></li>"##), "next, an anchor: \(page)")
        #expect(page.contains(#"<li><a href="https://example.com/projects">\#(bdi("Share a project with the team"))</a><span class="visually-hidden">"#), "next, external")
        #expect(page.contains(#"<a href="https://example.com/plans" rel="external">\#(bdi("Plans and seats"))<span class="visually-hidden">"#), "related, external")
        let markdown = try project.read("Site/ar/open-settings.md")
        #expect(markdown.contains("  - [\(bdi("The settings are missing."))](#no-settings)"), "\(markdown)")
        #expect(markdown.contains("  - [\(bdi("Share a project with the team"))](https://example.com/projects)"))
    }

    @Test func translatedLinkTextsAreNotMarked() throws {
        let project = try Self.project()
        let page = try project.read("Site/fr/open-settings/index.html")
        #expect(page.contains(##"<li><a href="#no-settings">FR The settings are missing.</a></li>"##), "next, an anchor: \(page)")
        #expect(page.contains(#"<li><a href="https://example.com/projects">FR Share a project with the team</a><span class="visually-hidden">"#), "next, external")
        #expect(page.contains(#"<a href="https://example.com/plans" rel="external">FR Plans and seats<span class="visually-hidden">"#), "related, external")
        #expect(!page.contains(#"<span lang="en">FR"#))
        let markdown = try project.read("Site/fr/open-settings.md")
        #expect(
            markdown.contains("  - [FR The settings are missing.](#no-settings)") && markdown.contains("  - [FR Share a project with the team](https://example.com/projects)"),
            "\(markdown)")
        let english = try project.read("Site/en/open-settings/index.html")
        #expect(english.contains(##"<li><a href="#no-settings">The settings are missing.</a></li>"##), "the source page: \(english)")
        #expect(english.contains(#"<a href="https://example.com/plans" rel="external">Plans and seats<span"#))
    }

    /// A guide written in Spanish in an English project: its untranslated link texts on the English page are Spanish.
    @Test func linkTextsFallBackToTheLanguageTheGuideIsWrittenIn() throws {
        let spanish =
            GuideSourceLocaleTests.spanishGuide + """
                related:
                  - {url: https://example.com/planes, title: Planes y puestos}
                next:
                  - "#elegir"
                  - {url: https://example.com/proyectos, title: Compartir un proyecto}

                """
        // open-app's es catalog gives the project its es locale; then every locale: the Spanish guide is translated into English.
        let project = try TemporaryProject(guides: ["cambiar-clave.yaml": spanish, "open-app.yaml": minimalGuide(id: "open-app")])
        for arguments in [["--locale", "es"], []] {
            let update = try runWaymark(["l10n", "update"] + arguments + ["--today", "2026-12-01"], in: project.root)
            #expect(update.status == 0, "\(update.stderr)")
        }
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let english = try project.read("Site/en/cambiar-clave/index.html")
        #expect(english.contains(##"<li><a href="#elegir"><span lang="es">Escribe la contraseña nueva dos veces.</span></a></li>"##), "next, an anchor: \(english)")
        #expect(english.contains(#"<li><a href="https://example.com/proyectos"><span lang="es">Compartir un proyecto</span></a>"#), "next, external")
        #expect(english.contains(#"rel="external"><span lang="es">Planes y puestos</span><span"#), "related, external")
        let own = try project.read("Site/es/cambiar-clave/index.html")
        #expect(own.contains(##"<li><a href="#elegir">Escribe la contraseña nueva dos veces.</a></li>"##), "the guide's own language: \(own)")
        #expect(own.contains(#"rel="external">Planes y puestos<span"#))
    }

    /// The format fixtures: the es catalog of invite-a-teammate has none of the three texts; pt-BR has them.
    @Test func theFormatFixturesMarkTheUntranslatedLinkTexts() throws {
        let project = try TemporaryProject.formatFixtures()
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let spanish = try project.read("Site/es/invite-a-teammate/index.html")
        #expect(spanish.contains(##"<li><a href="#still-stuck"><span lang="en">Nothing here helps.</span></a></li>"##), "next, an anchor: \(spanish)")
        #expect(spanish.contains(#"<a href="https://help.example.com/projects"><span lang="en">Share a project with the team</span></a>"#), "next, external")
        #expect(spanish.contains(#"rel="external"><span lang="en">Plans and seats</span><span"#), "related, external")
        let markdown = try project.read("Site/es/invite-a-teammate.md")
        #expect(markdown.contains(##"  - [<span lang="en">Nothing here helps.</span>](#still-stuck)"##), "\(markdown)")
        #expect(markdown.contains(#"  - [<span lang="en">Share a project with the team</span>](https://help.example.com/projects)"#))
        let portuguese = try project.read("Site/pt-BR/invite-a-teammate/index.html")
        #expect(portuguese.contains(##"<li><a href="#still-stuck">Nada aqui ajuda.</a></li>"##), "\(portuguese)")
        #expect(!portuguese.contains(#"<span lang="en">Nada"#))
    }

    /// The marked link texts are valid HTML (the Nu HTML Checker, as CI runs it).
    @Test func thePagesWithMarkedLinkTextsAreValidHTML() throws {
        let jar = try runTool(TestPaths.repository.appendingPathComponent("Scripts/vnu-jar.sh").path, [])
        try #require(jar.status == 0, "the Nu HTML Checker is not installed; run `make tools`")
        let project = try Self.project()
        let pages = ["es/open-settings/index.html", "ar/open-settings/index.html"].map { project.url("Site/" + $0).path }
        let result = try runTool("java", ["-jar", jar.output.trimmingCharacters(in: .whitespacesAndNewlines), "--errors-only"] + pages)
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }
}
