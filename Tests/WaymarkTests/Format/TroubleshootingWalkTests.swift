import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkTestSupport

@testable import WaymarkSite

/// Issue 15: a troubleshooting fix's steps are walked by the checker and linted like a method's.
@Suite struct TroubleshootingWalkTests {
    static func diagnostics(_ marked: MarkedText) throws -> [Diagnostic] {
        let project = try FormatConstructTests.project()
        try project.write("Content/guides/fix.yaml", marked.text)
        return SiteBuilder.validate(Self.options(project.root)).diagnostics.filter { $0.file == "Content/guides/fix.yaml" }
    }

    static func options(_ root: URL) -> SiteBuilder.Options {
        var options = SiteBuilder.Options.configured(root: root)
        options.lint = true
        return options
    }

    static func guide(_ fix: String) -> MarkedText {
        MarkedText(
            """
            id: fix
            title: Find a teammate
            summary: See who is on the team.
            methods:
              - id: in-the-app
                title: In the app
                surface: team-app
                steps:
                  - id: open-app
                    action: open-app
                  - id: open-settings
                    action: tap
                    target: settings-tab
                troubleshooting:
                  - id: not-listed
                    symptom: Your teammate is not listed.
                    steps:
            \(fix)
            """)
    }

    @Test func anUnknownControlInAFixIsReportedAtItsPosition() throws {
        let marked = Self.guide(
            """
                      - id: open-members
                        action: tap
                        target: 1️⃣membres
            """)
        let found = try Self.diagnostics(marked)
        let unknown = try #require(found.first { $0.rule == CheckRule.unknownElement }, "\(found.map(\.headline))")
        #expect(unknown.location == marked["1️⃣"])
        #expect(unknown.hint == "did you mean 'members'?")
    }

    @Test func aFixIsWalkedFromWhereItsFirstTargetIsAndItsOrderIsChecked() throws {
        let fine = Self.guide(
            """
                      - id: open-members
                        action: tap
                        target: members
                      - id: open-invite
                        action: tap
                        target: invite
            """)
        #expect(try Self.diagnostics(fine).filter { $0.ruleID.hasPrefix("check.") }.isEmpty)
        let reversed = Self.guide(
            """
                      - id: open-members
                        action: tap
                        target: members
                      - id: send
                        action: tap
                        1️⃣target: send-invite
            """)
        let found = try Self.diagnostics(reversed)
        let misplaced = try #require(found.first { $0.rule == CheckRule.elementNotOnScreen }, "\(found.map(\.headline))")
        #expect(misplaced.message.hasPrefix("'send-invite' is not on the screen the user is on at this step"))
    }

    @Test func aLabelInAFixIsCheckedAgainstTheModel() throws {
        let marked = Self.guide(
            """
                      - id: open-members
                        action: tap
                        target: members
                        text: Tap 1️⃣**Member list**.
            """)
        let found = try Self.diagnostics(marked)
        let label = try #require(found.first { $0.ruleID == "style.label-mismatch" }, "\(found.map(\.headline))")
        #expect(label.location == marked["1️⃣"])
    }

    @Test func textOnlyFixStepsAreAccepted() throws {
        let marked = Self.guide(
            """
                      - id: ask
                        text: Ask your admin whether they were removed.
            """)
        #expect(try Self.diagnostics(marked).filter { $0.ruleID.hasPrefix("check.") }.isEmpty)
    }
}
