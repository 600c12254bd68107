import Testing
import WaymarkTestSupport

@testable import WaymarkMarkdown

/// cmark's tree converted to Swift values and back (``CMark/parse(_:)``, ``CMark/html(of:)``),
/// and the Swift walks over those values.
@Suite struct MarkdownTreeTests {
    @Test(arguments: [
        "Tap *Save* and **then** `Done`.",
        "# Title with [a link](https://a.com \"its title\")\n\nText\nover two lines  \nand a break.",
        "1) one\n2) two\n\n- a\n- b\n\n3. three",
        "![an image](images/a.png) and <b>raw</b> HTML",
        "<div>\nraw block\n</div>\n\nafter",
        "a & b &amp; c \\* d",
    ])
    func convertingToSwiftAndBackRendersWhatCmarkRendersItself(_ markdown: String) {
        #expect(CMark.html(of: CMark.parse(markdown)) == CMark.html(fromCommonMark: markdown, allowRawHTML: false))
    }

    @Test func nodesCarryTheirUTF8RangesWithNonASCIIText() throws {
        let markdown = "é *bé* `c`\nü [x](http://a)"
        let tree = CMark.parse(markdown)
        let bytes = Array(markdown.utf8)
        func text(of node: MarkdownNode) throws -> String {
            let index = try #require(tree.entries.indices.first { tree[$0] == node }, "\(node)")
            let start = try #require(tree.entries[index].utf8Start), end = try #require(tree.entries[index].utf8End)
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        #expect(try text(of: .emphasis) == "*bé*")
        // cmark 0.30 places a code span at its content, after the backtick, and gives no end.
        let code = try #require(tree.entries.first { $0.node == .code("c") })
        #expect(code.utf8Start == Array("é *bé* `".utf8).count)
        #expect(try text(of: .link(url: "http://a", title: "")) == "[x](http://a)")
        #expect(try text(of: .paragraph) == markdown)
    }

    @Test func sanitizingTurnsRawHTMLIntoTextAndUnwrapsDisallowedLinks() {
        let parsed = CMark.parse("<b>x</b> [keep](javascript:alert(1)) [ok](https://a.com)")
        var tree = MarkdownTree()
        Sanitizer.append(parsed, parsed.descendants(of: 0), to: &tree)
        #expect(tree.entries.map(\.node).contains(.text("<b>")))
        #expect(!tree.entries.map(\.node).contains { if case .htmlInline = $0 { true } else { false } })
        #expect(tree.entries.compactMap(\.node.destination) == ["https://a.com"])
        #expect(tree.plainText(0..<tree.entries.count) == "<b>x</b> keep ok")
    }

    @Test func aDeeplyNestedTreeIsWalkedWithoutRecursion() {
        let deep = String(repeating: "*", count: 100_000) + "a" + String(repeating: "*", count: 100_000)
        let tree = CMark.parse(deep)
        var depth = 0, deepest = 0
        tree.walk(0..<tree.entries.count) { _, entering in
            depth += entering ? 1 : -1
            deepest = max(deepest, depth)
        }
        #expect(depth == 0 && deepest > 10_000)
        #expect(InlineSignature(tree).strong > 10_000)
    }

    @Test func adjacentOrderedListsAlternateTheirDelimiter() {
        let list = MarkdownBlock.list(ordered: true, tight: true, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]])
        let rendered = CMark.render(MarkdownDocument([list, list, list]))
        #expect(rendered.commonMark == "1.  a\n2.  b\n\n1)  a\n2)  b\n\n1.  a\n2.  b\n", "\(rendered.commonMark)")
    }

    /// A page link to a page in another language: `hreflang` on the HTML page's `<a>`, which
    /// cmark cannot write; on the Markdown page a link like any other, its text escaped (issue 16).
    @Test func aPageLinkInAnotherLanguageSaysSoInHTMLAndIsAPlainLinkInMarkdown() {
        let link = MarkdownInline.pageLink(html: "../../en/a/index.html#s", commonMark: "../en/a.md#s", hreflang: "en", [.text("Use [x] & *y*")])
        let rendered = CMark.render(MarkdownDocument([.paragraph([.text("See "), link, .text(".")])]))
        #expect(rendered.html == "<p>See <a href=\"../../en/a/index.html#s\" hreflang=\"en\">Use [x] &amp; *y*</a>.</p>\n", "\(rendered.html)")
        #expect(rendered.commonMark == "See [Use \\[x\\] & \\*y\\*](../en/a.md#s).\n", "\(rendered.commonMark)")
        let reread = CMark.html(fromCommonMark: rendered.commonMark, allowRawHTML: false)
        #expect(reread == "<p>See <a href=\"../en/a.md#s\">Use [x] &amp; *y*</a>.</p>\n", "the Markdown page reads back as the same link: \(reread)")
    }
}
