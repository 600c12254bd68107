import Foundation
import Testing
import WaymarkTestSupport

/// `waymark check`, `waymark-check` and the check gate of `waymark build`, as real binaries.
@Suite struct CheckCommandTests {
    static func brokenSeed() throws -> TemporaryProject {
        let project = try TemporaryProject.seed()
        let path = "Content/guides/disconnect-whatsapp-account.yaml"
        let text = try String(contentsOf: project.url(path), encoding: .utf8)
        try project.write(path, text.replacingOccurrences(of: "        target: account\n", with: "        target: acount\n"))
        return project
    }

    @Test func waymarkCheckPassesTheSeed() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["--today", "2026-11-27"], in: project.root, binary: TestPaths.waymarkCheckBinary)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "All steps of 1 guide check against the product model.\n")
    }

    @Test func waymarkCheckReportsABrokenStepAndExitsOne() throws {
        let project = try Self.brokenSeed()
        let result = try runWaymark(["--today", "2026-11-27"], in: project.root, binary: TestPaths.waymarkCheckBinary)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("Content/guides/disconnect-whatsapp-account.yaml:48:17: error: there is no element 'acount' in WhatsApp Business [check.unknown-element]"),
            "\(result.stderr)")
        #expect(result.stderr.contains("hint: did you mean 'account'?"))
        let same = try runWaymark(["check", "--today", "2026-11-27"], in: project.root)
        #expect(same.status == 1)
        #expect(same.stderr == result.stderr, "waymark check and waymark-check say the same")
    }

    @Test func buildRefusesToPublishCheckErrorsUnlessTold() throws {
        let project = try Self.brokenSeed()
        let refused = try runWaymark(["build", "--today", "2026-11-27"], in: project.root)
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: project.url("Site").path))
        let allowed = try runWaymark(["build", "--today", "2026-11-27", "--allow-check-errors"], in: project.root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: there is no element 'acount'"))
        #expect(FileManager.default.fileExists(atPath: project.url("Site/en/disconnect-whatsapp-account/index.html").path))
    }

    @Test func coverageListsUndocumentedActions() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["check", "--today", "2026-11-27", "--coverage", "--format", "json"], in: project.root)
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = (document["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["coverage.undocumented-action", "coverage.undocumented-action"])
    }

    @Test func staleThirdPartyModelsWarnWithTheirAge() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["check", "--today", "2027-12-01"], in: project.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: the model of WhatsApp Business (made by Meta) was last verified 376 days ago, on 2026-11-20 [model.stale]"), "\(result.stderr)")
        #expect(try runWaymark(["check", "--today", "2027-12-01", "--strict"], in: project.root).status == 1)
    }

    @Test(arguments: [["check", "--today", "yesterday"], ["check", "--max-model-age", "-1"]])
    func badCheckOptionsAreUsageErrors(_ arguments: [String]) throws {
        let project = try TemporaryProject.seed()
        #expect(try runWaymark(arguments, in: project.root).status == 2)
    }

    @Test func l10nStatusAndExportRunAsCommands() throws {
        let project = try TemporaryProject.seedWithLocales()
        let table = try runWaymark(["l10n", "status"], in: project.root)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("pt-BR   (all guides)                      45      0        0     45  100%"), "\(table.stdout)")
        let json = try runWaymark(["l10n", "status", "--format", "json"], in: project.root)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect((document["rows"] as? [[String: Any]])?.count == 14, "7 locales, a guide and a total each")
        let export = try runWaymark(["l10n", "export", "--format", "xliff", "--locale", "ar"], in: project.root)
        #expect(export.status == 0)
        #expect(export.stdout == "wrote Exports/ar.xlf\n")
        #expect(try runWaymark(["l10n", "export", "--format", "tmx"], in: project.root).status == 2)
        #expect(try runWaymark(["l10n", "update", "--locale", "xx-"], in: project.root).status == 2)
    }

    @Test func buildWritesASitemapWithAlternatesWhenGivenABaseURL() throws {
        let project = try TemporaryProject.seedWithLocales()
        let result = try runWaymark(["build", "--today", "2026-11-27", "--base-url", "https://help.example.com/docs"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let sitemap = try project.read("Site/sitemap.xml")
        #expect(sitemap.contains("<loc>https://help.example.com/docs/ar/disconnect-whatsapp-account/index.html</loc>"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="pt-BR" href="https://help.example.com/docs/pt-BR/disconnect-whatsapp-account/index.html"/>"#))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 16, "2 pages in 8 locales")
        #expect(try runWaymark(["build", "--base-url", "help.example.com"], in: project.root).status == 2)
    }
}
