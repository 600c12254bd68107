import Foundation
import Testing
import WaymarkBase
import WaymarkLoader
import WaymarkTestSupport

@testable import WaymarkStyle

/// Each style rule on a positioned example, with its fix-its; and the seed passes them all.
@Suite struct StyleRuleTests {
    /// Every style rule's findings in one in-memory guide (on the frozen model).
    func lint(_ marked: MarkedText) throws -> [Diagnostic] { try StyleRuleHarness.allFindings(in: marked.text) }

    func guide(_ steps: String, outcome: Bool = true) -> String {
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

    @Test func imperativeOffersTheVerb() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        action: open-app
                        text: 1️⃣You need to open the app.
                      - id: b
                        text: 2️⃣Tapping the tab opens it.
                      - id: c
                        text: 3️⃣The screen shows your chats.
                      - id: d
                        text: In the app, tap the tab.

                """))
        let found = try StyleRuleHarness.findings(of: ImperativeStart(), in: marked.text)
        try #require(found.count == 3, "\(found.map(\.message))")
        #expect(found[0].location == marked["1️⃣"])
        #expect(found[0].fixIts.map(\.replacement) == ["Open"])
        #expect(found[0].fixIts.first?.range.end == marked["1️⃣"]?.advanced(byColumns: "You need to open".count))
        #expect(found[1].location == marked["2️⃣"])
        #expect(found[1].fixIts.isEmpty, "'Tap the tab opens it.' would not be a sentence: no fix-it")
        #expect(found[2].location == marked["3️⃣"])
        #expect(found[2].fixIts.isEmpty)
    }

    @Test func oneActionPerStep() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        text: 1️⃣Open the app, then tap **Settings**.
                      - id: b
                        text: Select **Account** and **Business Platform** together.
                      - id: c
                        text: 2️⃣In **Settings**, tap **Account**, then turn off **Location**.

                """))
        let found = try lint(marked).filter { $0.ruleID == "style.one-action" }
        #expect(found.count == 2, "\(found.map(\.message))")
        #expect(found.map(\.location) == [marked["1️⃣"], marked["2️⃣"]])
        #expect(found.last?.message == "the step asks for 2 actions: 'tap', 'turn'")
        #expect(found.first?.message == "the step asks for 2 actions: 'open', 'tap'")
    }

    @Test func optionListDisguisedAsSteps() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        text: 1️⃣If you use an iPhone, tap **Settings**.
                      - id: b
                        text: If you use Android, tap **More options**.

                """))
        let found = try lint(marked).filter { $0.ruleID == "style.option-list" }
        #expect(found.map(\.location) == [marked["1️⃣"]])
        #expect(found.first?.message == "2 consecutive steps read as alternatives ('a', 'b'), not as a sequence")
    }

    @Test func waitsBelongInTypedWaits() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        text: Tap **Remove**.
                        result: 1️⃣Allow up to 2 minutes for the number to be released.
                      - id: b
                        text: 2️⃣Wait one to two minutes.
                      - id: c
                        text: 3️⃣Wait a few minutes.
                      - id: d
                        text: Under **Auto-Lock**, select **After 5 minutes**.
                      - id: e
                        text: Enter the code. It expires after 10 minutes.

                """))
        let found = try lint(marked).filter { $0.ruleID == "style.wait-in-prose" }
        #expect(found.map(\.location) == [marked["1️⃣"], marked["2️⃣"], marked["3️⃣"]], "\(found.map(\.message))")
        #expect(found.first?.hint?.contains("`wait: up to 2 minutes`") == true, "an upper bound stays a bound")
        #expect(found.dropFirst().first?.hint?.contains("`wait: 1-2 minutes`") == true, "a range stays a range, in digits")
        #expect(found.last?.message == "the step's text asks the reader to wait (a few minutes) in prose")
        #expect(found.last?.hint?.contains("`wait: a few minutes`") == true, "a vague duration is a named value the loader reads")
    }

    /// Idiomatic steps as the big help centres write them: none is a style problem.
    @Test func idiomaticStepsAreNotFlagged() throws {
        let texts = [
            "Configure the sharing options for your team.", "Pair your headphones with your phone.",
            "Don’t turn off your Mac until the update finishes.", "Otherwise, tap **Skip**.", "Then tap **Done**.",
            "If you use Gmail, Outlook or Yahoo, select **Other**.", "Click **Save and continue**.", "Tap **Backup and restore**.",
            "Press and hold the side button.", "Drag and drop the file into the window.", "If prompted, sign in.",
            "If you have 2-Step Verification turned on, enter the code.", "Under **Auto-Lock**, select **After 5 minutes**.",
            "Invite your team members by email.", "Touch and hold the app icon.", "In the sidebar, click **Billing**.",
        ]
        let steps = texts.enumerated().map { "      - id: s\($0.offset)\n        text: \"\($0.element)\"\n" }.joined()
        let found = try lint(MarkedText(guide(steps)))
        #expect(found.isEmpty, "\(found.map { "\($0.location?.description ?? "") \($0.ruleID): \($0.message)" })")
    }

    @Test func labelsMatchTheModel() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        action: tap
                        target: settings-tab
                        platforms: [ios]
                        text: Tap 1️⃣**Setings** at the bottom.
                      - id: b
                        action: tap
                        target: account
                        text: Tap **Account**.

                """))
        let found = try lint(marked).filter { $0.ruleID == "style.label-mismatch" }
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.location == marked["1️⃣"])
        #expect(finding.range?.end == marked["1️⃣"]?.advanced(byColumns: "**Setings**".count))
        #expect(finding.fixIts.map(\.replacement) == ["{label}", "**Settings**"])
    }

    @Test func stepLengthAndOutcome() throws {
        let words = Array(repeating: "word", count: 26).joined(separator: " ")
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        text: 1️⃣Tap \(words).

                """, outcome: false
            ).replacingOccurrences(of: "id: g", with: "id: 2️⃣g"))
        let found = try lint(marked)
        #expect(found.map(\.ruleID) == ["style.missing-outcome", "style.step-length"])
        #expect(found.map(\.location) == [marked["2️⃣"], marked["1️⃣"]])
        #expect(found.last?.message == "the step's text has 27 words; the limit is 25")
    }

    @Test func calloutsCarryTheirKindInKind() throws {
        let marked = MarkedText(
            guide(
                """
                      - id: a
                        text: Tap **Remove**.
                        callouts:
                          - kind: note
                            text: "1️⃣Note: it takes a moment."
                          - kind: note
                            text: "2️⃣**Warning:** you can't undo this."

                """))
        let found = try lint(marked).filter { $0.ruleID == "style.callout-kind" }
        try #require(found.count == 2, "\(found.map(\.message))")
        #expect(found.map(\.location) == [marked["1️⃣"], marked["2️⃣"]])
        #expect(found[0].fixIts.map(\.replacement) == ["I"], "the prefix goes and the sentence starts with a capital")
        #expect(found[0].fixIts.first?.range.end == marked["1️⃣"]?.advanced(byColumns: "Note: i".count))
        #expect(found[1].message == "a note callout whose text says '**Warning:**'")
    }
}
