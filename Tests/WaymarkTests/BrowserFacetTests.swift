import Foundation
import Testing

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
