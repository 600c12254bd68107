import Foundation
import Testing
import WaymarkTestSupport

/// `waymark serve` as a user runs it: the real binary on a loopback port, real edits of the
/// guide file, answers read over HTTP.
@Suite(.serialized) struct ServeTests {
    static let page = "en/disconnect-whatsapp-account/"

    @Test func servesTheSiteFromMemoryWithTheLiveScript() throws {
        let project = try TemporaryProject.seedWithLocales()
        let server = try ServeProcess(root: project.root)
        let page = try server.get(Self.page)
        #expect(page.status == 200)
        #expect(page.type == "text/html; charset=utf-8")
        #expect(page.body.contains("Disconnect a WhatsApp account"))
        #expect(page.body.contains(#"<script src="/_waymark/live.js" data-generation="1"></script></body>"#))
        #expect(try server.get("es/disconnect-whatsapp-account/").body.contains("Desconectar una cuenta de WhatsApp"))
        #expect(try server.get("style.css").type == "text/css; charset=utf-8")
        #expect(try server.get("_waymark/live.js").body.contains("new WebSocket"))
        let missing = try server.get("en/no-such-guide/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<html"), "the locale's not-found page")
        #expect(!FileManager.default.fileExists(atPath: project.url("Site").path), "serve writes nothing to disk")
        #expect(server.stdout.contains("Serving 1 guide in 8 locales at http://127.0.0.1:"))
        #expect(server.interrupt() == 0)
        #expect(server.stdout.contains("Stopped."))
    }

    @Test func anEditIsServedAndABrokenEditKeepsTheLastGoodPage() throws {
        let project = try TemporaryProject.seedWithLocales()
        let server = try ServeProcess(root: project.root)
        let guide = "Content/guides/disconnect-whatsapp-account.yaml"
        let original = try project.read(guide)
        try project.write(guide, original.replacingOccurrences(of: "title: Disconnect a WhatsApp account", with: "title: Unlink a WhatsApp account"))
        #expect(try server.wait(for: Self.page) { $0.contains("Unlink a WhatsApp account") && !$0.contains(#"data-generation="1""#) })
        #expect(server.stdout.contains("Rebuilt 1 guide in 8 locales in"))

        try project.write(guide, original.replacingOccurrences(of: "title: Disconnect", with: "titel: Disconnect"))
        #expect(try server.wait(for: Self.page, seconds: 10) { _ in server.stdout.contains("still serving the last good build") })
        #expect(server.stderr.contains("disconnect-whatsapp-account.yaml:4:1: error: unknown key 'titel'"), "\(server.stderr)")
        #expect(try server.get(Self.page).body.contains("Unlink a WhatsApp account"), "the last good page stays served")

        try project.write(guide, original)
        #expect(try server.wait(for: Self.page) { $0.contains("Disconnect a WhatsApp account") })
        #expect(server.interrupt() == 0)
    }

    @Test func aPortInUseIsSaidInWords() throws {
        let project = try TemporaryProject.seedWithLocales()
        let first = try ServeProcess(root: project.root)
        let port = first.baseURL.split(separator: ":").last!.dropLast()
        let second = try runWaymark(["serve", "--root", project.root.path, "--port", String(port)], in: project.root)
        #expect(second.status == 2)
        #expect(second.stderr.contains("the port is in use; choose another with --port"), "\(second.stderr)")
        #expect(first.interrupt() == 0)
    }
}

/// The preview in headless Chromium: the open page follows the edits by itself.
@Suite(.serialized, Browser.needed) struct ServeBrowserTests {
    @Test func theOpenPageShowsAnEditAndABrokenEditsDiagnostics() throws {
        let project = try TemporaryProject.seedWithLocales()
        let server = try ServeProcess(root: project.root)
        let browser = try WebDriver()
        defer { browser.quit() }
        try browser.open(server.baseURL + ServeTests.page)
        #expect(try browser.wait(until: "return document.querySelector('h1').textContent.includes('Disconnect a WhatsApp account')"))
        let guide = "Content/guides/disconnect-whatsapp-account.yaml"
        let original = try project.read(guide)

        try project.write(guide, original.replacingOccurrences(of: "title: Disconnect a WhatsApp account", with: "title: Unlink a WhatsApp account"))
        #expect(try browser.wait(until: "return document.querySelector('h1').textContent.includes('Unlink a WhatsApp account')", seconds: 15))

        try project.write(guide, original.replacingOccurrences(of: "title: Disconnect", with: "titel: Disconnect"))
        #expect(
            try browser.wait(
                until:
                    "var o = document.getElementById('waymark-overlay'); return o !== null && o.textContent.includes('disconnect-whatsapp-account.yaml:4:1: error: unknown key')",
                seconds: 15))
        #expect(
            try browser.execute("return document.querySelector('h1').textContent") as? String == "Unlink a WhatsApp account from another platform or portfolio",
            "the last good page stays")

        try project.write(guide, original)
        #expect(
            try browser.wait(
                until: "return document.getElementById('waymark-overlay') === null && document.querySelector('h1').textContent.includes('Disconnect a WhatsApp account')",
                seconds: 15))
        #expect(server.interrupt() == 0)
    }
}
