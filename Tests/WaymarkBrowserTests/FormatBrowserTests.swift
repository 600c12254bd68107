import Foundation
import Testing
import WaymarkSite
import WaymarkTestSupport

/// Issue 15's constructs in a real browser: axe-core on the fixture pages (troubleshooting,
/// links out, images) in light and dark mode, and images that load with their size reserved.
@Suite(.serialized, Browser.needed) struct FormatBrowserTests {
    /// The format fixtures built as a site.
    static func build() throws -> (TemporaryProject, SiteBuilder.Report) {
        let project = try TemporaryProject.formatFixtures()
        return (project, SiteBuilder.build(.configured(root: project.root)))
    }

    @Test func axeAndImagesOnTheFixturePages() throws {
        // Resolved first: in a git worktree `.venv-tools` is a link to the main checkout's.
        let tools = TestPaths.repository.appendingPathComponent(".venv-tools").resolvingSymlinksInPath()
        let axePath = try #require(
            try FileManager.default.subpathsOfDirectory(atPath: tools.path)
                .first { $0.hasSuffix("axe_playwright_python/axe.min.js") }, "axe-core is not installed; run `make tools`")
        let axe = try String(contentsOf: tools.appendingPathComponent(axePath), encoding: .utf8)
        let (project, report) = try Self.build()
        #expect(report.wrote)
        defer { _ = project }
        let site = project.url("Site")
        let browser = try WebDriver()
        defer { browser.quit() }
        for locale in ["en", "ar"] {
            for scheme in ["light", "dark"] {
                try browser.command(
                    "goog/cdp/execute",
                    [
                        "cmd": "Emulation.setEmulatedMedia",
                        "params": ["features": [["name": "prefers-color-scheme", "value": scheme]]],
                    ])
                try browser.open("file://\(site.path)/\(locale)/invite-a-teammate/index.html")
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
                #expect(violations == "[]", "\(locale) (\(scheme)): \(violations ?? "no answer")")
                // Before any image loads, its box already has its final size: no layout shift.
                let boxes =
                    try browser.execute(
                        """
                        return Array.from(document.querySelectorAll('main img')).map(function (img) {
                          var box = img.getBoundingClientRect();
                          return [img.getAttribute('width'), img.getAttribute('height'), Math.round(box.width), Math.round(box.height), img.alt.length > 0].join(' ');
                        });
                        """) as? [String]
                #expect(boxes?.count == 2)
                for box in boxes ?? [] {
                    let parts = box.split(separator: " ")
                    #expect(parts.count == 5 && parts[0] == parts[2] && parts[1] == parts[3] && parts[4] == "true", "\(box)")
                }
                // Scrolled into view, every (lazy) image loads; in dark mode the dark variant.
                _ = try browser.execute("document.querySelectorAll('main img').forEach(function (img) { img.loading = 'eager'; }); return true;")
                #expect(try browser.wait(until: "return Array.from(document.querySelectorAll('main img')).every(function (img) { return img.complete && img.naturalWidth > 0; })"))
                let current = try browser.execute("return document.querySelector('main picture img').currentSrc") as? String
                #expect(current?.contains(scheme == "dark" ? "members-dark." : "/members.") == true, "\(current ?? "")")
            }
        }
    }

    /// Screenshots of the fixture page (English and Arabic, phone width, light and dark) for a
    /// reviewer, in `screenshots/` (git-ignored).
    @Test func screenshotsOfTheFixturePage() throws {
        let (project, _) = try Self.build()
        defer { _ = project }
        let folder = TestPaths.repository.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let browser = try WebDriver(width: 390, height: 2400)
        defer { browser.quit() }
        for locale in ["en", "ar"] {
            for scheme in ["light", "dark"] {
                try browser.command(
                    "goog/cdp/execute",
                    [
                        "cmd": "Emulation.setEmulatedMedia",
                        "params": ["features": [["name": "prefers-color-scheme", "value": scheme]]],
                    ])
                try browser.open("file://\(project.url("Site").path)/\(locale)/invite-a-teammate/index.html")
                _ = try browser.execute("document.querySelectorAll('main img').forEach(function (img) { img.loading = 'eager'; }); return true;")
                _ = try browser.wait(until: "return Array.from(document.querySelectorAll('main img')).every(function (img) { return img.complete; })")
                let png = try browser.screenshot()
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
                try png.write(to: folder.appendingPathComponent("format-\(locale)-\(scheme).png"))
            }
        }
    }
}
