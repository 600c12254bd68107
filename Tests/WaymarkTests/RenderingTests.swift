import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

@Suite struct RenderingTests {
    static func seed() throws -> Guide {
        let content = ContentLoader.load(root: TestPaths.project)
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics.map(\.headline))")
        return try #require(content.guides.first { $0.id == "disconnect-whatsapp-account" })
    }

    /// UI labels from the frozen project's product model.
    static let labels = ModelLabels(model: ModelLoader.load(root: TestPaths.project).model)

    /// The HTML golden is the whole page, in SiteBuildTests; the body in it is this document's.
    @Test func seedGuideMatchesItsGoldenMarkdown() throws {
        let page = GuideRenderer.render(try Self.seed(), strings: .english, labels: Self.labels)
        assertSnapshot(page.markdown, named: "disconnect-whatsapp-account.en.md")
    }

    /// The Markdown page is valid CommonMark: cmark reads it back into the HTML page body.
    @Test func markdownPageRendersBackToTheSameHTML() throws {
        let page = GuideRenderer.render(try Self.seed(), strings: .english, labels: Self.labels)
        let again = CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)
        #expect(Self.withoutLeadingSpaces(Self.withoutListSeparators(again)) == Self.withoutLeadingSpaces(page.html))
    }

    /// A list item that starts with an HTML block (a warning before the step) is written by
    /// cmark with a blank first line, so the block reads back one space in; HTML ignores it.
    static func withoutLeadingSpaces(_ html: String) -> String {
        html.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }.joined(separator: "\n")
    }

    /// cmark's CommonMark writer puts `<!-- end list -->` between two adjacent lists so that
    /// they stay two lists; it is a comment, not content.
    static func withoutListSeparators(_ html: String) -> String {
        html.replacingOccurrences(of: "<!-- end list -->\n", with: "")
    }

    @Test func restoresTheSeedsStructure() throws {
        let guide = try Self.seed()
        #expect(guide.methods.map(\.id) == ["coexistence", "business-manager"])
        let first = guide.methods[0]
        #expect(first.items.filter { if case .step = $0 { true } else { false } }.count == 7)
        guard case .wait(let wait) = first.items.last else { Issue.record("method 1 ends with a wait"); return }
        #expect(wait.duration == DurationRange(lower: 1, upper: 2, unit: .minutes))
        guard case .step(let choose) = first.items[4] else { Issue.record("step 5 is a step"); return }
        #expect(choose.choices?.options.map(\.markdown) == ["another company", "another tool", "a previous connection"])
        guard case .step(let remove) = guide.methods[1].items[6] else { Issue.record("method 2 step 7 is a step"); return }
        #expect(remove.substeps.count == 3)
        #expect(remove.callouts.map(\.kind) == [.warning])
        guard case .step(let open) = guide.methods[1].items[0] else { Issue.record("method 2 starts with a step"); return }
        #expect(open.url?.markdown == "https://business.facebook.com")
        #expect(guide.outcome?.results.count == 2)
    }

    @Test(arguments: [
        "Tap <script>alert(1)</script> now.",
        "<script>alert(1)</script>",
        "Read [this](javascript:alert(1)).",
        "Read [this](JAVA\tSCRIPT:alert(1)).",
        "<img src=x onerror=alert(1)>",
        "![x](javascript:alert(1))",
        "Read <javascript:alert(1)>.",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
    ])
    func scriptsAndJavascriptLinksNeverReachAPage(_ text: String) throws {
        let guide = Guide(
            id: "hostile", title: InlineText(text), summary: InlineText(text),
            methods: [
                Method(
                    id: "m", title: InlineText(text),
                    items: [
                        .step(Step(id: "s", text: InlineText(text), result: InlineText(text), callouts: [Callout(kind: .tip, text: InlineText(text))]))
                    ])
            ]
        )
        let page = GuideRenderer.render(guide, strings: .english)
        for output in [page.html, page.title.html, page.summary.html, CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)] {
            let lowered = output.lowercased()
            #expect(!lowered.contains("<script"), "\(output)")
            #expect(!lowered.contains("<img"), "\(output)")
            #expect(!lowered.contains("javascript:") || !lowered.contains("href=\"javascript"), "\(output)")
            #expect(!lowered.contains("href=\"java"), "\(output)")
            #expect(!lowered.contains("href=\"data:"), "\(output)")
            #expect(!lowered.contains("src=\"javascript"), "\(output)")
        }
    }

    @Test func waitsAreAsidesBetweenNumberedLists() {
        let guide = Guide(
            id: "g", title: "T", summary: "S",
            methods: [
                Method(
                    id: "m", title: "M",
                    items: [
                        .step(Step(id: "a", text: "One.")),
                        .wait(Wait(id: "w", duration: DurationRange(lower: 30, unit: .seconds), reason: "It syncs.")),
                        .step(Step(id: "b", text: "Two.")),
                    ])
            ])
        let html = GuideRenderer.render(guide, strings: .english).html
        #expect(html.contains("<aside class=\"callout callout-wait\" role=\"note\" aria-label=\"Wait\">\n<p><span id=\"w\"></span><strong>Wait 30 seconds</strong>. It syncs.</p>"))
        #expect(html.contains("<ol start=\"2\">"), "numbering carries on after the wait: \(html)")
    }

    @Test(arguments: [
        ("pt-BR", DurationRange(lower: 1, upper: 2, unit: .minutes), "Aguarde de 1 a 2 minutos"),
        ("pt-BR", DurationRange(lower: 1, unit: .hours), "Aguarde 1 hora"),
        ("es", DurationRange(lower: 1, upper: 2, unit: .minutes), "Espera entre 1 y 2 minutos"),
        ("es", DurationRange(lower: 30, unit: .seconds), "Espera 30 segundos"),
        ("es", DurationRange(lower: 1, unit: .days), "Espera 1 día"),
        ("ar", DurationRange(lower: 1, upper: 2, unit: .minutes), "انتظر من دقيقة إلى دقيقتين"),
        ("ar", DurationRange(lower: 1, unit: .minutes), "انتظر دقيقة واحدة"),
        ("ar", DurationRange(lower: 2, unit: .hours), "انتظر ساعتين"),
        ("ar", DurationRange(lower: 5, unit: .minutes), "انتظر 5 دقائق"),
        ("ar", DurationRange(lower: 15, unit: .minutes), "انتظر 15 دقيقة"),
        ("ar", DurationRange(lower: 100, unit: .seconds), "انتظر 100 ثانية"),
        ("ar", DurationRange(lower: 3, upper: 10, unit: .days), "انتظر من 3 إلى 10 أيام"),
    ])
    func durationsFollowEachLocalesPluralRules(_ tag: String, _ duration: DurationRange, _ expected: String) throws {
        let locale = try #require(LocaleID(tag))
        let strings = InterfaceCatalogs().strings(for: locale)
        #expect(strings.waitFor(duration) == expected)
    }

    @Test(arguments: [
        (DurationRange(lower: 1, unit: .minutes), "1 minute"),
        (DurationRange(lower: 1, upper: 2, unit: .minutes), "1–2 minutes"),
        (DurationRange(lower: 30, unit: .seconds), "30 seconds"),
        (DurationRange(lower: 1, unit: .hours), "1 hour"),
    ])
    func durationsReadNaturallyInEnglish(_ duration: DurationRange, _ expected: String) {
        #expect(UIStrings.english.waitFor(duration) == "Wait " + expected)
    }
}
