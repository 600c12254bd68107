import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkLoader

/// Model files get the same positioned diagnostics as guides, and a file with an error is not trusted.
@Suite struct ModelLoaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let yaml: String
        var testDescription: String { rule + " " + yaml.prefix(30) }
    }

    static func surface(kind: String = "app", extra: String = "", screens: String) -> String {
        """
        id: demo
        name: Demo
        kind: \(kind)
        platforms: [ios, android]
        start: home
        \(extra)screens:
        \(screens)
        """
    }

    static let cases: [Case] = [
        Case(
            rule: "model.unknown-screen",
            yaml: surface(
                screens: """
                      - id: home
                        elements:
                          - id: settings
                            label: Settings
                            actions: {tap: 1️⃣setings}
                      - id: settings
                        elements: []
                    """)),
        Case(
            rule: "model.duplicate-id",
            yaml: surface(
                screens: """
                      - id: home
                        elements:
                          - id: a
                            actions: {tap: same}
                          - id: 1️⃣a
                            actions: {tap: same}
                    """)),
        Case(
            rule: "model.invalid-value",
            yaml: surface(
                kind: "1️⃣desktop",
                screens: """
                      - id: home
                        elements: []
                    """)),
        Case(
            rule: "model.invalid-value",
            yaml: surface(
                extra: "verified: 1️⃣2026-02-30\n",
                screens: """
                      - id: home
                        elements: []
                    """)),
        Case(
            rule: "model.unknown-platform",
            yaml: surface(
                screens: """
                      - id: home
                        elements:
                          - id: a
                            platforms: [1️⃣web]
                            actions: {tap: same}
                    """)),
        Case(
            rule: "guide.unknown-action",
            yaml: surface(
                screens: """
                      - id: home
                        elements:
                          - id: a
                            actions: {1️⃣press: same}
                    """)),
        Case(
            rule: "model.invalid-value",
            yaml: """
                id: console
                name: Console
                kind: web
                platforms: [web]
                origins: [1️⃣https://example.com/admin]
                start: home
                screens:
                  - id: home
                    elements: []
                """),
        Case(
            rule: "model.invalid-value",
            yaml: surface(
                screens: """
                      - id: home
                        elements:
                          - id: a
                            label: {en: A, 1️⃣english: A}
                            actions: {tap: same}
                    """)),
        Case(
            rule: "guide.missing-field",
            yaml: """
                1️⃣id: console
                name: Console
                kind: web
                platforms: [web]
                start: home
                screens:
                  - id: home
                    elements: []
                """),
    ]

    @Test(arguments: cases)
    func reportsBadModelInputAtItsPosition(_ example: Case) throws {
        let marked = MarkedText(example.yaml)
        let (surface, diagnostics) = ModelLoader.load(text: marked.text, file: "Content/model/demo.yaml")
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.headline))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == example.rule, "\(diagnostic.headline)")
        #expect(diagnostic.location == marked["1️⃣"], "\(diagnostic.headline)")
        #expect(surface == nil, "a model file with an error is reported, not trusted")
    }

    @Test func theFrozenProjectsModelLoadsCleanly() {
        let loaded = ModelLoader.load(root: TestPaths.project)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.headline))")
        #expect(
            loaded.model.surfaces.map(\.id) == [
                "authenticator-app", "github", "google-admin-console", "ios-settings", "locaweb-central-do-cliente", "macos-terminal", "meta-business-suite",
                "microsoft-teams", "s-pushtan", "shopify-admin", "signal-android", "sparkasse-online-banking", "whatsapp-business-app",
                "windows-file-explorer", "windows-run", "zoom-web-portal",
            ])
    }
}
