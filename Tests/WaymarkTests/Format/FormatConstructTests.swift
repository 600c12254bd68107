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
@testable import WaymarkSite

/// Issue 15's constructs on the site: event waits and bounds, steps by someone else and in an
/// email, troubleshooting, links out and follow-up tasks, in every locale (`Tests/FormatFixtures`).
@Suite struct FormatConstructTests {
    static let fixtures = TestPaths.repository.appendingPathComponent("Tests/FormatFixtures")

    /// A project made of the fixtures, with the repository's templates and assets.
    static func project() throws -> TemporaryProject { try TemporaryProject.formatFixtures() }

    static func build() throws -> (TemporaryProject, SiteBuilder.Report) {
        let project = try project()
        let report = SiteBuilder.build(.configured(root: project.root))
        return (project, report)
    }

    @Test(arguments: ["en", "pt-BR", "es", "ar"])
    func pagesMatchTheirGoldens(_ locale: String) throws {
        let (project, report) = try Self.build()
        #expect(report.wrote, "\(report.diagnostics.map(\.headline))")
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        // Only Spanish is left untranslated, to show the fallback.
        #expect(
            report.diagnostics.allSatisfy { ["l10n.missing", "diagnostics.capped"].contains($0.ruleID) && $0.file?.contains("/es/") == true },
            "\(report.diagnostics.map(\.headline))")
        let html = try project.read("Site/\(locale)/invite-a-teammate/index.html")
        let markdown = try project.read("Site/\(locale)/invite-a-teammate.md")
        assertSnapshot(html, named: "format/\(locale)/invite-a-teammate/index.html")
        assertSnapshot(markdown, named: "format/\(locale)/invite-a-teammate.md")
        #expect(!markdown.contains("<!--"))
    }

    /// Reading the Markdown page back through cmark gives the HTML body, once links to other
    /// guides' Markdown pages are read as links to their HTML pages.
    @Test func markdownPagesRoundTripThroughCMark() throws {
        let (project, _) = try Self.build()
        let content = ContentLoader.load(root: project.root)
        let model = ModelLoader.load(root: project.root).model
        let guide = try #require(content.guides.first { $0.id == "invite-a-teammate" })
        let (images, _) = ImageFiles.load(
            root: project.root, imagesPath: "Content/images", guides: content.guides, locales: [],
            model: model, config: ProjectConfig())
        let page = GuideRenderer.render(
            guide, strings: .english, labels: ModelLabels(model: model),
            guideTitles: TitleTable(["remove-a-teammate": "Remove a teammate"]), images: images)
        #expect(page.markdown.contains("<picture>"), "the Markdown page carries the images")
        let again = CMark.html(fromCommonMark: page.markdown, allowRawHTML: true)
            .replacingOccurrences(of: "\"../images/", with: "\"../../images/").replacingOccurrences(of: ", ../images/", with: ", ../../images/")
            .replacingOccurrences(of: "href=\"remove-a-teammate.md#remove\"", with: "href=\"../remove-a-teammate/index.html#remove\"")
            .replacingOccurrences(of: "href=\"remove-a-teammate.md\"", with: "href=\"../remove-a-teammate/index.html\"")
        #expect(again == page.html)
    }

    @Test func theStepsConstructsAreWhatTheyClaim() throws {
        let (project, _) = try Self.build()
        let en = try project.read("Site/en/invite-a-teammate/index.html")
        #expect(en.contains("<strong>Wait for the email</strong>: the invitation from Teamly. This usually takes a few minutes."))
        #expect(en.contains("<strong>Wait up to 2 days</strong> before you assign them to a project."))
        #expect(en.contains(#"<span class="step-actor"><em>Your teammate:</em></span> <span class="step-channel"><em>In the email:</em></span> Open the invitation"#))
        #expect(en.contains("“You have no seats left on your plan.”"), "the model's error, quoted as the product shows it")
        #expect(en.contains(#"<a href="https://help.example.com/plans" rel="external">Plans and seats<span class="visually-hidden"> (opens another site)</span></a>"#))
        #expect(en.contains(#"<a href="../remove-a-teammate/index.html#remove">Remove a teammate</a>"#))
        let ar = try project.read("Site/ar/invite-a-teammate/index.html")
        #expect(ar.contains("انتظر حتى يومين"))
        #expect(ar.contains("«لم يعد لديك مقاعد متاحة في خطتك.»"), "the error in the page's locale")
        #expect(ar.contains("<em>زميلك:</em>"))
        let pt = try project.read("Site/pt-BR/invite-a-teammate.md")
        #expect(pt.contains("[Remover um colega](remove-a-teammate.md#remove)"), "links to another guide use its title in the page's locale")
        #expect(pt.contains("Isso costuma levar alguns minutos."))
    }

    @Test func searchCoversTroubleshooting() throws {
        let (project, _) = try Self.build()
        let index = try project.read("Site/pt-BR/search-index.js")
        #expect(index.contains(#""anchor":"no-seats","text":"O convite não é enviado. Não há mais vagas no seu plano. Todas as vagas do seu plano estão ocupadas.""#), "\(index)")
        #expect(index.contains(#""anchor":"still-stuck""#))
    }

    @Test func theCheckerAcceptsStepsOutsideTheProductAndCountsThem() throws {
        let project = try Self.project()
        let content = ContentLoader.load(root: project.root)
        let model = ModelLoader.load(root: project.root).model
        let result = Checker.check(guides: content.guides, model: model, options: CheckOptions(reportCoverage: true))
        #expect(!result.diagnostics.contains { $0.rule == CheckRule.unmappedStep }, "\(result.diagnostics.map(\.headline))")
        let note = try #require(result.diagnostics.first { $0.rule == CheckRule.outsideSteps })
        #expect(
            note.message == "the guide has 7 steps, 1 of them outside the product (1 by someone else, 0 in an email, a message or a call); they are accepted as such and not walked"
        )
        #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty, "\(result.diagnostics.map(\.headline))")
    }

    static func guideWith(_ steps: String, extra: String = "") -> String {
        """
        id: g
        title: A guide
        summary: What it is for.
        \(extra)methods:
          - id: app
            title: In the app
            surface: team-app
            steps:
        \(steps)
        """
    }

    @Test func modelErrorsAndChannelsAreChecked() throws {
        let project = try Self.project()
        let marked = MarkedText(
            Self.guideWith(
                """
                      - id: open-app
                        action: open-app
                      - id: wait-for-code
                        wait-for: email
                      - id: read-code
                        channel: 1️⃣text-message
                        text: Read the code.
                    troubleshooting:
                      - id: full
                        symptom: It fails.
                        error: 2️⃣seat-limits
                        fix: Buy seats.
                """))
        try project.write("Content/guides/g.yaml", marked.text)
        let content = ContentLoader.load(root: project.root)
        let model = ModelLoader.load(root: project.root).model
        let result = Checker.check(guides: content.guides.filter { $0.id == "g" }, model: model)
        let mismatch = try #require(result.diagnostics.first { $0.rule == CheckRule.channelMismatch }, "\(result.diagnostics.map(\.headline))")
        #expect(mismatch.location == marked["1️⃣"])
        #expect(mismatch.fixIts.map(\.replacement) == ["email"])
        let unknown = try #require(result.diagnostics.first { $0.rule == CheckRule.unknownError })
        #expect(unknown.location == marked["2️⃣"])
        #expect(unknown.hint == "did you mean 'seat-limit'?")
    }

    @Test func brokenLinksToStepsAreReported() throws {
        let project = try Self.project()
        let marked = MarkedText(
            Self.guideWith(
                """
                      - id: open-app
                        action: open-app
                        text: Open the app (see [the last step](#nope)).
                """, extra: "next:\n  - 1️⃣remove-a-teammate#remov\n  - 2️⃣remove-a-teamate\n  - \"3️⃣#open-ap\"\n"))
        try project.write("Content/guides/g.yaml", marked.text)
        let content = ContentLoader.load(root: project.root)
        let found = content.diagnostics.filter { $0.rule == LoaderRule.brokenAnchor }.sortedForOutput()
        try #require(found.count == 4, "\(content.diagnostics.map(\.headline))")
        #expect(found[0].location == marked["1️⃣"])
        #expect(found[0].hint == "did you mean '#remove'?")
        #expect(found[1].location == marked["2️⃣"])
        #expect(found[1].hint == "did you mean 'remove-a-teammate'?")
        #expect(found[2].location?.line == marked["3️⃣"]?.line)
        #expect(found[3].message == "'#nope' links to '#nope', which this guide does not have")
    }

    @Test(arguments: [
        ("wait-for: mail", "guide.unknown-event"),
        ("wait-for: email\n    usually: 1.5 days", "guide.malformed-duration"),
        ("wait: 2 days\n    usually: 1 day", "guide.unknown-key"),
    ])
    func badEventWaitsArePositioned(_ body: String, _ rule: String) throws {
        let yaml = Self.guideWith("      - id: w\n        " + body.replacingOccurrences(of: "\n    ", with: "\n        "))
        let (_, diagnostics) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        #expect(diagnostics.map(\.ruleID) == [rule], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.first?.location != nil && diagnostics.first?.hint?.isEmpty == false)
    }
}

/// `links.allowed-origins` in waymark.yml: links out to other origins are reported where written.
@Suite struct AllowedOriginTests {
    @Test func linksOutToOtherOriginsAreReported() throws {
        let project = try FormatConstructTests.project()
        let marked = MarkedText(
            FormatConstructTests.guideWith(
                """
                      - id: open-app
                        action: open-app
                        text: 1️⃣Open the app (see [the plans](https://evil.example.net/plans)).
                """, extra: "related:\n  - {url: 2️⃣https://help.example.com/ok, title: Fine}\n  - {url: 3️⃣https://help.exampel.com/typo, title: Typo}\n"))
        try project.write("Content/guides/g.yaml", marked.text)
        let report = SiteBuilder.validate(.configured(root: project.root))
        let found = report.diagnostics.filter { $0.rule == ExternalLinks.definition }.sortedForOutput()
        try #require(found.count == 2, "\(report.diagnostics.map(\.headline))")
        #expect(found[0].location == marked["3️⃣"])
        #expect(found[0].hint?.hasPrefix("did you mean https://help.example.com?") == true)
        #expect(found[1].location == marked["1️⃣"])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func anOriginWithAPathIsAMistakeInTheConfiguration() throws {
        let marked = MarkedText("links:\n  allowed-origins: [1️⃣https://help.example.com/docs]\n")
        let (config, diagnostics) = ConfigLoader.parse(marked.text, file: "waymark.yml", rules: RuleCatalog.all)
        #expect(diagnostics.map(\.ruleID) == ["config.invalid-value"])
        #expect(diagnostics.first?.location == marked["1️⃣"])
        #expect(config.allowedOrigins == [])
    }
}

/// A model error that troubleshooting quotes is localized like a label: a missing locale is a warning.
@Suite struct ErrorMessageLocaleTests {
    @Test func aMissingLocaleOfAnErrorMessageIsReportedAtTheError() throws {
        let project = try FormatConstructTests.project()
        let model = try project.read("Content/model/team-app.yaml")
        try project.write("Content/model/team-app.yaml", model.replacingOccurrences(of: "          es: No quedan plazas en tu plan.\n", with: ""))
        let report = SiteBuilder.validate(.configured(root: project.root))
        let found = report.diagnostics.filter { $0.message.contains("message for the error") }
        #expect(found.map(\.message) == ["the model has no es message for the error 'seat-limit' in Teamly"], "\(report.diagnostics.map(\.headline))")
        #expect(found.first?.file == "Content/model/team-app.yaml" && found.first?.location?.line == 30)
    }
}
