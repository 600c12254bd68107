import Foundation
import Testing
import WaymarkBase
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkSite

@Suite struct SiteBuildTests {
    @Test func buildsTheSeedSite() throws {
        let project = try TemporaryProject.seed()
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.headline))")
        #expect(report.wrote)
        let tree = project.tree()
        #expect(
            tree.keys.sorted() == [
                ".waymark-site", "en/404.html", "en/disconnect-whatsapp-account.md", "en/disconnect-whatsapp-account/index.html",
                "en/index.html", "en/search-index.js", "favicon.svg", "help-index.json", "index.html", "site.js", "style.css",
            ])
        let page = String(decoding: try #require(tree["en/disconnect-whatsapp-account/index.html"]), as: UTF8.self)
        assertSnapshot(page, named: "site/en/disconnect-whatsapp-account/index.html")
        assertSnapshot(String(decoding: try #require(tree["en/index.html"]), as: UTF8.self), named: "site/en/index.html")
        assertSnapshot(String(decoding: try #require(tree["index.html"]), as: UTF8.self), named: "site/index.html")
        assertSnapshot(String(decoding: try #require(tree["help-index.json"]), as: UTF8.self), named: "site/help-index.json")
        assertSnapshot(String(decoding: try #require(tree["en/search-index.js"]), as: UTF8.self), named: "site/en/search-index.js")
        assertSnapshot(String(decoding: try #require(tree["en/404.html"]), as: UTF8.self), named: "site/en/404.html")
        #expect(tree["style.css"] == FileManager.default.contents(atPath: TestPaths.repository.appendingPathComponent("Public/style.css").path))
    }

    @Test(arguments: ["pt-BR", "es", "ar"])
    func buildsTheSeedInEveryLocale(_ locale: String) throws {
        let project = try TemporaryProject.seedWithLocales()
        var options = SiteBuilder.Options(root: project.root)
        options.check.today = ModelDates.parse("2026-11-27")!
        let report = SiteBuilder.build(options)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.headline))")
        let page = try project.read("Site/\(locale)/disconnect-whatsapp-account/index.html")
        #expect(page.contains("<html lang=\"\(locale)\" dir=\"\(locale == "ar" ? "rtl" : "ltr")\">"))
        #expect(!page.contains("l10n-notice"), "every text is translated")
        assertSnapshot(page, named: "site/\(locale)/disconnect-whatsapp-account/index.html")
        assertSnapshot(try project.read("Site/\(locale)/disconnect-whatsapp-account.md"), named: "site/\(locale)/disconnect-whatsapp-account.md")
    }

    @Test func relatedGuidesAndTopicsAppearOnThePages() throws {
        let project = try TemporaryProject.seed()
        try project.write(
            "Content/guides/reconnect.yaml",
            minimalGuide(id: "reconnect")
                .replacingOccurrences(of: "summary: What reconnect is for.", with: "summary: What reconnect is for.\ntopic: Starting out\nrelated: [disconnect-whatsapp-account]"))
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.wrote, "\(report.diagnostics.map(\.headline))")
        let page = try project.read("Site/en/reconnect/index.html")
        #expect(page.contains(#"<section class="related" aria-labelledby="related-guides">"#))
        #expect(page.contains(#"<li><a href="../disconnect-whatsapp-account/index.html">Disconnect a WhatsApp account"#))
        #expect(page.contains("<li>Starting out</li>"), "the topic is in the breadcrumbs")
        let index = try project.read("Site/en/index.html")
        #expect(index.contains("<h3>Starting out</h3>") && index.contains("<h3>WhatsApp connections</h3>") && index.contains("<h3>Meta Business Suite</h3>"))
    }

    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let project = try TemporaryProject.seed()
        try project.write("Content/guides/another-guide.yaml", minimalGuide(id: "another-guide"))
        _ = SiteBuilder.build(.init(root: project.root, output: project.url("One")))
        _ = SiteBuilder.build(.init(root: project.root, output: project.url("Two")))
        let one = project.tree("One"), two = project.tree("Two")
        #expect(one.count == 13)
        #expect(one == two)
    }

    @Test func aFailedBuildLeavesThePreviousSiteByteIdentical() throws {
        let project = try TemporaryProject.seed()
        #expect(SiteBuilder.build(.init(root: project.root)).wrote)
        let before = project.tree()
        try project.write("Content/guides/broken.yaml", "id: broken\ntitle: [oops\n")
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(!report.wrote)
        #expect(report.diagnostics.map(\.ruleID) == ["yaml.syntax"])
        #expect(project.tree() == before)
        try FileManager.default.removeItem(at: project.url("Content/guides/broken.yaml"))
        try project.write("Templates/guide.mustache", "<html>{{#unclosed}}\n")
        let templateReport = SiteBuilder.build(.init(root: project.root))
        #expect(templateReport.diagnostics.map(\.ruleID) == ["template.syntax"])
        #expect(project.tree() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains("waymark-") }
        #expect(leftovers.isEmpty, "no staging folder is left behind: \(leftovers)")
    }

    @Test func aTraversingGuideIDIsRejectedAndNothingIsWritten() throws {
        let project = try TemporaryProject(guides: ["evil.yaml": minimalGuide(id: "../../etc")])
        let before = TemporaryProject.tree(at: project.root)
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.contains { $0.ruleID == "guide.invalid-id" })
        #expect(!report.wrote)
        #expect(TemporaryProject.tree(at: project.root) == before)
        // Site/en/../../etc and Site/en/../../../etc: where the id would have led.
        for escape in ["etc", "../etc"] {
            #expect(!FileManager.default.fileExists(atPath: project.url(escape).standardizedFileURL.path + "/index.html"))
        }
    }

    @Test(arguments: ["../x", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b", "", "a/b/"])
    func pathsOutsideTheOutputFolderAreRefused(_ path: String) throws {
        #expect(!SiteFile.isContained(path))
        let project = try TemporaryProject(guides: [:])
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter.write([SiteFile(path: path, text: "x")], to: project.url("Site"), displayPath: "Site")
        }
        #expect(!FileManager.default.fileExists(atPath: project.url("Site").path))
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let project = try TemporaryProject.seed()
        try project.write("Site/notes.txt", "my own notes")
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.map(\.ruleID) == ["site.foreign-output"])
        #expect(project.tree() == ["notes.txt": Data("my own notes".utf8)])
    }

    @Test(arguments: [".", "Content", "Public", "Templates", "Content/guides/out"])
    func refusesAnOutputThatOverlapsTheSources(_ output: String) throws {
        let project = try TemporaryProject.seed()
        let before = TemporaryProject.tree(at: project.root)
        let report = SiteBuilder.build(.init(root: project.root, output: project.url(output)))
        #expect(report.diagnostics.contains { $0.ruleID == "site.output-overlaps-sources" }, "\(report.diagnostics.map(\.headline))")
        #expect(TemporaryProject.tree(at: project.root) == before)
    }

    @Test func anAssetThatClashesWithAPageIsReported() throws {
        let project = try TemporaryProject.seed()
        try project.write("Public/en/index.html", "<p>mine</p>")
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.map(\.ruleID) == ["site.asset-conflict"])
        #expect(report.diagnostics.first?.file == "Public/en/index.html")
        #expect(!report.wrote)
    }

    @Test func anAssetClashIsReportedEvenWhenAGuideHasErrors() throws {
        let project = try TemporaryProject.seed()
        try project.write("Public/en/index.html", "<p>mine</p>")
        try project.write("Content/guides/broken.yaml", "id: broken\ntitle: [oops\n")
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.map(\.ruleID).sorted() == ["site.asset-conflict", "yaml.syntax"])
    }

    @Test func aTemplateSyntaxErrorIsPositioned() throws {
        let project = try TemporaryProject.seed()
        try project.write("Templates/locale-index.mustache", "<ul>\n{{#guides}}\n<li>{{title}}</li>\n{{/guide}}\n</ul>\n")
        let report = SiteBuilder.build(.init(root: project.root))
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.ruleID == "template.syntax")
        #expect(diagnostic.file == "Templates/locale-index.mustache")
        #expect(diagnostic.location?.line == 4)
    }

    @Test func aMissingTemplateIsReported() throws {
        let project = try TemporaryProject.seed()
        try FileManager.default.removeItem(at: project.url("Templates/root-index.mustache"))
        let report = SiteBuilder.build(.init(root: project.root))
        #expect(report.diagnostics.map(\.ruleID) == ["template.missing"])
    }
}
