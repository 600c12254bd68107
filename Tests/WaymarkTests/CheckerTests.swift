import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkLoader

/// The companion checker: one failing fixture per rule, with the position marked.
@Suite struct CheckerTests {
    /// A small app and a small website, enough for every rule.
    static let appModel = """
        id: demo-app
        name: Demo
        kind: app
        owner: Demo Inc.
        verified: 2026-06-01
        platforms: [ios, android]
        start: home
        screens:
          - id: home
            elements:
              - id: settings-tab
                label: Settings
                platforms: [ios]
                actions: {tap: settings}
              - id: menu
                label: More options
                platforms: [android]
                actions: {tap: menu}
              - id: banner
                actions: {tap: same}
          - id: menu
            elements:
              - id: settings-item
                label: Settings
                actions: {tap: settings}
          - id: settings
            elements:
              - id: account
                label: Account
                actions: {tap: account}
          - id: account
            elements:
              - id: sign-out
                label: Sign out
                actions: {tap: home}
        """

    static let webModel = """
        id: demo-web
        name: Demo Console
        kind: web
        platforms: [web]
        origins: [https://console.example.com]
        start: dashboard
        screens:
          - id: dashboard
            elements:
              - id: billing
                label: Billing
                actions: {click: billing}
          - id: billing
            elements:
              - id: invoices
                label: Invoices
                actions: {open-tab: same}
        """

    static func model() throws -> ProductModel {
        let (app, appDiagnostics) = ModelLoader.load(text: appModel, file: "Content/model/demo-app.yaml")
        let (web, webDiagnostics) = ModelLoader.load(text: webModel, file: "Content/model/demo-web.yaml")
        #expect(appDiagnostics.isEmpty && webDiagnostics.isEmpty, "\((appDiagnostics + webDiagnostics).map(\.headline))")
        return ProductModel(surfaces: [try #require(app), try #require(web)])
    }

    /// A guide with one method on `surface` (with `methodExtra` keys) and the given steps.
    static func guide(surface: String = "demo-app", methodExtra: String = "", steps: String) -> String {
        """
        id: g
        title: T
        summary: S.
        methods:
          - id: m
            title: M
            surface: \(surface)
        \(methodExtra)    steps:
        \(steps)
        """
    }

    static let today = ModelDates.parse("2026-11-27")!

    static func check(_ yaml: String, coverage: Bool = false, today: Date = today) throws -> [Diagnostic] {
        let (guide, loadDiagnostics) = GuideFileLoader.load(text: yaml, file: "Content/guides/g.yaml")
        #expect(loadDiagnostics.isEmpty, "\(loadDiagnostics.map(\.headline))")
        let result = Checker.check(
            guides: [try #require(guide)], model: try model(),
            options: CheckOptions(today: today, maximumModelAge: 365, reportCoverage: coverage))
        return result.diagnostics
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let yaml: String
        var severity: Severity = .error
        var testDescription: String { rule }
    }

    static let open = """
              - id: open
                action: open-app

        """

    static let cases: [Case] = [
        Case(rule: "check.unknown-surface", yaml: guide(surface: "1️⃣demo-ap", steps: open)),
        Case(rule: "check.unknown-screen", yaml: guide(methodExtra: "    end: 1️⃣acount\n", steps: open)),
        Case(
            rule: "check.unknown-element",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: tap
                            target: 1️⃣setings-tab
                            platforms: [ios]
                    """)),
        Case(
            rule: "check.element-not-on-screen",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: tap
                            target: 1️⃣account
                    """)),
        Case(
            rule: "check.unsupported-action",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: 1️⃣toggle
                            target: banner
                    """)),
        Case(
            rule: "check.platform-mismatch",
            yaml: guide(
                methodExtra: "    platforms: [ios, android]\n",
                steps: open + """
                          - id: s
                            action: tap
                            target: 1️⃣settings-tab
                    """)),
        Case(
            rule: "check.unknown-platform",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: tap
                            target: banner
                            platforms: 1️⃣[windows]
                    """)),
        Case(
            rule: "check.url-outside-origins",
            yaml: guide(
                surface: "demo-web",
                steps: """
                          - id: open
                            action: open-url
                            url: 1️⃣https://console.example.org/billing
                    """)),
        Case(
            rule: "check.wrong-entry",
            yaml: guide(
                surface: "demo-web",
                steps: """
                          - id: open
                            action: 1️⃣open-app
                    """)),
        Case(
            rule: "check.no-screen",
            yaml: guide(
                steps: """
                          - id: s
                            action: tap
                            target: 1️⃣banner
                    """)),
        Case(
            rule: "check.system-step",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: 1️⃣wait
                            text: Wait for the app.
                    """)),
        Case(rule: "check.end-not-reached", yaml: guide(methodExtra: "    end: 1️⃣account\n", steps: open)),
        Case(
            rule: "check.unmapped-step",
            yaml: guide(
                steps: open + """
                          - id: 1️⃣s
                            text: Look around.
                    """), severity: .warning),
        Case(
            rule: "check.missing-label",
            yaml: guide(
                steps: open + """
                          - id: s
                            action: tap
                            target: 1️⃣banner
                    """)),
    ]

    @Test(arguments: cases)
    func reportsEachRuleAtItsPosition(_ example: Case) throws {
        let marked = MarkedText(example.yaml)
        let diagnostics = try Self.check(marked.text).filter { $0.ruleID != "model.stale" }
        let expected = try #require(marked["1️⃣"])
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.headline))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == example.rule, "\(diagnostic.headline)")
        #expect(diagnostic.severity == example.severity)
        #expect(diagnostic.location == expected, "\(diagnostic.headline), expected at \(expected)")
        #expect(diagnostic.file == "Content/guides/g.yaml")
        #expect(diagnostic.guideID == "g")
        #expect(diagnostic.hint?.isEmpty == false)
    }

    @Test func suggestsTheNearestElementAsAFixIt() throws {
        let diagnostics = try Self.check(
            Self.guide(
                steps: Self.open + """
                          - id: s
                            action: tap
                            target: acount
                            platforms: [ios]
                    """))
        let unknown = try #require(diagnostics.first { $0.ruleID == "check.unknown-element" })
        #expect(unknown.fixIts.map(\.replacement).first == "account")
    }

    @Test func aValidWalkOnBothPlatformsPassesAndFillsTheHelpIndex() throws {
        let yaml = Self.guide(
            methodExtra: "    end: account\n",
            steps: Self.open + """
                      - id: ios-settings
                        platforms: [ios]
                        action: tap
                        target: settings-tab
                      - id: android-menu
                        platforms: [android]
                        action: tap
                        target: menu
                      - id: android-settings
                        platforms: [android]
                        action: tap
                        target: settings-item
                      - id: account
                        action: tap
                        target: account
                """)
        let (guide, _) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        let result = Checker.check(
            guides: [try #require(guide)], model: try Self.model(),
            options: CheckOptions(today: Self.today, maximumModelAge: 365))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
        let key = HelpIndex.Key(surface: "demo-app", screen: "settings", element: "account", action: "tap")
        #expect(result.helpIndex.entries[key] == [HelpIndex.Reference(guide: "g", step: "account")])
    }

    @Test func anOptionalStepMayBeSkipped() throws {
        let diagnostics = try Self.check(
            Self.guide(
                methodExtra: "    end: settings\n    platforms: [ios]\n",
                steps: Self.open + """
                          - id: banner
                            action: tap
                            target: banner
                            text: If a banner shows, close it.
                            optional: true
                          - id: settings
                            action: tap
                            target: settings-tab
                    """))
        #expect(diagnostics.filter { $0.ruleID != "model.stale" }.isEmpty, "\(diagnostics.map(\.headline))")
    }

    @Test func anOptionalStepThatTheNextStepNeedsIsReported() throws {
        let marked = MarkedText(
            Self.guide(
                surface: "demo-web",
                steps: """
                          - id: open
                            action: open-url
                            url: https://console.example.com
                          - id: billing
                            action: click
                            target: billing
                            optional: true
                          - id: invoices
                            action: open-tab
                            target: 1️⃣invoices
                    """))
        let diagnostics = try Self.check(marked.text)
        #expect(diagnostics.map(\.ruleID) == ["check.element-not-on-screen"])
        #expect(diagnostics.first?.location == marked["1️⃣"])
        #expect(diagnostics.first?.message.contains("(dashboard)") == true, "\(diagnostics.first?.message ?? "")")
    }

    /// Each optional step can double the ways the user may have come; the walk merges them per
    /// screen instead of growing without bound (40 steps would be 2^40 histories).
    @Test func optionalStepsCannotBlowUpTheWalk() throws {
        let both = [ElementAction(action: .tap, leadsTo: "a")], other = [ElementAction(action: .tap, leadsTo: "b")]
        let screens = ["a", "b"].map { id in
            Screen(
                id: id, name: LocalizedText(["en": id]),
                elements: [
                    Element(id: "p", label: LocalizedText(["en": "P"]), actions: both),
                    Element(id: "q", label: LocalizedText(["en": "Q"]), actions: other),
                ])
        }
        let model = ProductModel(surfaces: [Surface(id: "s", name: "S", kind: .app, platforms: ["ios"], start: "a", screens: screens)])
        var items: [ProcedureItem] = [.step(Step(id: "open", text: nil, action: .openApp))]
        for index in 0..<40 {
            items.append(.step(Step(id: "step-\(index)", text: nil, action: .tap, target: index % 2 == 0 ? "q" : "p", isOptional: true)))
        }
        let guide = Guide(id: "g", title: "T", summary: "S", methods: [Method(id: "m", title: "M", items: items, surface: "s")])
        let start = Date()
        let result = Checker.check(guides: [guide], model: model, options: CheckOptions(today: Self.today))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
        #expect(Date().timeIntervalSince(start) < 10, "the walk stays bounded")
    }

    @Test func warnsWhenAThirdPartyModelIsOlderThanTheLimit() throws {
        let marked = MarkedText(Self.guide(surface: "1️⃣demo-app", steps: Self.open))
        let diagnostics = try Self.check(marked.text, today: ModelDates.parse("2027-08-01")!)
        #expect(diagnostics.map(\.ruleID) == ["model.stale"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == marked["1️⃣"])
        #expect(diagnostics.first?.message.contains("426 days ago") == true, "\(diagnostics.first?.message ?? "")")
    }

    @Test func reportsUndocumentedModelActionsAsNotes() throws {
        let diagnostics = try Self.check(Self.guide(steps: Self.open), coverage: true)
        let notes = diagnostics.filter { $0.ruleID == "coverage.undocumented-action" }
        #expect(notes.count == 8, "\(notes.map(\.headline))")
        #expect(notes.allSatisfy { $0.severity == .note && $0.file?.hasPrefix("Content/model/") == true })
    }
}
