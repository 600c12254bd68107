import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader
@testable import WaymarkSite

/// Issue 15: `[text](guide:slug#step)` in prose links to another guide's step, checked at the
/// link, rendered to the right page in each locale and output.
@Suite struct CrossGuideLinkTests {
    static let other = """
        id: remove-a-teammate
        title: Remove a teammate
        summary: Take away someone's access.
        methods:
          - id: in-the-app
            title: Remove in the app
            steps:
              - id: remove
                text: Tap **Remove**.
        """

    static func diagnostics(_ marked: MarkedText) -> [Diagnostic] {
        let (guide, loadDiagnostics) = GuideFileLoader.load(text: marked.text, file: "a.yaml")
        let (other, _) = GuideFileLoader.load(text: Self.other, file: "remove-a-teammate.yaml")
        #expect(loadDiagnostics.filter { $0.severity == .error }.isEmpty, "\(loadDiagnostics.map(\.headline))")
        return GuideLinks.diagnostics([guide, other].compactMap { $0 }, sources: ["a.yaml": marked.text])
    }

    static func guide(_ text: String) -> String {
        """
        id: a
        title: A guide
        summary: What it is for.
        methods:
          - id: app
            title: In the app
            steps:
              - id: first
                text: \(text)
        """
    }

    @Test func anUnknownGuideIsReportedAtTheLinkWithANearMiss() throws {
        let marked = MarkedText(Self.guide("Open it, or [remove them](1️⃣guide:remove-a-temmate#remove)."))
        let found = Self.diagnostics(marked)
        let broken = try #require(found.first { $0.rule == LoaderRule.brokenAnchor }, "\(found.map(\.headline))")
        #expect(broken.message == "there is no guide 'remove-a-temmate' to link to")
        #expect(broken.hint == "did you mean 'remove-a-teammate'?")
        #expect(broken.location == marked["1️⃣"])
        #expect(broken.range?.end == marked["1️⃣"]?.advanced(byColumns: "guide:remove-a-temmate#remove".count))
    }

    @Test func anUnknownStepOfAnotherGuideIsReportedAtTheLinkWithANearMiss() throws {
        let marked = MarkedText(Self.guide("\"Open it, or [remove them](1️⃣guide:remove-a-teammate#remov).\""))
        let found = Self.diagnostics(marked)
        let broken = try #require(found.first { $0.rule == LoaderRule.brokenAnchor }, "\(found.map(\.headline))")
        #expect(broken.message == "'guide:remove-a-teammate#remov' links to '#remov', which the guide 'remove-a-teammate' does not have")
        #expect(broken.hint == "did you mean '#remove'?")
        #expect(broken.location == marked["1️⃣"], "inside a quoted value too")
    }

    @Test func aLinkInAFoldedCalloutIsReportedOnItsWords() throws {
        let marked = MarkedText(
            """
            id: a
            title: A guide
            summary: What it is for.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: first
                    text: Open the app.
                    callouts:
                      - kind: tip
                        text: >-
                          To take someone off the team later,
                          [remove them](1️⃣guide:nowhere).
            """)
        let broken = try #require(Self.diagnostics(marked).first { $0.rule == LoaderRule.brokenAnchor })
        #expect(broken.location == marked["1️⃣"])
    }

    @Test func aLinkToAKnownGuideAndStepIsFineAndNotAnUnsafeLink() throws {
        let marked = MarkedText(Self.guide("Or [remove them](guide:remove-a-teammate#remove), or [see it](guide:remove-a-teammate)."))
        #expect(Self.diagnostics(marked).isEmpty)
        let (_, loadDiagnostics) = GuideFileLoader.load(text: marked.text, file: "a.yaml")
        #expect(!loadDiagnostics.contains { $0.rule == LoaderRule.unsafeLink }, "\(loadDiagnostics.map(\.headline))")
    }

    // MARK: Rendering

    static func rendered(_ titles: TitleTable, layout: PageLayout = .site, strings: UIStrings = .english) throws -> RenderedGuide {
        let (guide, _) = GuideFileLoader.load(text: Self.guide("Or [remove *them*](guide:remove-a-teammate#remove)."), file: "a.yaml")
        return GuideRenderer.render(try #require(guide), strings: strings, guideTitles: titles, layout: layout)
    }

    @Test func theLinkGoesToTheGuidesPageInEachOutput() throws {
        let site = try Self.rendered(TitleTable(["remove-a-teammate": "Remove a teammate"]))
        #expect(site.html.contains(#"Or <a href="../remove-a-teammate/index.html#remove">remove <em>them</em></a>."#), "\(site.html)")
        #expect(site.markdown.contains("Or [remove *them*](remove-a-teammate.md#remove)."), "\(site.markdown)")
        let bundle = try Self.rendered(TitleTable(["remove-a-teammate": "Remove a teammate"]), layout: .bundle)
        #expect(bundle.html.contains(#"<a href="remove-a-teammate.html#remove">"#), "\(bundle.html)")
    }

    @Test func aGuideTheLocaleDoesNotPublishIsLinkedInItsFallbackLocale() throws {
        let titles = TitleTable(["remove-a-teammate": "Remove a teammate"], pageLocales: ["remove-a-teammate": "en"])
        let site = try Self.rendered(titles)
        #expect(site.html.contains(#"<a href="../../en/remove-a-teammate/index.html#remove" hreflang="en">remove <em>them</em></a>"#), "\(site.html)")
        #expect(site.markdown.contains("(../en/remove-a-teammate.md#remove)"), "\(site.markdown)")
        let bundle = try Self.rendered(titles, layout: .bundle)
        #expect(bundle.html.contains(#"<a href="../en/remove-a-teammate.html#remove" hreflang="en">"#), "\(bundle.html)")
    }

    @Test func aGuideLinkInACodeSpanStaysText() throws {
        let (guide, _) = GuideFileLoader.load(text: Self.guide("Write `[x](guide:remove-a-teammate)` to link."), file: "a.yaml")
        let page = GuideRenderer.render(try #require(guide), strings: .english, guideTitles: TitleTable([:]))
        #expect(page.html.contains("<code>[x](guide:remove-a-teammate)</code>"), "\(page.html)")
    }

    /// The fixture's tip links to the other guide in every locale, in the locale's words.
    @Test func theFixturesTipLinksInEveryLocale() throws {
        let (project, report) = try FormatConstructTests.build()
        #expect(report.wrote, "\(report.diagnostics.map(\.headline))")
        let expected = [
            "en": #"To take someone off the team later, <a href="../remove-a-teammate/index.html#remove">remove them</a>."#,
            "pt-BR": #"Para tirar alguém da equipe depois, <a href="../remove-a-teammate/index.html#remove">remova-o</a>."#,
            "ar": #"لإخراج أحد من الفريق لاحقًا، <a href="../remove-a-teammate/index.html#remove">أزِله</a>."#,
        ]
        for (locale, text) in expected {
            let html = try project.read("Site/\(locale)/invite-a-teammate/index.html")
            #expect(html.contains(text), "\(locale)")
            #expect(try project.read("Site/\(locale)/invite-a-teammate.md").contains("(remove-a-teammate.md#remove)"))
        }
    }
}
