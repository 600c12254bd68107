import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// Edge cases found in review of the checker and the step text; each stays fixed.
@Suite struct CheckerEdgeCaseTests {
    static func rules(_ yaml: String) throws -> [String] {
        try CheckerTests.check(yaml).map(\.ruleID).filter { $0 != "model.stale" }
    }

    @Test func anOptionalParentStepMayBeSkippedWithItsSubsteps() throws {
        let yaml = CheckerTests.guide(
            methodExtra: "    end: home\n    platforms: [ios]\n",
            steps: CheckerTests.open + """
                      - id: look
                        text: If you want, look at your settings.
                        optional: true
                        steps:
                          - id: settings
                            action: tap
                            target: settings-tab
                """)
        #expect(try Self.rules(yaml) == [])
    }

    @Test func aStepForAPlatformItsMethodDoesNotCoverIsReported() throws {
        let yaml = CheckerTests.guide(
            methodExtra: "    platforms: [ios]\n",
            steps: CheckerTests.open + """
                      - id: menu
                        platforms: [android]
                        action: tap
                        target: no-such-element
                """)
        #expect(try Self.rules(yaml) == ["check.platform-mismatch"])
    }

    @Test func aSubstepActionInAMethodWithoutASurfaceIsReported() throws {
        let yaml = """
            id: g
            title: T
            summary: S.
            methods:
              - id: m
                title: M
                steps:
                  - id: parent
                    text: Do it.
                    steps:
                      - id: child
                        action: tap
                        target: no-such-thing
            """
        let (guide, _) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        let result = Checker.check(guides: [try #require(guide)], model: try CheckerTests.model())
        #expect(result.diagnostics.map(\.ruleID) == ["check.unknown-surface"])
    }

    @Test func theDefaultPortIsTheSameOrigin() {
        #expect(ModelOrigins.origin(of: "https://Business.Facebook.com:443/x") == "https://business.facebook.com")
        #expect(ModelOrigins.origin(of: "https://business.facebook.com:8443/x") == "https://business.facebook.com:8443")
    }

    @Test(arguments: [#"https://evil.com\@business.facebook.com/"#, "https://user@business.facebook.com/"])
    func urlsWithUserInfoAreRejected(_ url: String) {
        let yaml = CheckerTests.guide(
            surface: "demo-web",
            steps: """
                      - id: open
                        action: open-url
                        url: '\(url)'
                """)
        let (_, diagnostics) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["guide.invalid-url"])
    }

    @Test func aModelWhoseStartIsNotAnIDIsReportedInTheModelFile() {
        let (surface, diagnostics) = ModelLoader.load(
            text: """
                id: demo
                name: Demo
                kind: app
                platforms: [ios]
                start: [home]
                screens:
                  - id: home
                    elements: []
                """, file: "Content/model/demo.yaml")
        #expect(surface == nil)
        #expect(diagnostics.map(\.ruleID) == ["guide.wrong-type"])
        #expect(diagnostics.first?.file == "Content/model/demo.yaml")
    }

    @Test func labelPlaceholderWithoutATargetIsReported() {
        let yaml = CheckerTests.guide(
            steps: CheckerTests.open + """
                      - id: s
                        text: Tap {label}.
                """)
        let (_, diagnostics) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["guide.missing-field"])
    }

    @Test func labelPlaceholderOnAnElementWithoutALabelIsReported() throws {
        let yaml = CheckerTests.guide(
            steps: CheckerTests.open + """
                      - id: s
                        action: tap
                        target: banner
                        text: Tap {label}.
                """)
        #expect(try Self.rules(yaml) == ["check.missing-label"])
    }

    static func render(_ text: String, target: String? = "account") -> String {
        let step = Step(id: "s", text: InlineText(text), action: .tap, target: target, url: InlineText("https://a.example"))
        let guide = Guide(id: "g", title: "T", summary: "S", methods: [Method(id: "m", title: "M", items: [.step(step)], surface: "demo-app")])
        struct Labels: ProductLabels {
            func label(surface: String, element: String, locale: LocaleID) -> String? { "Account" }
            func surfaceName(_ surface: String) -> String? { "Demo" }
        }
        return GuideRenderer.render(guide, strings: .english, labels: Labels()).html
    }

    @Test func placeholdersInCodeAndLinkDestinationsStayAsWritten() {
        let html = Self.render("Type `{label}` or see [the page]({url}).")
        #expect(html.contains("<code>{label}</code>"), "\(html)")
        #expect(html.contains("href=\"%7Burl%7D\""), "\(html)")
        #expect(!html.unicodeScalars.contains("\u{E000}") && !html.unicodeScalars.contains("\u{E001}"))
    }

    @Test func aURLPlaceholderInsideLinkTextDoesNotNestLinks() {
        let html = Self.render("[see {url}](https://b.example)")
        #expect(html.components(separatedBy: "<a ").count == 2, "one link, not two nested: \(html)")
    }

    @Test func combiningMarksCannotHideAPlaceholder() {
        let html = Self.render("\u{0600}{label}\u{0301} now")
        // Compared as bytes: the combining mark joins the closing tag's `>` into one Character.
        let bytes = Array(html.utf8), needle = Array("<strong>Account</strong>".utf8)
        #expect((0...(bytes.count - needle.count)).contains { Array(bytes[$0..<$0 + needle.count]) == needle }, "\(html)")
        #expect(!html.unicodeScalars.contains("\u{E000}"))
    }
}
