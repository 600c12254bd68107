import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkModel
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 14's constructs on the page, in every locale of the project: golden Markdown pages
/// of the fixture guide, and the words each construct must show.
@Suite struct JourneyRenderingTests {
    static func page(_ strings: UIStrings) throws -> RenderedGuide {
        let (guide, diagnostics) = GuideFileLoader.load(text: JourneyFixture.guide, file: "Content/guides/manage-members.yaml")
        #expect(diagnostics.isEmpty)
        return GuideRenderer.render(try #require(guide), strings: strings, labels: ModelLabels(model: try JourneyFixture.model()))
    }

    static let locales: [(String, UIStrings)] = ["en", "pt-BR", "es", "ar"].map { ($0, InterfaceCatalogs().strings(for: LocaleID($0)!)) }

    @Test(arguments: ["en", "pt-BR", "es", "ar"])
    func matchesTheGoldenPage(_ tag: String) throws {
        let strings = try #require(Self.locales.first { $0.0 == tag }?.1)
        let page = try Self.page(strings)
        assertSnapshot(page.markdown, named: "journeys/manage-members.\(tag).md")
        // The Markdown page reads back into the HTML page.
        let again = CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)
        #expect(RenderingTests.withoutLeadingSpaces(RenderingTests.withoutListSeparators(again)) == RenderingTests.withoutLeadingSpaces(page.html))
    }

    @Test func eachConstructReadsAsItShould() throws {
        let markdown = try Self.page(.english).markdown
        for expected in [
            "## Before you begin", "Role: **Admin**", "**Before you begin:**", "Plan: **Business plan**",
            "Open [**Example Console**](https://console.example.com).", "Sign in to **Example Console**.",
            "*If you are asked for a verification code:* Enter the code",
            "Type <span class=\"value\" data-copy=\"Copy\" data-copied=\"Copied\">`123456`</span> in **Code**.",
            "Go to **Settings › Members**.", "**You should see:** You are on **Members**.",
            "*For each member who left:*", "Click **More actions** (⋮).",
            "**You should see:** The member no longer appears in the list.",
            "*New console:* *Optional:* To add the people who replace them, click **Import members**.",
            "*If nobody left your organization:* Nothing needs to change. **You are done.**",
            "data-variants=\"new\"",
        ] {
            #expect(markdown.contains(expected), "missing: \(expected)\n\(markdown)")
        }
        // The warning comes before the destructive step's sentence.
        let warning = try #require(markdown.range(of: "The member loses access at once."))
        let step = try #require(markdown.range(of: "<span id=\"remove\"></span>"))
        #expect(warning.lowerBound < step.lowerBound)
    }

    @Test func aLabelEndingInPunctuationIsNotFollowedByAnotherStop() throws {
        let invite = "          - id: invite\n            action: click\n            target: invite\n"
        let guide = JourneyFixture.guide.replacingOccurrences(of: "          - id: open-member\n", with: invite + "          - id: open-member\n")
        #expect(guide != JourneyFixture.guide)
        let (loaded, _) = GuideFileLoader.load(text: guide, file: "g.yaml")
        let page = GuideRenderer.render(try #require(loaded), strings: .english, labels: ModelLabels(model: try JourneyFixture.model()))
        #expect(page.markdown.contains("Click **Invite…**\n"), "\(page.markdown)")
        #expect(!page.markdown.contains("**Invite…**."))
    }

    @Test(arguments: ["pt-BR", "es", "ar"])
    func theNewWordsAreInTheLocalesLanguage(_ tag: String) throws {
        let strings = try #require(Self.locales.first { $0.0 == tag }?.1)
        let markdown = try Self.page(strings).markdown
        let journey = strings.journey
        #expect(markdown.contains(journey.beforeYouBegin))
        #expect(markdown.contains(journey.done))
        #expect(markdown.contains(journey.expectLabel))
        #expect(markdown.contains(journey.conditionLead.replacingOccurrences(of: "{condition}:", with: "")))
        #expect(!markdown.contains("Before you begin"), "English left on the \(tag) page")
    }
}
