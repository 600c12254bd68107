import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// Issue 16, item 6, for other guides' titles: on a published translated page, a linked guide
/// whose title has no translation in the page's locale shows it in the language the guide is
/// written in, marked with `lang` (isolated with `<bdi>` on right-to-left pages) in `see`,
/// `next` and `related`, on the Markdown page and in the locale's index; a translated title
/// is not marked.
@Suite struct FallbackTitleTests {
    /// open-settings translated in es, ar and fr; open-app only in fr, and published everywhere.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(guides: ["open-app.yaml": minimalGuide(id: "open-app"), "open-settings.yaml": UnpublishedLinkTests.settingsGuide])
        let update = try runWaymark(["l10n", "update", "--locale", "es", "--locale", "ar", "--locale", "fr", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        for locale in ["es", "ar", "fr"] {
            try PublishingTests.translate("Content/locales/\(locale)/open-settings.po", in: project, prefix: locale.uppercased())
        }
        try PublishingTests.translate("Content/locales/fr/open-app.po", in: project, prefix: "FR")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("not published"), "every page is published: \(build.stderr)")
        return project
    }

    @Test func aSpanishPageMarksTheEnglishTitleOfAPublishedGuide() throws {
        let project = try Self.project()
        let page = try project.read("Site/es/open-settings/index.html")
        let title = #"<span lang="en">A guide called open-app</span>"#
        #expect(page.contains(#"<p>Consulta: <a href="../open-app/index.html">\#(title)</a></p>"#), "see: \(page)")
        #expect(page.contains(#"<li><a href="../open-app/index.html">\#(title)</a></li>"#), "next")
        #expect(page.contains(#"<li><a href="../open-app/index.html">\#(title)</a><p><span lang="en">What open-app is for.</span></p></li>"#), "related: title and summary")
        #expect(page.contains(#"or <a href="../open-app/index.html#first">start in the app</a>."#), "prose: the text is the page's own, not marked")
        let markdown = try project.read("Site/es/open-settings.md")
        #expect(markdown.contains("Consulta: [\(title)](open-app.md)") && markdown.contains("  - [\(title)](open-app.md)"), "\(markdown)")
        let index = try project.read("Site/es/index.html")
        #expect(index.contains(#"<a class="guide-link" href="open-app/index.html">\#(title)</a>"#), "the index's entry: \(index)")
        #expect(index.contains(#"<p><span lang="en">What open-app is for.</span></p>"#))
        #expect(index.contains(#"<a class="guide-link" href="open-settings/index.html">ES Open the settings</a>"#), "a translated title is not marked")
    }

    @Test func anArabicPageIsolatesTheEnglishTitleOfAPublishedGuide() throws {
        let project = try Self.project()
        let page = try project.read("Site/ar/open-settings/index.html")
        let title = #"<bdi lang="en" dir="ltr">A guide called open-app</bdi>"#
        #expect(page.contains(#"<a href="../open-app/index.html">\#(title)</a></p>"#), "see: \(page)")
        #expect(page.contains(#"<li><a href="../open-app/index.html">\#(title)</a></li>"#), "next")
        #expect(page.contains(#"<li><a href="../open-app/index.html">\#(title)</a><p><bdi lang="en" dir="ltr">What open-app is for.</bdi></p></li>"#), "related")
        let index = try project.read("Site/ar/index.html")
        #expect(index.contains(#"<a class="guide-link" href="open-app/index.html">\#(title)</a>"#), "\(index)")
    }

    @Test func aTranslatedTitleIsNotMarked() throws {
        let project = try Self.project()
        let page = try project.read("Site/fr/open-settings/index.html")
        #expect(page.contains(#"<li><a href="../open-app/index.html">FR A guide called open-app</a></li>"#), "next: \(page)")
        #expect(page.contains(#"<li><a href="../open-app/index.html">FR A guide called open-app</a><p>FR What open-app is for.</p></li>"#), "related")
        #expect(!page.contains(#"<span lang="en">A guide called"#) && !page.contains(#"<span lang="en">FR"#))
        let english = try project.read("Site/en/open-settings/index.html")
        #expect(english.contains(#"<li><a href="../open-app/index.html">A guide called open-app</a></li>"#), "the source page: \(english)")
    }

    /// The format fixtures: "Remove a teammate" has no Spanish translation; it has a Portuguese one.
    @Test func theFormatFixturesMarkTheUntranslatedTitle() throws {
        let project = try TemporaryProject.formatFixtures()
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let spanish = try project.read("Site/es/invite-a-teammate/index.html")
        #expect(spanish.contains(#"<a href="../remove-a-teammate/index.html#remove"><span lang="en">Remove a teammate</span></a>"#), "see: \(spanish)")
        #expect(spanish.contains(#"<li><a href="../remove-a-teammate/index.html"><span lang="en">Remove a teammate</span></a></li>"#), "next")
        #expect(!spanish.contains(#">Remove a teammate</a>"#), "no unmarked title left")
        let portuguese = try project.read("Site/pt-BR/invite-a-teammate/index.html")
        #expect(portuguese.contains(#"<a href="../remove-a-teammate/index.html#remove">Remover um colega</a>"#))
        #expect(!portuguese.contains(#"<span lang="en">Remover"#))
    }

    /// A guide written in Spanish in an English project: its untranslated title on the English page is Spanish.
    @Test func aTitleFallsBackToTheLanguageItsGuideIsWrittenIn() throws {
        let settings = UnpublishedLinkTests.settingsGuide.replacingOccurrences(of: "open-app#first", with: "cambiar-clave#abrir").replacingOccurrences(
            of: "open-app", with: "cambiar-clave")
        let project = try TemporaryProject(guides: ["cambiar-clave.yaml": GuideSourceLocaleTests.spanishGuide, "open-settings.yaml": settings])
        let update = try runWaymark(["l10n", "update", "--locale", "es", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let english = try project.read("Site/en/open-settings/index.html")
        #expect(english.contains(#"<li><a href="../cambiar-clave/index.html"><span lang="es">Cambiar la contraseña</span></a></li>"#), "next: \(english)")
        #expect(english.contains(#"<a href="../cambiar-clave/index.html"><span lang="es">Cambiar la contraseña</span></a><p><span lang="es">Elige una"#), "related")
        let spanish = try project.read("Site/es/open-settings/index.html")
        #expect(spanish.contains(#"<li><a href="../cambiar-clave/index.html">Cambiar la contraseña</a></li>"#), "the guide's own language: \(spanish)")
    }

    /// The marked titles are valid HTML (the Nu HTML Checker, as CI runs it).
    @Test func thePagesWithMarkedTitlesAreValidHTML() throws {
        let jar = try runTool(TestPaths.repository.appendingPathComponent("Scripts/vnu-jar.sh").path, [])
        try #require(jar.status == 0, "the Nu HTML Checker is not installed; run `make tools`")
        let project = try Self.project()
        let pages = ["es/open-settings/index.html", "es/index.html", "ar/open-settings/index.html", "ar/index.html"].map { project.url("Site/" + $0).path }
        let result = try runTool("java", ["-jar", jar.output.trimmingCharacters(in: .whitespacesAndNewlines), "--errors-only"] + pages)
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }
}
