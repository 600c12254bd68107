import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkLoader

/// Each bad input gives one diagnostic with the right rule at the marked position.
@Suite struct LoaderDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: String
        let yaml: String
        var testDescription: String { name }
    }

    /// A valid guide around `body`, which is spliced in as the first method's steps.
    static func guide(steps: String, extra: String = "") -> String {
        """
        id: a-guide
        title: A guide
        summary: What it is for.
        \(extra)methods:
          - id: main
            title: The method
            steps:
        \(steps)
        """
    }

    static let cases: [Case] = [
        Case(
            name: "broken YAML syntax", rule: "yaml.syntax",
            yaml: """
                id: a-guide
                title: "A guide
                summary: x1️⃣
                """),
        Case(
            name: "duplicate YAML key", rule: "yaml.duplicate-key",
            yaml: """
                id: a-guide
                title: One
                1️⃣title: Two
                summary: x
                methods: []
                """),
        Case(
            name: "unknown key with a suggestion", rule: "guide.unknown-key",
            yaml: guide(
                steps: """
                          - id: first
                            1️⃣txet: Open the app.
                    """)),
        Case(
            name: "missing required field", rule: "guide.missing-field",
            yaml: guide(
                steps: """
                          - 1️⃣id: first
                    """)),
        Case(
            name: "wrong type", rule: "guide.wrong-type",
            yaml: guide(
                steps: """
                          - id: first
                            text: 1️⃣[Open, the, app]
                    """)),
        Case(
            name: "duplicate step id", rule: "guide.duplicate-id",
            yaml: guide(
                steps: """
                          - id: first
                            text: Open the app.
                          - id: 1️⃣first
                            text: Go to **Settings**.
                    """)),
        Case(
            name: "step id reusing the method id", rule: "guide.duplicate-id",
            yaml: guide(
                steps: """
                          - id: 1️⃣main
                            text: Open the app.
                    """)),
        Case(
            name: "duplicate method id", rule: "guide.duplicate-id",
            yaml: """
                id: a-guide
                title: A guide
                summary: What it is for.
                methods:
                  - id: main
                    title: One way
                    steps:
                      - id: first
                        text: Open the app.
                  - id: 1️⃣main
                    title: Another way
                    steps:
                      - id: second
                        text: Open the website.
                """),
        Case(
            name: "unknown key in a guide", rule: "guide.unknown-key",
            yaml: """
                id: a-guide
                title: A guide
                summary: What it is for.
                1️⃣sumary: Again.
                methods:
                  - id: main
                    title: The method
                    steps:
                      - id: first
                        text: Open the app.
                """),
        Case(
            name: "quoted text with non-ASCII before raw HTML", rule: "markdown.raw-html",
            yaml: guide(
                steps: """
                          - id: first
                            text: "Abra o app — é rápido 1️⃣<i>já</i>"
                    """)),
        Case(
            name: "invalid slug", rule: "guide.invalid-id",
            yaml: """
                id: 1️⃣../../etc
                title: A guide
                summary: What it is for.
                methods:
                  - id: main
                    title: The method
                    steps:
                      - id: first
                        text: Open the app.
                """),
        Case(
            name: "empty method", rule: "guide.empty-method",
            yaml: """
                id: a-guide
                title: A guide
                summary: What it is for.
                methods:
                  - id: main
                    title: The method
                    steps: 1️⃣[]
                """),
        Case(
            name: "empty step", rule: "guide.empty-step",
            yaml: guide(
                steps: """
                          - id: first
                            text: Open the app.
                          - 1️⃣{}
                    """)),
        Case(
            name: "empty text", rule: "guide.empty-value",
            yaml: guide(
                steps: """
                          - id: first
                            text: 1️⃣""
                    """)),
        Case(
            name: "unknown callout kind", rule: "guide.unknown-callout-kind",
            yaml: guide(
                steps: """
                          - id: first
                            text: Open the app.
                            callouts:
                              - kind: 1️⃣warn
                                text: Careful.
                    """)),
        Case(
            name: "malformed duration", rule: "guide.malformed-duration",
            yaml: guide(
                steps: """
                          - id: first
                            text: Open the app.
                          - id: pause
                            wait: 1️⃣a while
                    """)),
        Case(
            name: "duration range that runs backwards", rule: "guide.malformed-duration",
            yaml: guide(
                steps: """
                          - id: pause
                            wait: 1️⃣5-2 minutes
                    """)),
        Case(
            name: "invalid URL", rule: "guide.invalid-url",
            yaml: guide(
                steps: """
                          - id: first
                            text: Go to {url}.
                            url: 1️⃣business.facebook.com
                    """)),
        Case(
            name: "raw HTML in text", rule: "markdown.raw-html",
            yaml: guide(
                steps: """
                          - id: first
                            text: Tap 1️⃣<script>alert(1)</script> now.
                    """)),
        Case(
            name: "raw HTML after non-ASCII text", rule: "markdown.raw-html",
            yaml: guide(
                steps: """
                          - id: first
                            text: Toque em **Configurações** ✅ 1️⃣<b>agora</b>.
                    """)),
        Case(
            name: "javascript link", rule: "markdown.unsafe-link",
            yaml: guide(
                steps: """
                          - id: first
                            text: "Read 1️⃣[this](javascript:alert(1))."
                    """)),
        Case(
            name: "block Markdown in an inline field", rule: "markdown.block-content",
            yaml: guide(
                steps: """
                          - id: first
                            text: |
                              Open the app.
                              1️⃣# Not a heading here
                    """)),
    ]

    @Test(arguments: cases)
    func reportsBadInputAtItsPosition(_ example: Case) throws {
        let marked = MarkedText(example.yaml)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "Content/guides/a-guide.yaml")
        let expected = try #require(marked["1️⃣"], "the case has no marker")
        #expect(diagnostics.count == 1, "expected one diagnostic, got:\n\(diagnostics.map(\.headline).joined(separator: "\n"))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == example.rule, "\(diagnostic.headline)")
        #expect(diagnostic.location == expected, "\(diagnostic.headline) — expected at \(expected)")
        #expect(diagnostic.file == "Content/guides/a-guide.yaml")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.hint?.isEmpty == false, "every diagnostic says how to fix it: \(diagnostic.headline)")
    }

    @Test func suggestsTheNearestKeyAsAFixIt() throws {
        let marked = MarkedText(
            """
            id: a-guide
            title: A guide
            summary: What it is for.
            methods:
              - id: main
                title: The method
                1️⃣setps2️⃣:
                  - id: first
                    text: Open the app.
            """)
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        let unknown = try #require(diagnostics.first { $0.rule == LoaderRule.unknownKey })
        #expect(unknown.hint == "did you mean 'steps'?")
        let fix = try #require(unknown.fixIts.first)
        #expect(fix.replacement == "steps")
        let start = try #require(marked["1️⃣"]), end = try #require(marked["2️⃣"])
        #expect(fix.range == SourceRange(start: start, end: end))
    }

    @Test func collectsEveryProblemInAFile() {
        let yaml = """
            id: Bad Id
            title: A guide
            summary: What it is for.
            colour: blue
            methods:
              - id: main
                title: The method
                steps:
                  - id: first
                  - id: second
                    text: Tap <b>here</b>.
                  - id: pause
                    wait: soon
            """
        let (_, diagnostics) = GuideFileLoader.load(text: yaml, file: "g.yaml")
        #expect(
            diagnostics.map(\.ruleID).sorted() == [
                "guide.invalid-id", "guide.malformed-duration", "guide.missing-field", "guide.unknown-key", "markdown.raw-html",
            ], "\(diagnostics.map(\.headline))")
    }
}
