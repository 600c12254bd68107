import Foundation
import Testing
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

/// The built site in a real browser (headless Chromium through chromedriver), opened from
/// disk and from a local HTTP server: search, anchors, copy links, accessibility (axe-core),
/// and screenshots for a reviewer. `make tools` installs Chromium, chromedriver and axe-core.
@Suite(.serialized, Browser.needed) struct BrowserTests {
    /// The repository's content built into a temporary project's `Site/`.
    static func site() throws -> (TemporaryProject, URL) {
        let project = try TemporaryProject.seedWithLocales()
        var options = SiteBuilder.Options(root: project.root)
        options.check.today = ModelDates.parse("2026-11-27")!
        let report = SiteBuilder.build(options)
        #expect(report.wrote, "\(report.diagnostics.map(\.headline))")
        return (project, project.url("Site"))
    }

    static let resultsShown = "return document.querySelectorAll('#search-results a').length > 0"

    @Test(arguments: ["disk", "http"])
    func searchFindsTheSeedAndLandsOnTheMatchedStep(_ mode: String) throws {
        let (project, site) = try Self.site()
        let server = mode == "http" ? try StaticServer(folder: site) : nil
        let base = server?.baseURL ?? "file://\(site.path)/"
        let browser = try WebDriver()
        defer { _ = project }
        try browser.open(base + "en/index.html")
        #expect(try browser.wait(until: "return !document.querySelector('form[data-search]').hidden"), "site.js shows the search form")
        try browser.type("partners", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown))
        let found =
            try browser.execute(
                """
                var link = document.querySelector('#search-results a');
                return [link.getAttribute('href'), link.querySelector('.search-title').textContent,
                        link.querySelector('.search-step').textContent, document.getElementById('search-status').textContent];
                """) as? [String]
        #expect(
            found == [
                "disconnect-whatsapp-account/index.html#open-partners",
                "Disconnect a WhatsApp account from another platform or portfolio",
                "Open the Partners tab.", "1 guide matches.",
            ])
        try browser.click("#search-results a")
        #expect(try browser.wait(until: "return location.hash === '#open-partners' && document.getElementById('open-partners') !== null"))
        #expect(try browser.execute("return document.querySelector(':target') && document.querySelector(':target').id") as? String == "open-partners")
        browser.quit()
        _ = server
    }

    @Test func searchIgnoresCaseAndDiacriticsAndWorksFromTheKeyboard() throws {
        let (project, site) = try Self.site()
        let browser = try WebDriver()
        defer { _ = project }
        try browser.open("file://\(site.path)/pt-BR/disconnect-whatsapp-account/index.html")
        try browser.type("CONEXAO ANTERIOR", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown), "conexão matches CONEXAO")
        let href = try browser.execute("return document.querySelector('#search-results a').getAttribute('href')") as? String
        #expect(href?.hasPrefix("../disconnect-whatsapp-account/index.html#") == true, "\(href ?? "")")
        try browser.type("\u{E015}", into: "#search-input")  // ArrowDown
        #expect(try browser.wait(until: "return document.activeElement === document.querySelector('#search-results a')"))
        try browser.open("file://\(site.path)/ar/index.html")
        try browser.type("الحساب", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown))
        let status = try browser.execute("return document.getElementById('search-status').textContent") as? String
        #expect(status == "دليل واحد مطابق.")
        try browser.type("zzzz", into: "#search-input")
        #expect(try browser.wait(until: "return document.querySelectorAll('#search-results a').length === 0"))
        browser.quit()
    }

    /// Japanese has no spaces between words: アカウント削除 ("account" "remove") finds the step that says
    /// アカウントへのアクセス権を削除 with the browser's Intl.Segmenter, and again with character n-grams
    /// once the segmenter is taken away. Hebrew (right to left) folds its vowel points.
    @Test func searchFindsWordsInJapaneseAndHebrew() throws {
        let (project, site) = try Self.site()
        let browser = try WebDriver()
        defer { _ = project }
        let clear = "var i = document.getElementById('search-input'); i.value = ''; i.dispatchEvent(new Event('input'));"
        let first = "var a = document.querySelector('#search-results a'); return [a.getAttribute('href'), document.getElementById('search-status').textContent];"
        try browser.open("file://\(site.path)/ja/index.html")
        #expect(try browser.execute("return typeof Intl.Segmenter") as? String == "function")
        try browser.type("アカウント削除", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown), "segmented into アカウント and 削除")
        #expect(try browser.execute(first) as? [String] == ["disconnect-whatsapp-account/index.html#remove-access", "1 件のガイドが一致しました。"])
        _ = try browser.execute(clear + " delete Intl.Segmenter;")
        #expect(try browser.execute("return typeof Intl.Segmenter") as? String == "undefined")
        try browser.type("アカウント削除", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown), "split where the script changes, without a segmenter")
        #expect(try browser.execute(first) as? [String] == ["disconnect-whatsapp-account/index.html#remove-access", "1 件のガイドが一致しました。"])
        _ = try browser.execute(clear)
        try browser.type("接続解除 スマートフォン", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown), "Han runs as bigrams")

        try browser.open("file://\(site.path)/he/index.html")
        #expect(try browser.execute("return document.documentElement.dir") as? String == "rtl")
        try browser.type("נִיתּוּק", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown), "pointed ניתוק matches the unpointed text")
        #expect(try browser.execute("return document.getElementById('search-status').textContent") as? String == "נמצא מדריך אחד.")
        _ = try browser.execute(clear)
        try browser.type("הכרטיסייה שותפים", into: "#search-input")
        #expect(try browser.wait(until: Self.resultsShown))
        #expect(try browser.execute(first) as? [String] == ["disconnect-whatsapp-account/index.html#open-partners", "נמצא מדריך אחד."])
        browser.quit()
    }

    @Test func everyStepGetsACopyLinkControl() throws {
        let (project, site) = try Self.site()
        let browser = try WebDriver()
        defer { _ = project }
        try browser.open("file://\(site.path)/en/disconnect-whatsapp-account/index.html")
        #expect(try browser.wait(until: "return document.querySelectorAll('button.copy-link').length > 0"))
        let count = try browser.execute("return document.querySelectorAll('button.copy-link').length") as? Int
        #expect(count == 22, "one per step and wait")
        let name = try browser.execute("return document.querySelector('p:has(> #open-account) button.copy-link').getAttribute('aria-label')") as? String
        #expect(name == "Copy link to this step")
        // Clicked from a script: a real click waits on the clipboard permission prompt headless Chromium cannot answer.
        _ = try browser.execute("document.querySelector('p:has(> #open-account) button.copy-link').click(); return true;")
        #expect(try browser.wait(until: "return location.hash === '#open-account' || document.querySelector('p:has(> #open-account) button.copy-link').textContent === '✓'"))
        browser.quit()
    }

    /// axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) on every page type in every locale.
    @Test func axeReportsNoViolations() throws {
        let axePath = try #require(
            try FileManager.default.subpathsOfDirectory(atPath: TestPaths.repository.appendingPathComponent(".venv-tools").path)
                .first { $0.hasSuffix("axe_playwright_python/axe.min.js") }, "axe-core is not installed; run `make tools`")
        let axe = try String(contentsOf: TestPaths.repository.appendingPathComponent(".venv-tools/\(axePath)"), encoding: .utf8)
        let (project, site) = try Self.site()
        defer { _ = project }
        var pages = ["index.html"]
        for locale in ["en", "pt-BR", "es", "ar", "de", "fr", "ja", "he"] {
            pages += ["\(locale)/index.html", "\(locale)/disconnect-whatsapp-account/index.html", "\(locale)/404.html"]
        }
        let browser = try WebDriver()
        for (page, scheme) in pages.flatMap({ page in ["light", "dark"].map { (page, $0) } }) {
            // Contrast is checked in both color schemes the stylesheet has.
            try browser.command(
                "goog/cdp/execute",
                [
                    "cmd": "Emulation.setEmulatedMedia",
                    "params": ["features": [["name": "prefers-color-scheme", "value": scheme]]],
                ])
            try browser.open("file://\(site.path)/\(page)")
            #expect(try browser.execute("return matchMedia('(prefers-color-scheme: dark)').matches") as? Bool == (scheme == "dark"))
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
            #expect(violations == "[]", "\(page) (\(scheme)): \(violations ?? "no answer")")
        }
        browser.quit()
    }

    /// Screenshots of the seed page at phone and desktop widths, for a reviewer to look at:
    /// written to `screenshots/` at the repository's root (git-ignored).
    @Test func screenshotsAtPhoneAndDesktopWidths() throws {
        let (project, site) = try Self.site()
        defer { _ = project }
        let folder = TestPaths.repository.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, width, height) in [("phone", 390, 844), ("desktop", 1280, 900)] {
            let browser = try WebDriver(width: width, height: height)
            for locale in ["en", "ar"] {
                try browser.open("file://\(site.path)/\(locale)/disconnect-whatsapp-account/index.html")
                let png = try browser.screenshot()
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
                try png.write(to: folder.appendingPathComponent("\(locale)-\(name).png"))
            }
            browser.quit()
        }
    }
}
