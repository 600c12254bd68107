import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// The smaller holes: ids Windows cannot use as file names, numbers as platforms.
@Suite struct SmallHolesTests {
    @Test(arguments: ["con", "nul", "aux", "prn", "com1", "lpt9"])
    func aWindowsDeviceNameCannotBeAGuideID(_ id: String) {
        let (guide, diagnostics) = GuideFileLoader.load(text: minimalGuide(id: id), file: "g.yaml")
        #expect(guide == nil || guide?.id != id)
        #expect(
            diagnostics.map(\.headline).contains(
                "g.yaml:1:5: error: '\(id)' cannot be a guide id: Windows reserves it as a device name, so the site could not be copied there [guide.invalid-id]"),
            "\(diagnostics.map(\.headline))")
    }

    @Test func idsThatOnlyLookReservedAreFine() {
        for id in ["console", "com10", "nullable", "aux-cable", "com"] { #expect(!Slug.isWindowsReserved(id), "\(id)") }
    }

    @Test func aNumberIsNotAPlatform() {
        let text = minimalGuide(id: "g").replacingOccurrences(of: "    title: The only method", with: "    title: The only method\n    platforms: [windows, 7]")
        let (_, diagnostics) = GuideFileLoader.load(text: text, file: "g.yaml")
        #expect(diagnostics.map(\.headline) == ["g.yaml:7:26: error: '7' is not a platform [guide.invalid-id]"], "\(text)")
    }
}

/// What pages may load: no protocol-relative links, no images from other hosts.
@Suite struct PageLoadTests {
    static func step(_ text: String) -> String { minimalGuide(id: "g", stepText: text) }

    @Test(arguments: ["[x](//evil.example/a)", "[x](/\\\\evil.example/a)", "[x]( //evil.example)"])
    func aProtocolRelativeLinkIsRefusedAndUnlinked(_ text: String) throws {
        let (guide, diagnostics) = GuideFileLoader.load(text: Self.step("'\(text)'"), file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["markdown.unsafe-link"], "\(diagnostics.map(\.headline))")
        #expect(guide.map { !GuideRenderer.render($0, strings: .english).html.contains("evil.example\"") } ?? true)
    }

    @Test func anImageFromAnotherHostIsRefusedAndNotLoaded() throws {
        let (_, diagnostics) = GuideFileLoader.load(text: Self.step("'Tap ![pixel](https://tracker.example/p.gif) it.'"), file: "g.yaml")
        #expect(
            diagnostics.map(\.headline) == ["g.yaml:9:20: error: the link to 'https://tracker.example/p.gif' in the step's text is not allowed [markdown.unsafe-link]"],
            "\(diagnostics.map(\.headline))")
        let unchecked = Guide(
            id: "g", title: "T", summary: "S",
            methods: [
                Method(
                    id: "m", title: "M",
                    items: [
                        .step(Step(id: "s", text: InlineText("Tap ![pixel](https://tracker.example/p.gif).")))
                    ])
            ])
        #expect(!GuideRenderer.render(unchecked, strings: .english).html.contains("<img"))
    }

    @Test func aRelativeImageAndLinksAreFine() {
        #expect(LinkSafety.isSafeImage("images/a.png") && LinkSafety.isSafe("../other/index.html") && LinkSafety.isSafe("https://example.com"))
    }
}

/// Every page says what it may load: its own scripts, styles and images, nothing else.
@Suite struct ContentSecurityPolicyTests {
    @Test func everyPageCarriesAPolicyThatForbidsWhatTheSiteDoesNotUse() throws {
        let project = try TemporaryProject.seed()
        let result = try runWaymark(["build"], in: project.root)
        try #require(result.status == 0, "\(result.stderr)")
        let pages = project.tree().filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 4)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(
                html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"#), "\(path)")
        }
    }
}
