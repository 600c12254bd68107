import Foundation
import Testing
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

/// The facet switcher (issue 14) in a real browser: it shows the steps for the reader's
/// platform, remembers the choice, and without JavaScript every step stays, labelled.
extension BrowserTests {
    @Test func theFacetSwitcherShowsOnePlatformAndRemembersIt() throws {
        let (project, site) = try Self.site()
        let server = try StaticServer(folder: site)
        let browser = try WebDriver()
        defer { _ = project; _ = server; browser.quit() }
        let page = server.baseURL + "en/disconnect-whatsapp-account/index.html"
        try browser.open(page)
        #expect(try browser.wait(until: "return !document.querySelector('.facet-switcher').hidden"), "site.js shows the switcher")
        let hidden = "return document.getElementById(arguments[0]).closest('li').hidden"
        #expect(try browser.execute(hidden, ["open-menu-android"]) as? Bool == false, "every step shows until a choice is made")
        _ = try browser.execute("var s = document.getElementById('facet-platforms'); s.value = 'ios'; s.dispatchEvent(new Event('change')); return true;")
        #expect(try browser.execute(hidden, ["open-menu-android"]) as? Bool == true)
        #expect(try browser.execute(hidden, ["open-settings-ios"]) as? Bool == false)
        #expect(try browser.execute(hidden, ["open-account"]) as? Bool == false, "shared steps stay")
        // Remembered on the next visit.
        try browser.open(page)
        #expect(try browser.wait(until: "return document.getElementById('facet-platforms') && document.getElementById('facet-platforms').value === 'ios'"))
        #expect(try browser.execute(hidden, ["open-menu-android"]) as? Bool == true)
        let options = try browser.execute("return Array.from(document.querySelectorAll('#facet-platforms option')).map(o => o.textContent).join('|')") as? String
        #expect(options == "All|On Android|On iPhone", "\(options ?? "")")
    }

    @Test func withoutJavaScriptEveryVariantIsOnThePageLabelled() throws {
        let (project, site) = try Self.site()
        defer { _ = project }
        let html = try String(contentsOf: site.appendingPathComponent("en/disconnect-whatsapp-account/index.html"), encoding: .utf8)
        #expect(html.contains("<div class=\"facet-switcher\" data-label=\"Show steps for\" data-all=\"All\" hidden>"))
        #expect(html.contains("<em>On iPhone:</em> Tap <strong>Settings</strong>"))
        #expect(html.contains("<em>On Android:</em> Tap <strong>More options</strong>"))
    }
}

extension BrowserTests {
    /// The real articles' site (issue 14's constructs: Before you begin, expectations, values,
    /// conditions, variants, icons), axe-core on their pages in English and Arabic.
    @Test func axeReportsNoViolationsOnTheRealArticles() throws {
        let axePath = try #require(
            try FileManager.default.subpathsOfDirectory(atPath: TestPaths.repository.appendingPathComponent(".venv-tools").path)
                .first { $0.hasSuffix("axe_playwright_python/axe.min.js") }, "axe-core is not installed; run `make tools`")
        let axe = try String(contentsOf: TestPaths.repository.appendingPathComponent(".venv-tools/\(axePath)"), encoding: .utf8)
        let project = try TemporaryProject(guides: [:])
        try FileManager.default.removeItem(at: project.url("Content/guides"))
        for folder in ["Content/guides", "Content/model", "Content/locales", "Content/images"] {
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent(folder), to: project.url(folder))
        }
        var options = SiteBuilder.Options(root: project.root)
        options.check.today = ModelDates.parse("2026-12-01")!
        let report = SiteBuilder.build(options)
        #expect(report.wrote, "\(report.diagnostics.filter { $0.severity == .error }.map(\.headline))")
        let site = project.url("Site")
        let browser = try WebDriver()
        defer { browser.quit() }
        for locale in ["en", "ar"] {
            for guide in ["zoom-disable-desktop-sharing", "iphone-turn-on-two-factor", "teams-clear-cache", "sparkasse-set-up-pushtan"] {
                try browser.open("file://\(site.path)/\(locale)/\(guide)/index.html")
                _ = try browser.execute(axe + "\nreturn true;")
                let violations =
                    try browser.executeAsync(
                        """
                        var done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(function (result) {
                          done(JSON.stringify(result.violations.map(function (v) {
                            return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                          })));
                        });
                        """) as? String
                #expect(violations == "[]", "\(locale)/\(guide): \(violations ?? "no answer")")
            }
        }
    }
}

extension BrowserTests {
    /// A value to type gets a copy button in the page's language (on the frozen articles).
    @Test func aValueToTypeHasACopyButton() throws {
        let project = try TemporaryProject(guides: [:])
        try FileManager.default.removeItem(at: project.url("Content/guides"))
        for folder in ["Content/guides", "Content/model", "Content/images"] {
            try FileManager.default.copyItem(at: TestPaths.project.appendingPathComponent(folder), to: project.url(folder))
        }
        var options = SiteBuilder.Options(root: project.root)
        options.check.today = ModelDates.parse("2026-12-01")!
        #expect(SiteBuilder.build(options).wrote)
        let browser = try WebDriver()
        defer { browser.quit() }
        try browser.open("file://\(project.url("Site").path)/en/teams-clear-cache/index.html")
        #expect(try browser.wait(until: "return document.querySelectorAll('button.copy-value').length === 2"))
        let text = try browser.execute("return document.querySelector('#type-folder').parentNode.querySelector('button.copy-value').textContent") as? String
        #expect(text == "Copy")
        let value = try browser.execute("return document.querySelector('#type-folder').parentNode.querySelector('span.value code').textContent") as? String
        #expect(value == "%appdata%\\Microsoft\\Teams")
    }
}
