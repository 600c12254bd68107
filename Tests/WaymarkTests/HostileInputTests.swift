import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// Inputs found in review that once crashed, hung or leaked markup; each stays fixed.
@Suite struct HostileInputTests {
    static func step(_ text: String, url: String? = nil) -> String {
        """
        id: g
        title: T
        summary: S.
        methods:
          - id: m
            title: M
            steps:
              - id: s
                text: \(text)
        \(url.map { "        url: \($0)" } ?? "")
        """
    }

    @Test func aLoneCarriageReturnInMarkdownDoesNotCrash() {
        let (_, diagnostics) = GuideFileLoader.load(text: Self.step(#""[r]: javascript:a\n\r<b>[x][r]""#), file: "g.yaml")
        #expect(diagnostics.contains { $0.ruleID == "markdown.raw-html" })
    }

    @Test func anAliasBombIsStoppedWithOneDiagnostic() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (guide, diagnostics) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        #expect(guide == nil)
        #expect(diagnostics.map(\.ruleID) == ["file.too-large"])
    }

    @Test func aFileOverOneMebibyteIsRefused() {
        let (_, diagnostics) = GuideFileLoader.load(text: "id: g\n# " + String(repeating: "x", count: 1 << 20), file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["file.too-large"])
    }

    @Test func deeplyNestedEmphasisRendersWithoutExhaustingTheStack() {
        let deep = String(repeating: "*", count: 100_000) + "a" + String(repeating: "*", count: 100_000)
        let rendered = CMark.renderInline(deep)
        #expect(rendered.plainText.contains("a"))
    }

    @Test func aLinkWhoseTextIsItsURLCannotSmuggleAScriptIntoTheMarkdownPage() {
        let text = #""[https://a.com/&lt;script&gt;x&lt;/script&gt;](https://a.com/&lt;script&gt;x&lt;/script&gt;)""#
        let (guide, diagnostics) = GuideFileLoader.load(text: Self.step(text), file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["markdown.unsafe-link"])
        if let guide {
            let page = GuideRenderer.render(guide, strings: .english)
            #expect(!CMark.html(fromCommonMark: page.markdown, allowRawHTML: true).contains("<script"))
        }
        let unchecked = Guide(
            id: "g", title: "T", summary: "S",
            methods: [
                Method(
                    id: "m", title: "M",
                    items: [
                        .step(Step(id: "s", text: InlineText("[https://a.com/&lt;script&gt;x&lt;/script&gt;](https://a.com/&lt;script&gt;x&lt;/script&gt;)")))
                    ])
            ])
        let page = GuideRenderer.render(unchecked, strings: .english)
        #expect(!CMark.html(fromCommonMark: page.markdown, allowRawHTML: true).contains("<script"), "\(page.markdown)")
        #expect(!page.html.contains("<script"))
    }

    @Test func aPlaceholderCannotCompleteRawHTML() throws {
        let (guide, _) = GuideFileLoader.load(text: Self.step(#""<img src=x onerror=alert(1) title='{url}""#, url: "\"https://a.com/'\""), file: "g.yaml")
        let loaded = try #require(guide)
        let page = GuideRenderer.render(loaded, strings: .english)
        for output in [page.html, CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)] {
            #expect(!output.contains("<img"), "\(output)")
        }
        #expect(page.html.contains("<a href=\"https://a.com/&#x27;\">"), "the URL is still a link: \(page.html)")
    }

    @Test func placeholderMarkersInTheTextItselfFillNothing() {
        let inline = MarkdownInline.template("Tap \u{E000}0\u{E001} or {label}.", slots: ["label": .strong([.text("OK")])])
        let html = CMark.render(MarkdownDocument([.paragraph([inline])])).html
        #expect(html == "<p>Tap \u{FFFD}0\u{FFFD} or <strong>OK</strong>.</p>\n", "\(html)")
    }

    @Test func aFoldedPlainScalarIsReportedAtItsStartNotPastTheLineEnd() {
        let marked = MarkedText(
            """
            id: g
            title: T
            summary: S.
            methods:
              - id: m
                title: M
                steps:
                  - id: s
                    text: 1️⃣Tap the first
                      then <b>x</b>
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == ["markdown.raw-html"])
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }

    @Test func anEscapedDoubleQuotedScalarIsReportedAtItsStart() {
        let marked = MarkedText(Self.step(#"1️⃣"caf\u00e9 \t <b>x</b>""#))
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }

    @Test func lineSeparatorsCountAsLibyamlCountsThem() {
        let text = "title: \"A\u{2028}B\"\nnext: x"
        #expect(SourceText(text).line(3) == "next: x")
        #expect(SourceText("a\rb\r\nc").line(3) == "c")
        #expect(SourceText("a\rb").location(utf8Offset: 2) == SourceLocation(line: 2, column: 1))
    }
}
