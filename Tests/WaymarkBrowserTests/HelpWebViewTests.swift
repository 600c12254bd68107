import Foundation
import Testing
import WaymarkHelp
import WaymarkTestSupport

/// The bundle's web-view entry in headless Chromium, opened from `file://` as a WKWebView or an
/// Android WebView opens it: a guide and its step from the address, the list, links inside a
/// guide, right to left, and axe-core in light and dark.
@Suite(.serialized, Browser.needed) struct HelpWebViewTests {
    /// The seed's locales.
    static let locales = ["en", "pt-BR", "es", "ar"]

    @Test func theWebViewOpensAGuideAtItsStepFromDisk() throws {
        let (_, bundle) = try ExportedBundle.shared()
        let browser = try WebDriver(width: 390, height: 844)
        let link = bundle.link(guide: "disconnect-whatsapp-account", locale: "pt-BR", step: "open-partners")
        #expect(link.webViewURL.scheme == "file")
        try browser.open(link.webViewURL.absoluteString)
        #expect(try browser.wait(until: "return document.querySelector('article.waymark-help') !== null"), "the fragment is shown")
        let state =
            try browser.execute(
                """
                var step = document.querySelector('.current-step');
                return [document.documentElement.lang, document.documentElement.dir, document.title,
                        step ? step.querySelector('span[id]').id : '', document.activeElement === step];
                """) as? [Any]
        #expect(state?[0] as? String == "pt-BR" && state?[1] as? String == "ltr")
        #expect(state?[2] as? String == "Desconectar uma conta do WhatsApp de outra plataforma ou portfólio")
        #expect(state?[3] as? String == "open-partners" && state?[4] as? Bool == true, "\(state ?? [])")
        // A link to a method inside the guide keeps the guide in the address.
        _ = try browser.execute("document.querySelector(\"a[href='#business-manager']\").click(); return true;")
        #expect(try browser.wait(until: "return location.hash === '#pt-BR/disconnect-whatsapp-account/business-manager'"))
        #expect(try browser.wait(until: "return document.querySelector('.current-step span[id]').id === 'business-manager'"))
        browser.quit()
    }

    @Test func theWebViewListsALocalesGuidesAndOpensOne() throws {
        let (exported, _) = try ExportedBundle.shared()
        let browser = try WebDriver()
        try browser.open("file://\(exported.folder.path)/index.html#ar")
        #expect(try browser.wait(until: "return document.querySelectorAll('.waymark-help-list a').length === 1"))
        #expect(try browser.execute("return [document.documentElement.lang, document.documentElement.dir].join(' ')") as? String == "ar rtl")
        try browser.click(".waymark-help-list a")
        #expect(try browser.wait(until: "return location.hash === '#ar/disconnect-whatsapp-account' && document.querySelector('article.waymark-help[dir=rtl]') !== null"))
        // An unknown locale falls back to the source locale's list; an unknown guide to the list.
        try browser.open("file://\(exported.folder.path)/index.html#it/no-such-guide")
        #expect(try browser.wait(until: "return document.querySelectorAll('.waymark-help-list a').length === 1 && document.documentElement.lang === 'en'"))
        browser.quit()
    }

    /// axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) on the list and a guide in every locale, light and dark.
    @Test func axeReportsNoViolationsInTheWebView() throws {
        let tools = TestPaths.repository.appendingPathComponent(".venv-tools").resolvingSymlinksInPath()
        let axePath = try #require(
            try FileManager.default.subpathsOfDirectory(atPath: tools.path)
                .first { $0.hasSuffix("axe_playwright_python/axe.min.js") }, "axe-core is not installed; run `make tools`")
        let axe = try String(contentsOf: tools.appendingPathComponent(axePath), encoding: .utf8)
        let (exported, _) = try ExportedBundle.shared()
        let browser = try WebDriver()
        let pages = Self.locales.flatMap { ["\($0)", "\($0)/disconnect-whatsapp-account/open-account"] }
        for (page, scheme) in pages.flatMap({ page in ["light", "dark"].map { (page, $0) } }) {
            try browser.command(
                "goog/cdp/execute",
                [
                    "cmd": "Emulation.setEmulatedMedia",
                    "params": ["features": [["name": "prefers-color-scheme", "value": scheme]]],
                ])
            try browser.open("about:blank")
            try browser.open("file://\(exported.folder.path)/index.html#\(page)")
            #expect(try browser.wait(until: "return document.querySelector('#help > *') !== null && document.querySelector('#help noscript') === null"))
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

    /// Screenshots of the web view on a phone, for a reviewer (written to `screenshots/`, git-ignored).
    @Test func screenshotsOfTheWebView() throws {
        let (exported, _) = try ExportedBundle.shared()
        let folder = TestPaths.repository.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let browser = try WebDriver(width: 390, height: 844)
        for locale in ["en", "ar"] {
            try browser.open("file://\(exported.folder.path)/index.html#\(locale)/disconnect-whatsapp-account/open-partners")
            #expect(try browser.wait(until: "return document.querySelector('.current-step') !== null"))
            let png = try browser.screenshot()
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            try png.write(to: folder.appendingPathComponent("help-webview-\(locale).png"))
        }
        browser.quit()
    }
}

/// The web-view entry page and every fragment wrapped in a page, through the Nu HTML Checker.
@Suite struct HelpWebViewMarkupTests {
    @Test func theEntryPageAndTheFragmentsAreValidHTML() throws {
        let jar = try runTool(TestPaths.repository.appendingPathComponent("Scripts/vnu-jar.sh").path, [])
        try #require(jar.status == 0, "the Nu HTML Checker is not installed; run `make tools`")
        let (exported, bundle) = try ExportedBundle.shared()
        let pages = exported.project.url("fragment-pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for locale in bundle.manifest.locales {
            for guide in locale.guides {
                let fragment = try bundle.html(guide.id, locale: locale.tag)
                let page = "<!DOCTYPE html><html lang=\"\(locale.tag)\"><head><meta charset=\"utf-8\"><title>\(guide.id)</title></head><body>\(fragment)</body></html>"
                try Data(page.utf8).write(to: pages.appendingPathComponent("\(locale.tag)-\(guide.id).html"))
            }
        }
        let result = try runTool(
            "java",
            [
                "-jar", jar.output.trimmingCharacters(in: .whitespacesAndNewlines), "--errors-only",
                exported.folder.appendingPathComponent("index.html").path, pages.path,
            ])
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }
}
