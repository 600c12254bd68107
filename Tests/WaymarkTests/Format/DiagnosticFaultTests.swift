import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 15, item 7: faults authors hit in diagnostics.
@Suite struct DiagnosticFaultTests {
    @Test func duplicateKeyInAStepIsReportedAtTheDuplicate() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: What it is for.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: first
                    text: Open the app.
                    result: It opens.
                    1️⃣text: Open it again.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        let duplicate = try #require(diagnostics.first { $0.rule == LoaderRule.duplicateKey })
        #expect(duplicate.location == marked["1️⃣"])
        #expect(duplicate.range?.end == marked["1️⃣"]?.advanced(byColumns: 4))
    }

    @Test func caretInsideAFoldedTextSitsOnTheWords() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: >-
              What it is for, and a long sentence that goes on
              to a second line with 1️⃣<b>raw HTML</b> in it.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: first
                    text: Open the app.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        let raw = try #require(diagnostics.first { $0.rule == LoaderRule.rawHTML }, "\(diagnostics.map(\.headline))")
        #expect(raw.location == marked["1️⃣"])
    }

    @Test func foldedScalarMapsEveryCharacterToItsPlace() {
        let text = "summary: >-\n  one two\n  three\n\n  four\n"
        let source = SourceText(text)
        let locations = FoldedScalar.locations(of: "one two three\nfour", marker: SourceLocation(line: 1, column: 10), in: source)
        #expect(locations?.first == SourceLocation(line: 2, column: 3))
        #expect(locations?[8] == SourceLocation(line: 3, column: 3), "'three' starts line 3")
        #expect(locations?.last == SourceLocation(line: 5, column: 6))
        #expect(FoldedScalar.locations(of: "something else", marker: SourceLocation(line: 1, column: 10), in: source) == nil)
    }

    @Test func aURLInRelatedGetsAnExternalLinkFixIt() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: What it is for.
            related:
              - 1️⃣https://faq.whatsapp.com/1234
            methods:
              - id: app
                title: In the app
                steps:
                  - id: first
                    text: Open the app.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        let found = try #require(diagnostics.first, "\(diagnostics.map(\.headline))")
        #expect(diagnostics.count == 1)
        #expect(found.location == marked["1️⃣"])
        #expect(found.fixIts.map(\.replacement) == ["{url: https://faq.whatsapp.com/1234, title: faq.whatsapp.com}"])
        // The fix-it's entry is itself a valid related page.
        let fixed = marked.text.replacingOccurrences(of: "- https://faq.whatsapp.com/1234", with: "- {url: https://faq.whatsapp.com/1234, title: WhatsApp Help Center}")
        let (guide, again) = GuideFileLoader.load(text: fixed, file: "g.yaml")
        #expect(again.isEmpty, "\(again.map(\.headline))")
        #expect(guide?.relatedLinks.first?.url == "https://faq.whatsapp.com/1234")
    }

    func lint(_ yaml: String, config: String? = nil) throws -> [Diagnostic] {
        let project = try TemporaryProject.withModel(guides: ["g.yaml": yaml])
        if let config { try config.write(to: project.root.appendingPathComponent("waymark.yml"), atomically: true, encoding: .utf8) }
        var options = SiteBuilder.Options.configured(root: project.root)
        options.lint = true
        return SiteBuilder.validate(options).diagnostics.filter { $0.ruleID.hasPrefix("style.") }
    }

    static func guide(_ steps: String, outcome: Bool = true) -> String {
        """
        id: g
        title: A guide
        summary: What it is for.
        methods:
          - id: app
            title: In the app
            surface: whatsapp-business-app
            steps:
        \(steps)\(outcome ? "outcome:\n  text: Done.\n" : "")
        """
    }

    @Test func readingOrFindingIsNotASecondAction() throws {
        let found = try lint(
            Self.guide(
                """
                      - id: a
                        text: Review the invitation, then click **Accept**.
                      - id: b
                        text: Find the chat and tap it.
                      - id: c
                        text: Open the app, then tap **Settings**.

                """))
        let oneAction = found.filter { $0.ruleID == "style.one-action" }
        #expect(oneAction.count == 1, "\(oneAction.map(\.message))")
        #expect(oneAction.first?.message.contains("'open', 'tap'") == true)
    }

    @Test func missingOutcomeLeavesGuidesThatEndOnAConfirmation() throws {
        let confirming = Self.guide(
            """
                  - id: open-app
                    action: open-app
                  - id: done
                    text: Tap **Done**.
                    result: You see the chat list again.

            """, outcome: false)
        #expect(try lint(confirming).filter { $0.ruleID == "style.missing-outcome" }.isEmpty)
        let strict = "rules:\n  style.missing-outcome: {when-last-step-confirms: 1}\n"
        #expect(try lint(confirming, config: strict).filter { $0.ruleID == "style.missing-outcome" }.count == 1)
        let open = Self.guide(
            """
                  - id: open-app
                    action: open-app

            """, outcome: false)
        #expect(try lint(open).filter { $0.ruleID == "style.missing-outcome" }.count == 1)
    }
}

/// A step id that is the anchor of a section the page adds would be an id used twice on the page.
@Suite struct SectionAnchorTests {
    @Test func aStepCannotTakeTheNextStepsAnchor() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: What it is for.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: 1️⃣next-steps
                    text: Open the app.
            next:
              - "#app"
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        #expect(diagnostics.map(\.rule) == [LoaderRule.duplicateID])
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }
}

@Suite struct FoldedPlaceholderTests {
    @Test func anUnfilledLabelInAFoldedCalloutIsShownOnItsWords() throws {
        let marked = MarkedText(
            """
            id: g
            title: A guide
            summary: What it is for.
            callouts:
              - kind: tip
                text: >-
                  1️⃣Tap {label} first, then
                  carry on.
            methods:
              - id: app
                title: In the app
                steps:
                  - id: first
                    text: Open the app.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        #expect(diagnostics.map(\.rule) == [LoaderRule.unfilledPlaceholder])
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }
}
