import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 15, item 6: a step's warning before its sub-steps, a parent's result after them, a
/// lead-in for a plain list of conditions, no `<!-- end list -->`, `{label}` filled or reported.
@Suite struct RenderOrderTests {
    static func load(_ yaml: String) throws -> (Guide, [Diagnostic]) {
        let (guide, diagnostics) = GuideFileLoader.load(text: yaml, file: "Content/guides/g.yaml")
        return (try #require(guide, "\(diagnostics.map(\.headline))"), diagnostics)
    }

    static let labels = ModelLabels(model: ModelLoader.load(root: TestPaths.project).model)

    static let guide = """
        id: g
        title: A guide
        summary: What it is for.
        applies-when:
          - the number is connected
          - you are an admin
        methods:
          - id: app
            title: In the app
            surface: whatsapp-business-app
            applies-when:
              - you use the app
            steps:
              - id: open-app
                action: open-app
              - id: remove
                text: Remove the connection.
                result: The connection is gone.
                callouts:
                  - kind: tip
                    text: It takes a second.
                  - kind: warning
                    text: This cannot be undone.
                steps:
                  - id: first
                    text: Tap the connection.
                  - id: second
                    text: Tap **Remove**.
              - id: open-account
                action: tap
                target: account
                result: You see {label} at the top.
                callouts:
                  - kind: note
                    text: "{label} may be called differently on old versions."
        """

    static func index(of needle: String, in text: String) -> Int {
        text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
    }

    @Test func warningComesBeforeSubStepsAndResultAfterThem() throws {
        let (guide, _) = try Self.load(Self.guide)
        let page = GuideRenderer.render(guide, strings: .english, labels: Self.labels)
        let warning = Self.index(of: "This cannot be undone.", in: page.html)
        let firstSubStep = Self.index(of: "Tap the connection.", in: page.html)
        let result = Self.index(of: "The connection is gone.", in: page.html)
        let tip = Self.index(of: "It takes a second.", in: page.html)
        #expect(warning >= 0 && firstSubStep >= 0 && result >= 0 && tip >= 0)
        #expect(warning < firstSubStep, "the warning is read before the reader acts")
        #expect(firstSubStep < result, "a parent's result is what the reader sees after its sub-steps")
        #expect(result < tip, "a tip stays after the step's parts")
    }

    @Test func plainConditionsGetALeadInInEveryLocale() throws {
        let (guide, _) = try Self.load(Self.guide)
        for strings in [UIStrings.english] + ["pt-BR", "es", "ar"].map { InterfaceCatalogs().strings(for: LocaleID($0)!) } {
            let page = GuideRenderer.render(guide, strings: strings, labels: Self.labels)
            #expect(page.markdown.contains(strings.format.guideAppliesWhen + "\n\n  - the number is connected"), "\(strings.locale.tag)")
            #expect(page.markdown.contains(strings.format.methodAppliesWhen + "\n\n  - you use the app"), "\(strings.locale.tag)")
        }
    }

    @Test func noListSeparatorCommentsAndTheMarkdownStillRoundTrips() throws {
        let (guide, _) = try Self.load(Self.guide)
        for strings in [UIStrings.english, InterfaceCatalogs().strings(for: LocaleID("ar")!)] {
            let page = GuideRenderer.render(guide, strings: strings, labels: Self.labels)
            #expect(!page.markdown.contains("<!--"), "\(page.markdown)")
            // The method's conditions (a bullet list) run straight into its steps (a numbered list).
            // An item that starts with a callout reads back with the aside indented by one space,
            // as in RenderingTests: white space between blocks, not content.
            let again = CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)
            #expect(RenderingTests.withoutLeadingSpaces(again) == RenderingTests.withoutLeadingSpaces(page.html))
        }
    }

    /// Two numbered lists side by side (a wait between sub-steps is not needed): the second
    /// alternates its delimiter, so cmark reads it back as two lists without a comment.
    @Test func adjacentOrderedListsStayTwoLists() {
        let document = MarkdownDocument([
            .list(ordered: true, start: 1, tight: true, items: [[.paragraph([.text("one")])]]),
            .list(ordered: true, start: 2, tight: true, items: [[.paragraph([.text("two")])]]),
            .list(ordered: false, tight: true, items: [[.paragraph([.text("three")])]]),
            .list(ordered: true, start: 3, tight: true, items: [[.paragraph([.text("four")])]]),
        ])
        let rendered = CMark.render(document)
        #expect(!rendered.commonMark.contains("<!--"), "\(rendered.commonMark)")
        #expect(rendered.commonMark.contains("2)  two"))
        #expect(CMark.html(fromCommonMark: rendered.commonMark, allowRawHTML: true) == rendered.html)
        #expect(rendered.html.components(separatedBy: "<ol").count - 1 == 3)
    }

    @Test func labelInResultsAndCalloutsIsFilled() throws {
        let (guide, _) = try Self.load(Self.guide)
        let page = GuideRenderer.render(guide, strings: InterfaceCatalogs().strings(for: LocaleID("pt-BR")!), labels: Self.labels)
        #expect(!page.html.contains("{label}"))
        #expect(!page.markdown.contains("{label}"))
        #expect(page.html.contains("<strong>Conta</strong> at the top."), "the pt-BR label fills the (untranslated) result")
    }

    @Test func labelWithNothingToFillItIsReportedAtTheText() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: What it is for.
            callouts:
              - kind: tip
                text: 1️⃣Tap {label} first.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: remove
                    text: Remove the connection.
                    result: 2️⃣You see {label}.
            outcome:
              text: 3️⃣Go to {url}.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        let found = diagnostics.filter { $0.rule == LoaderRule.unfilledPlaceholder }.sortedForOutput()
        try #require(found.count == 3, "\(diagnostics.map(\.headline))")
        #expect(found.map(\.location) == [marked["1️⃣"], marked["2️⃣"], marked["3️⃣"]])
        #expect(found.allSatisfy { $0.hint?.isEmpty == false })
    }
}
