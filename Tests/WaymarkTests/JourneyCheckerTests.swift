import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 14's constructs in the checker: the fixture guide passes, and each mutation of it is
/// caught by the right rule at the exact line.
@Suite struct JourneyCheckerTests {
    @Test func theJourneyGuidePasses() throws {
        let diagnostics = try JourneyFixture.check()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline).joined(separator: "\n"))")
    }

    @Test func theWalkDocumentsEveryHopAndBothSurfaces() throws {
        let (guide, _) = GuideFileLoader.load(text: JourneyFixture.guide, file: "g.yaml")
        let result = Checker.check(
            guides: [try #require(guide)], model: try JourneyFixture.model(),
            options: CheckOptions(today: ModelDates.parse("2026-11-27")!))
        let keys = Set(result.helpIndex.entries.keys.map { "\($0.surface)/\($0.screen)/\($0.element)/\($0.action)" })
        for key in [
            "console/home/settings/click", "console/settings/members-link/click", "phone/codes/account-code/select",
            "console/login/sign-in-form/sign-in", "console/code-entry/code-field/type",
        ] {
            #expect(keys.contains(key), "\(key) not in \(keys.sorted())")
        }
    }

    struct Mutation: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: String
        /// The text replaced, and by what; `line` is a line of the result the finding must be on.
        let from: String
        let to: String
        let line: String
        var testDescription: String { name }
    }

    static let mutations: [Mutation] = [
        Mutation(
            name: "a branch left unhandled", rule: "check.unhandled-branch",
            from: "        when: two-factor-on\n", to: "", line: "        action: sign-in"),
        Mutation(
            name: "a branch that no action has", rule: "check.unknown-branch",
            from: "when: two-factor-on", to: "when: two-factor", line: "        when: two-factor"),
        Mutation(
            name: "a role missing", rule: "check.missing-requirement",
            from: "requires: [admin]\n", to: "", line: "            target: remove-member"),
        Mutation(
            name: "a requirement no surface declares", rule: "check.unknown-requirement",
            from: "requires: [admin]", to: "requires: [admim]", line: "requires: [admim]"),
        Mutation(
            name: "a variant step on the wrong variant", rule: "check.variant-mismatch",
            from: "variants: [new]", to: "variants: [classic]", line: "        target: bulk-import"),
        Mutation(
            name: "a variant the surface does not have", rule: "check.unknown-variant",
            from: "variants: [new]", to: "variants: [beta]", line: "        variants: [beta]"),
        Mutation(
            name: "an expectation that does not match the screen", rule: "check.expectation-mismatch",
            from: "expect: members", to: "expect: settings", line: "        expect: settings"),
        Mutation(
            name: "a destructive step without its warning", rule: "check.destructive-without-warning",
            from: "            callouts:\n              - kind: warning\n                text: The member loses access at once.\n",
            to: "", line: "          - id: remove"),
        Mutation(
            name: "a value that does not fit the field", rule: "check.value-format",
            from: "value: \"123456\"", to: "value: \"12345\"", line: "            value: \"12345\""),
        Mutation(
            name: "a sign-in away from the sign-in screen", rule: "check.no-sign-in",
            from: "      - id: sign-in\n        action: sign-in\n", to: "      - id: sign-in\n        action: sign-in\n      - id: sign-in-again\n        action: sign-in\n",
            line: "        action: sign-in"),
        Mutation(
            name: "a loop that does not close", rule: "check.loop-not-repeatable",
            from: "              text: The member no longer appears in the list.\n",
            to:
                "              text: The member no longer appears in the list.\n          - id: reopen\n            action: select\n            target: member-row\n            text: Select the next member.\n",
            line: "      - id: review-members"),
        Mutation(
            name: "a navigation hop not on the screen", rule: "check.element-not-on-screen",
            from: "navigate: [settings, members-link]", to: "navigate: [members-link, settings]", line: "        navigate: [members-link, settings]"),
        Mutation(
            name: "an early exit away from the end", rule: "check.end-not-reached",
            from: "        done: true\n", to: "        done: true\n        navigate: [settings]\n", line: "      - id: nobody-left"),
        Mutation(
            name: "a surface switch to an unknown surface", rule: "check.unknown-surface",
            from: "surface: phone", to: "surface: phones", line: "            surface: phones"),
    ]

    @Test(arguments: mutations)
    func eachMutationIsCaughtAtItsLine(_ mutation: Mutation) throws {
        #expect(JourneyFixture.guide.contains(mutation.from), "the mutation changes nothing")
        let mutated = JourneyFixture.guide.replacingOccurrences(of: mutation.from, with: mutation.to)
        let lines = mutated.components(separatedBy: "\n")
        let expected = try #require(lines.lastIndex { $0 == mutation.line } ?? lines.firstIndex { $0.hasPrefix(mutation.line) }) + 1
        let diagnostics = try JourneyFixture.check(mutated)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(
            errors.contains { $0.ruleID == mutation.rule && $0.location?.line == expected },
            "expected \(mutation.rule) at line \(expected), got:\n\(diagnostics.map(\.headline).joined(separator: "\n"))")
        // One fault; a second error only where the fault really has two consequences (a branch
        // no longer handled leaves its sub-steps on the wrong screen).
        #expect(errors.count <= 2, "no cascade:\n\(errors.map(\.headline).joined(separator: "\n"))")
    }

    @Test func theDestructiveWarningHasAFixItThatInsertsOne() throws {
        let mutated = JourneyFixture.guide.replacingOccurrences(of: Self.mutations[7].from, with: "")
        let finding = try #require(try JourneyFixture.check(mutated).first { $0.ruleID == "check.destructive-without-warning" })
        let fix = try #require(finding.fixIts.first)
        #expect(fix.replacement.contains("- kind: warning"))
        // Applied, the guide loads and the rule is satisfied.
        let lines = mutated.components(separatedBy: "\n")
        var line = lines[fix.range.start.line - 1]
        let index = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: fix.range.start.column - 1)
        line = String(line.unicodeScalars[..<index]) + fix.replacement + String(line.unicodeScalars[index...])
        var fixed = lines
        fixed[fix.range.start.line - 1] = line
        #expect(try JourneyFixture.check(fixed.joined(separator: "\n")).isEmpty)
    }
}

/// `not-applicable`: a guide says a branch of the model cannot happen to its readers.
@Suite struct NotApplicableBranchTests {
    static let guide = """
        id: sign-in-only
        title: Sign in to the console
        summary: Sign in with a password.
        methods:
          - id: console
            title: In the console
            surface: console
            end: home
            steps:
              - id: open
                action: open
              - id: sign-in
                action: sign-in
        """

    @Test func aBranchNoStepHandlesIsReportedAtTheStep() throws {
        let marked = MarkedText(Self.guide.replacingOccurrences(of: "action: sign-in", with: "action: 1️⃣sign-in"))
        let diagnostics = try JourneyFixture.check(marked.text)
        #expect(diagnostics.map(\.ruleID) == ["check.unhandled-branch"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }

    @Test func aBranchTheGuideSaysDoesNotApplyIsNotWalked() throws {
        let yaml = Self.guide + "\n        not-applicable: [two-factor-on]\n"
        #expect(try JourneyFixture.check(yaml).isEmpty)
    }
}
