import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 14's keys in the loader: each mistake gives one diagnostic at the marked position,
/// and the model's new entries load into the values the checker walks.
@Suite struct LoaderJourneyTests {
    static let guideCases: [LoaderDiagnosticTests.Case] = [
        LoaderDiagnosticTests.Case(
            name: "done without a condition", rule: "guide.missing-field",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Nothing to do.
                            done: 1️⃣true
                    """)),
        LoaderDiagnosticTests.Case(
            name: "when without if", rule: "guide.missing-field",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Type the code.
                            when: 1️⃣two-factor-on
                    """)),
        LoaderDiagnosticTests.Case(
            name: "for-each without sub-steps", rule: "guide.missing-field",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Do it.
                            for-each: 1️⃣remaining partner
                    """)),
        LoaderDiagnosticTests.Case(
            name: "navigate and target", rule: "guide.wrong-type",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            navigate: [settings, accounts]
                            target: 1️⃣accounts
                    """)),
        LoaderDiagnosticTests.Case(
            name: "an empty navigation path", rule: "guide.empty-value",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Go there.
                            navigate: 1️⃣[]
                    """)),
        LoaderDiagnosticTests.Case(
            name: "an expectation that names nothing", rule: "guide.missing-field",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Go there.
                            expect: 1️⃣{}
                    """)),
        LoaderDiagnosticTests.Case(
            name: "a misspelt key of an expectation", rule: "guide.unknown-key",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Go there.
                            expect: {1️⃣screem: home}
                    """)),
        LoaderDiagnosticTests.Case(
            name: "a requirement that is not a slug", rule: "guide.invalid-id",
            yaml: LoaderDiagnosticTests.guide(
                steps: """
                          - id: first
                            text: Go there.
                    """, extra: "requires: [1️⃣Admin]\n")),
    ]

    @Test(arguments: guideCases)
    func reportsBadGuideInputAtItsPosition(_ example: LoaderDiagnosticTests.Case) throws {
        let marked = MarkedText(example.yaml)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "Content/guides/a-guide.yaml")
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.headline).joined(separator: "\n"))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == example.rule, "\(diagnostic.headline)")
        #expect(diagnostic.location == marked["1️⃣"], "\(diagnostic.headline)")
    }

    static let modelCases: [ModelLoaderTests.Case] = [
        ModelLoaderTests.Case(
            rule: "model.unknown-screen",
            yaml: ModelLoaderTests.surface(
                extra: "sign-in: 1️⃣logon\n",
                screens: """
                      - id: home
                        elements: []
                    """)),
        ModelLoaderTests.Case(
            rule: "guide.missing-field",
            yaml: ModelLoaderTests.surface(
                screens: """
                      - id: home
                        elements:
                          - id: menu
                            icon: 1️⃣⋮
                            actions: {tap: same}
                    """)),
        ModelLoaderTests.Case(
            rule: "guide.missing-field",
            yaml: ModelLoaderTests.surface(
                screens: """
                      - id: home
                        elements:
                          - id: open-web
                            label: Open on the web
                            actions:
                              tap: 1️⃣{surface: console}
                    """)),
        ModelLoaderTests.Case(
            rule: "model.invalid-value",
            yaml: ModelLoaderTests.surface(
                screens: """
                      - id: home
                        elements:
                          - id: code
                            label: Code
                            format: {pattern: 1️⃣"[0-9"}
                            actions: {type: same}
                    """)),
        ModelLoaderTests.Case(
            rule: "model.invalid-value",
            yaml: ModelLoaderTests.surface(
                extra: """
                    requirements:
                      - {id: owner, kind: role, name: Owner, implies: [1️⃣admin]}

                    """,
                screens: """
                      - id: home
                        elements: []
                    """)),
        ModelLoaderTests.Case(
            rule: "model.unknown-screen",
            yaml: ModelLoaderTests.surface(
                screens: """
                      - id: home
                        elements:
                          - id: next
                            label: Next
                            actions:
                              tap:
                                to: home
                                branches: [{when: locked, to: 1️⃣lockd}]
                    """)),
        ModelLoaderTests.Case(
            rule: "model.invalid-value",
            yaml: ModelLoaderTests.surface(
                extra: """
                    requirements:
                      - {id: owner, kind: 1️⃣person, name: Owner}

                    """,
                screens: """
                      - id: home
                        elements: []
                    """)),
    ]

    @Test(arguments: modelCases)
    func reportsBadModelInputAtItsPosition(_ example: ModelLoaderTests.Case) throws {
        let marked = MarkedText(example.yaml)
        let (surface, diagnostics) = ModelLoader.load(text: marked.text, file: "Content/model/demo.yaml")
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.headline))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == example.rule, "\(diagnostic.headline)")
        #expect(diagnostic.location == marked["1️⃣"], "\(diagnostic.headline)")
        #expect(surface == nil)
    }

    @Test func persistentNavigationIsOnEveryScreenItCovers() throws {
        let model = try JourneyFixture.model()
        let console = try #require(model.surface("console"))
        for screen in ["home", "settings", "members", "member"] {
            #expect(console.screen(screen)?.element("settings") != nil, "no sidebar on \(screen)")
        }
        #expect(console.screen("login")?.element("settings") == nil)
        #expect(console.screen("settings")?.verified == "2026-11-20")
        let remove = try #require(console.screen("member-menu")?.element("remove-member")?.supports(.click))
        #expect(remove.destructive && remove.leadsTo == "members")
        let signIn = try #require(console.screen("login")?.element("sign-in-form")?.supports(.signIn))
        #expect(signIn.branches.map(\.id) == ["two-factor-on"])
        #expect(console.screen("code-entry")?.element("open-authenticator")?.supports(.click)?.surface == "phone")
        #expect(model.requirement("owner")?.implies == ["admin"])
        #expect(console.screen("member")?.element("more-actions")?.icon == "⋮")
        #expect(console.screen("settings")?.element("members-link")?.aliases == ["People"])
    }
}
