import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

/// Issue 15 with issue 16: a translated page's links to a guide its locale does not publish (in
/// prose, `related`, `next` and a troubleshooting `see`) go to the stand-in page, say its
/// language (`hreflang`), and mark the other guide's title, which is in that language, with
/// `lang` (isolated with `<bdi>` on right-to-left pages).
@Suite struct UnpublishedLinkTests {
    static let settingsGuide = """
        id: open-settings
        title: Open the settings
        summary: Find every setting in one place.
        related: [open-app]
        methods:
          - id: only
            title: The only method
            steps:
              - id: first
                text: Open the settings, or [start in the app](guide:open-app#first).
        troubleshooting:
          - id: no-settings
            symptom: The settings are missing.
            see: open-app
        next:
          - open-app

        """

    /// open-settings translated in es and ar; open-app in neither, so below 80% there.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(guides: ["open-app.yaml": minimalGuide(id: "open-app"), "open-settings.yaml": settingsGuide])
        try project.write("waymark.yml", "publish:\n  minimum-translated: 80%\n")
        let update = try runWaymark(["l10n", "update", "--locale", "es", "--locale", "ar", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        for locale in ["es", "ar"] {
            try PublishingTests.translate("Content/locales/\(locale)/open-settings.po", in: project, prefix: locale.uppercased())
        }
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("the guide 'open-app' is not published in ar (0%), es (0%)"), "\(build.stderr)")
        return project
    }

    @Test func aSpanishPageMarksTheEnglishTitleOfEveryLinkToTheStandIn() throws {
        let project = try Self.project()
        let page = try project.read("Site/es/open-settings/index.html")
        let standIn = #"href="../../en/open-app/index.html"#
        #expect(
            page.contains(#"or <a href="../../en/open-app/index.html#first" hreflang="en">start in the app</a>."#), "prose: the link text is the page's (here the English prose's)")
        #expect(page.contains(#"<li><a href="../../en/open-app/index.html" hreflang="en"><span lang="en">A guide called open-app</span></a></li>"#), "next")
        #expect(page.contains(#"<a href="../../en/open-app/index.html" hreflang="en"><span lang="en">A guide called open-app</span></a></p>"#), "see")
        #expect(page.contains(#"<li><a href="../../en/open-app/index.html" lang="en" hreflang="en">A guide called open-app</a><p lang="en">"#), "related")
        #expect(page.components(separatedBy: standIn).count - 1 == 4 && !page.contains(#"href="../open-app/"#), "every link goes to the stand-in")
        let markdown = try project.read("Site/es/open-settings.md")
        #expect(
            markdown.contains("[start in the app](../en/open-app.md#first)") && markdown.contains(#"[<span lang="en">A guide called open-app</span>](../en/open-app.md)"#),
            "\(markdown)")
        assertSnapshot(page, named: "site/unpublished-links/es/open-settings.html")
        assertSnapshot(markdown, named: "site/unpublished-links/es/open-settings.md")
    }

    @Test func anArabicPageIsolatesTheEnglishTitles() throws {
        let project = try Self.project()
        let page = try project.read("Site/ar/open-settings/index.html")
        let title = #"<bdi lang="en" dir="ltr">A guide called open-app</bdi>"#
        #expect(page.contains(#"or <a href="../../en/open-app/index.html#first" hreflang="en">start in the app</a>."#), "prose")
        #expect(page.contains(#"<li><a href="../../en/open-app/index.html" hreflang="en">\#(title)</a></li>"#), "next: \(page)")
        #expect(page.contains(#"<a href="../../en/open-app/index.html" hreflang="en">\#(title)</a></p>"#), "see")
        #expect(
            page.contains(#"<li><a href="../../en/open-app/index.html" lang="en" dir="ltr" hreflang="en">A guide called open-app</a><p lang="en" dir="ltr">"#),
            "related: the title and the summary are left to right")
        let index = try project.read("Site/ar/index.html")
        #expect(index.contains(#"href="../en/open-app/index.html" lang="en" dir="ltr" hreflang="en""#), "the index's entry too: \(index)")
        #expect(index.contains(#"<p lang="en" dir="ltr">What open-app is for.</p>"#))
        assertSnapshot(page, named: "site/unpublished-links/ar/open-settings.html")
    }

    /// The marked links are valid HTML (the Nu HTML Checker, as CI runs it).
    @Test func thePagesWithMarkedLinksAreValidHTML() throws {
        let jar = try runTool(TestPaths.repository.appendingPathComponent("Scripts/vnu-jar.sh").path, [])
        try #require(jar.status == 0, "the Nu HTML Checker is not installed; run `make tools`")
        let project = try Self.project()
        let pages = ["es/open-settings/index.html", "ar/open-settings/index.html", "ar/index.html"].map { project.url("Site/" + $0).path }
        let result = try runTool("java", ["-jar", jar.output.trimmingCharacters(in: .whitespacesAndNewlines), "--errors-only"] + pages)
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }

    /// A guide published in the locale is linked as before: no language marks.
    @Test func aPublishedGuideIsLinkedWithoutMarks() throws {
        let project = try Self.project()
        let page = try project.read("Site/en/open-settings/index.html")
        #expect(page.contains(#"<li><a href="../open-app/index.html">A guide called open-app</a></li>"#), "\(page)")
        #expect(!page.contains("hreflang=\"en\">"), "\(page)")
    }
}
