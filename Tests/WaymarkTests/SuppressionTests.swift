import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkLoader

/// `lint-ignore` on guides, methods and steps.
@Suite struct SuppressionTests {
    static func guide(stepIgnore: String = "", guideIgnore: String = "") -> String {
        """
        id: a
        title: A guide
        summary: What it is for.
        \(guideIgnore)methods:
          - id: only
            title: The only method
            steps:
              - id: first
                text: You should open the app.
        \(stepIgnore)      - id: second
                text: Open the app.
        outcome:
          text: Done.

        """
    }

    @Test func aStepSuppressionSilencesItsRuleThereOnly() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.guide(stepIgnore: "        lint-ignore: [style.imperative]\n")])
        let result = try runWaymark(["lint", "--strict"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "No problems in 1 guide.\n")
    }

    @Test func aGuideSuppressionCoversTheWholeGuide() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.guide(guideIgnore: "lint-ignore: style.imperative\n")])
        let result = try runWaymark(["lint", "--strict"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aSuppressionOnAnotherStepDoesNotReachThisOne() throws {
        let text = Self.guide().replacingOccurrences(of: "        text: Open the app.\n", with: "        text: Open the app.\n        lint-ignore: [style.imperative]\n")
        let project = try TemporaryProject(guides: ["a.yaml": text])
        let result = try runWaymark(["lint"], in: project.root)
        #expect(result.stderr.contains("a.yaml:9:15: warning: the step says 'you should open' instead of giving the instruction [style.imperative]"), "\(result.stderr)")
        #expect(result.stderr.contains("a.yaml:12:23: warning: 'style.imperative' in lint-ignore suppresses nothing here [lint.unused-suppression]"), "\(result.stderr)")
    }

    @Test func unknownAndLockedIdsAreReportedWithSuggestions() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.guide(stepIgnore: "        lint-ignore: [style.imperativ, yaml.syntax, lint.unused-suppression]\n")])
        let result = try runWaymark(["lint", "--format", "json"], in: project.root)
        #expect(result.stdout.contains("\"message\" : \"'style.imperativ' in lint-ignore is not a rule\""), "\(result.stdout)")
        #expect(result.stdout.contains("\"replacement\" : \"style.imperative\""))
        #expect(result.stdout.contains("\"message\" : \"'yaml.syntax' cannot be suppressed\""))
        #expect(result.stdout.contains("\"message\" : \"'lint.unused-suppression' cannot be suppressed\""))
        #expect(result.stdout.contains("\"rule\" : \"style.imperative\""), "a misspelt suppression suppresses nothing")
    }

    @Test func buildHonoursSuppressionsOfCheckErrors() throws {
        let project = try TemporaryProject.seed()
        let path = "Content/guides/disconnect-whatsapp-account.yaml"
        let text = try project.read(path)
        // A misspelt target, and the walk that loses its place after it: both suppressed on the method.
        let broken = text.replacingOccurrences(of: "        target: account\n", with: "        target: acount\n")
            .replacingOccurrences(
                of: "    surface: whatsapp-business-app\n", with: "    surface: whatsapp-business-app\n    lint-ignore: [check.unknown-element, check.element-not-on-screen]\n")
        try project.write(path, broken)
        let build = try runWaymark(["build", "--today", "2026-11-27"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("check.unknown-element"))
    }

    @Test func anIdListedTwiceIsSaidToBeListedTwice() throws {
        let project = try TemporaryProject(guides: ["a.yaml": Self.guide(stepIgnore: "        lint-ignore: [style.imperative, style.imperative]\n")])
        let result = try runWaymark(["lint"], in: project.root)
        #expect(result.stderr.contains("warning: 'style.imperative' is listed twice in this lint-ignore [lint.unused-suppression]"), "\(result.stderr)")
        #expect(!result.stderr.contains("suppresses nothing"))
    }

    @Test func aLintIgnoreThatIsNotAListOfIdsIsReportedWhereItIsWritten() throws {
        let marked = MarkedText(
            """
            id: a
            title: A guide
            summary: What it is for.
            lint-ignore: 1️⃣{style.imperative: true}
            methods:
              - id: only
                title: The only method
                lint-ignore: [2️⃣[style.imperative]]
                steps:
                  - id: first
                    text: Open the app.
                    lint-ignore: [3️⃣""]

            """)
        let diagnostics = GuideFileLoader.load(text: marked.text, file: "a.yaml").1.sortedForOutput()
        #expect(diagnostics.map(\.ruleID) == ["guide.wrong-type", "guide.wrong-type", "guide.empty-value"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.map(\.location) == [marked["1️⃣"], marked["2️⃣"], marked["3️⃣"]])
    }
}
