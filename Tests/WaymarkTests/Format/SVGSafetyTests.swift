import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 15: SVG images are parsed as XML (FoundationXML's XMLParser, behind a pre-scan that
/// refuses DTDs, entities beyond XML's five and processing instructions), and each thing that
/// could run code or load from elsewhere is reported where it is written.
@Suite struct SVGSafetyTests {
    static func findings(_ marked: MarkedText) -> [SVGSafety.Finding] { SVGSafety.findings(Array(marked.text.utf8)) }

    @Test(
        arguments: [
            ("1️⃣<script>alert(1)</script>", "a script (<script>)"),
            ("<rect 1️⃣onclick=\"alert(1)\" width=\"1\" height=\"1\"/>", "an event handler attribute (onclick=…)"),
            ("1️⃣<foreignObject><p>hi</p></foreignObject>", "a foreign object (<foreignObject>)"),
            ("<image 1️⃣href=\"https://tracker.example/p.png\"/>", "a reference to another file or site (href=\"https://tracker.example/p.png\")"),
            ("<use 1️⃣xlink:href=\"other.svg#a\"/>", "a reference to another file or site (xlink:href=\"other.svg#a\")"),
            ("<rect 1️⃣style=\"fill: url(http://x.example/a)\"/>", "a url() that loads another file or site in style"),
            ("1️⃣<style>rect { fill: url(https://x.example/a) }</style>", "a url() that loads another file or site in a <style>"),
            ("<set 1️⃣attributeName=\"href\" to=\"https://evil.example\"/>", "an animation that sets href"),
        ] as [(String, String)])
    func eachUnsafeConstructIsFoundWhereItIsWritten(_ body: String, _ what: String) {
        let marked = MarkedText(
            """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
              \(body)
            </svg>
            """)
        let found = Self.findings(marked)
        #expect(found.map(\.what) == [what])
        #expect(found.first?.location == marked["1️⃣"])
    }

    /// What a text scan for `<script` and `url(` did not see: a namespace prefix on the element,
    /// and a character reference inside the attribute. The parser reads both as what they are.
    @Test func whatFooledTheTextScanIsFound() {
        let prefixed = MarkedText(
            """
            <svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="10" height="10">
              1️⃣<svg:script>alert(1)</svg:script>
            </svg:svg>
            """)
        #expect(Self.findings(prefixed) == [SVGSafety.Finding(what: "a script (<svg:script>)", location: prefixed["1️⃣"]!)])
        let referenced = MarkedText(
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <rect 1️⃣style="fill: u&#114;l(https://x.example/a)" width="10" height="10"/>
            </svg>
            """)
        #expect(Self.findings(referenced) == [SVGSafety.Finding(what: "a url() that loads another file or site in style", location: referenced["1️⃣"]!)])
    }

    /// And what it refused wrongly: words in the picture's text that look like an attribute.
    @Test func wordsInTheTextAreNotAttributes() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1" y="5"> onboarding = fast, see url(help)</text></svg>"#
        #expect(SVGSafety.findings(Array(svg.utf8)).isEmpty)
    }

    @Test(
        arguments: [
            ("1️⃣<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>", "a document type declaration (<!DOCTYPE…)"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><text>1️⃣&lol;</text></svg>", "an entity reference (&lol;)"),
            (
                "<?xml version=\"1.0\"?>\n1️⃣<?xml-stylesheet href=\"https://x.example/a.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>",
                "a processing instruction (<?…?>)"
            ),
        ] as [(String, String)])
    func nothingThatCouldExpandOrFetchReachesTheParser(_ text: String, _ what: String) {
        let marked = MarkedText(text)
        #expect(Self.findings(marked) == [SVGSafety.Finding(what: what, location: marked["1️⃣"]!)])
    }

    @Test func everyFindingIsReportedAndMalformedXMLToo() {
        let marked = MarkedText(
            """
            <svg xmlns="http://www.w3.org/2000/svg" 1️⃣onload="x()" width="10" height="10">
              2️⃣<script>x()</script>
              <a 3️⃣href="javascript:x()"><rect width="1" height="1"/></a>
            </svg>
            """)
        #expect(Self.findings(marked).map(\.location) == [marked["1️⃣"]!, marked["2️⃣"]!, marked["3️⃣"]!, marked["3️⃣"]!])
        let broken = SVGSafety.findings(Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect></svg>"#.utf8))
        #expect(broken.count == 1 && broken[0].what.hasPrefix("no well-formed XML"), "\(broken)")
    }
}
