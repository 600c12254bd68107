import Foundation
import Testing
import WaymarkBase
import WaymarkLoader
import WaymarkSite
import WaymarkTestSupport

/// Issue 16, publishing by completeness: below `publish: minimum-translated`, a locale's page
/// of a guide is not published; the locale links to the guide's own language with a notice, its
/// index says so, and the sitemap and the hreflang alternates list only published pages.
@Suite struct PublishingTests {
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
                text: Open the settings.
        next:
          - open-app

        """

    /// Two guides in de and fr: de translates both, fr only open-settings.
    static func project(config: String = "publish:\n  minimum-translated: 80%\n") throws -> TemporaryProject {
        let project = try TemporaryProject(guides: ["open-app.yaml": minimalGuide(id: "open-app"), "open-settings.yaml": settingsGuide])
        try project.write("waymark.yml", config)
        let update = try runWaymark(["l10n", "update", "--locale", "de", "--locale", "fr", "--today", "2026-12-01"], in: project.root)
        #expect(update.status == 0, "\(update.stderr)")
        for (locale, guide) in [("de", "open-app"), ("de", "open-settings"), ("fr", "open-settings")] {
            try translate("Content/locales/\(locale)/\(guide).po", in: project, prefix: locale.uppercased())
        }
        return project
    }

    /// Fills every empty msgstr of a catalog with its msgid after `prefix`.
    static func translate(_ path: String, in project: TemporaryProject, prefix: String) throws {
        let text = try project.read(path)
        let filled = try Regex(#"msgid "(.+)"\nmsgstr """#)
        try project.write(path, text.replacing(filled) { match in "msgid \"\(match.output[1].substring ?? "")\"\nmsgstr \"\(prefix) \(match.output[1].substring ?? "")\"" })
    }

    @Test func aLocaleBelowTheThresholdLinksToTheSourceWithANotice() throws {
        let project = try Self.project()
        let build = try runWaymark(["build", "--base-url", "https://help.example.com/"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(
            build.stderr.contains(
                "waymark.yml:2:23: note: the guide 'open-app' is not published in fr (0%): below its minimum-translated 80%; those locales link to its en page [l10n.unpublished]"
            ), "\(build.stderr)")
        let tree = project.tree()
        #expect(tree["fr/open-app/index.html"] == nil && tree["fr/open-app.md"] == nil, "the French page is not published")
        #expect(tree["de/open-app/index.html"] != nil && tree["fr/open-settings/index.html"] != nil)
        let index = try project.read("Site/fr/index.html")
        #expect(index.contains(#"<a class="guide-link" href="../en/open-app/index.html" lang="en" hreflang="en">A guide called open-app</a>"#), "\(index)")
        #expect(index.contains(#"Pas encore traduit : ce guide s’ouvre dans sa langue d’origine (<span lang="en">English</span>)."#))
        let settings = try project.read("Site/fr/open-settings/index.html")
        #expect(settings.contains(#"href="../../en/open-app/index.html" lang="en" hreflang="en""#), "related and next steps go to the English page")
        #expect(!settings.contains(#"href="../open-app/index.html""#))
        #expect(try project.read("Site/fr/open-settings.md").contains("(../en/open-app.md)"), "the Markdown page links to the English Markdown page")
        let english = try project.read("Site/en/open-app/index.html")
        #expect(english.contains(#"<link rel="alternate" hreflang="de" href="../../de/open-app/index.html">"#))
        #expect(!english.contains(#"hreflang="fr""#), "no alternate or switcher entry for the unpublished page")
        let sitemap = try project.read("Site/sitemap.xml")
        #expect(!sitemap.contains("fr/open-app/") && sitemap.contains("fr/open-settings/") && sitemap.contains("de/open-app/"))
        #expect(!(try project.read("Site/fr/search-index.js")).contains("open-app/index.html"), "French search finds only French pages")
        assertSnapshot(index, named: "site/publishing/fr/index.html")
        assertSnapshot(settings, named: "site/publishing/fr/open-settings.html")
        assertSnapshot(english, named: "site/publishing/en/open-app.html")
        assertSnapshot(sitemap, named: "site/publishing/sitemap.xml")
    }

    @Test func aGuidesOwnSettingWinsOverTheProjects() throws {
        let project = try Self.project()
        try project.write("Content/guides/open-app.yaml", minimalGuide(id: "open-app") + "\npublish:\n  minimum-translated: 0%\n")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 0 && !build.stderr.contains("l10n.unpublished"), "\(build.stderr)")
        #expect(project.tree()["fr/open-app/index.html"] != nil, "0% publishes every page")
        // And the other way: complete translations only, where the project publishes everything.
        let strict = try Self.project(config: "")
        try strict.write("Content/guides/open-settings.yaml", Self.settingsGuide + "publish: {minimum-translated: 100%}\n")
        try strict.write(
            "Content/locales/de/open-settings.po",
            try strict.read("Content/locales/de/open-settings.po").replacingOccurrences(of: "msgstr \"DE Open the settings.\"", with: "msgstr \"\""))
        let partial = try runWaymark(["build"], in: strict.root)
        #expect(
            partial.stderr.contains("Content/guides/open-settings.yaml:13:31: note: the guide 'open-settings' is not published in de (75%)"), "\(partial.stderr)")
        let tree = strict.tree()
        #expect(tree["de/open-settings/index.html"] == nil && tree["fr/open-settings/index.html"] != nil && tree["fr/open-app/index.html"] != nil)
    }

    @Test func aWrongShareIsReportedWhereItIsWritten() throws {
        let config = MarkedText("publish:\n  minimum-translated: 1️⃣eighty\n")
        let found = ConfigLoader.parse(config.text, file: "waymark.yml", rules: RuleCatalog.all).1
        #expect(found.map(\.ruleID) == ["config.invalid-value"] && found.first?.location == config["1️⃣"], "\(found.map(\.headline))")
        #expect(found.first?.message == "'minimum-translated' must be a share such as 80%, not 'eighty'")
        let project = try TemporaryProject(guides: ["open-app.yaml": minimalGuide(id: "open-app") + "\npublish: {minimum-translated: 120%, minimum: 1}\n"])
        let validate = try runWaymark(["validate"], in: project.root)
        #expect(validate.status == 1)
        #expect(
            validate.stderr.contains("Content/guides/open-app.yaml:10:31: error: 'minimum-translated' must be a share such as 80%, not '120%' [guide.wrong-type]"),
            "\(validate.stderr)")
        #expect(validate.stderr.contains("Content/guides/open-app.yaml:10:37: error:"), "the unknown key too: \(validate.stderr)")
        #expect(!project.tree().keys.contains { $0.hasPrefix("Site") }, "nothing written")
    }

    /// A guide that some locales have no catalog for is one finding at its id, with the locales and the count.
    @Test func missingCatalogsAreOneFindingPerGuide() throws {
        let project = try Self.project(config: "")
        for locale in ["es", "it"] {
            try project.write(
                "Content/locales/\(locale)/open-app.po", try project.read("Content/locales/de/open-app.po").replacingOccurrences(of: "Language: de", with: "Language: \(locale)"))
        }
        let validate = try runWaymark(["validate"], in: project.root)
        let findings = validate.stderr.split(separator: "\n").filter { $0.contains("[l10n.missing-catalog]") }
        #expect(
            findings == [
                "Content/guides/open-settings.yaml:1:5: warning: there are no catalogs in 2 locales (es, it) for the guide 'open-settings': its 4 texts show in en there [l10n.missing-catalog]"
            ], "\(validate.stderr)")
        #expect(validate.stderr.contains("run `waymark l10n update` to create Content/locales/es/open-settings.po, Content/locales/it/open-settings.po"))
    }

    /// The embedded export leaves the unpublished page out; the bundle's fallback gives the guide in English.
    @Test func theExportFallsBackToTheSourceForAnUnpublishedPage() throws {
        let project = try Self.project()
        let export = try runWaymark(["export", "--date", "2026-12-01"], in: project.root)
        #expect(export.status == 0, "\(export.stderr)")
        let tree = project.tree("HelpBundle")
        #expect(tree["de/open-app.html"] != nil && tree["fr/open-app.html"] == nil && tree["fr/open-settings.html"] != nil, "\(tree.keys.sorted())")
        let help = try runWaymark(
            ["guide", "open-app", "--locale", "fr", "--as", "markdown", "--bundle", "HelpBundle"], in: project.root, binary: TestPaths.binary("waymark-help"))
        #expect(help.status == 0 && help.stdout.contains("A guide called open-app") && !help.stdout.contains("FR "), "\(help.stdout) \(help.stderr)")
    }
}
