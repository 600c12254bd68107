import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkLoader

/// The checker faults found on real content (issue 14): each reported once, at the right line.
@Suite struct CheckerFaultTests {
    @Test func anOptionalLastStepCannotBeTheOnlyWayToTheEnd() throws {
        let marked = MarkedText(
            CheckerTests.guide(
                methodExtra: "    end: 1️⃣settings\n    platforms: [ios]\n",
                steps: CheckerTests.open + """
                          - id: settings
                            action: tap
                            target: settings-tab
                            optional: true
                    """))
        let diagnostics = try CheckerTests.check(marked.text).filter { $0.ruleID != "model.stale" }
        #expect(diagnostics.map(\.ruleID) == ["check.end-not-reached"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.first?.location == marked["1️⃣"])
        #expect(diagnostics.first?.message.contains("home") == true, "\(diagnostics.first?.message ?? "")")
    }

    @Test func oneWrongTargetIsReportedOnceWithoutACascade() throws {
        // `account` is two screens away: the old walk then resumed on `account` (never reached)
        // and reported the next steps against it.
        let marked = MarkedText(
            CheckerTests.guide(
                methodExtra: "    platforms: [ios]\n",
                steps: CheckerTests.open + """
                          - id: jump
                            action: tap
                            target: 1️⃣account
                          - id: sign-out
                            action: tap
                            target: sign-out
                          - id: settings
                            action: tap
                            target: settings-tab
                    """))
        let diagnostics = try CheckerTests.check(marked.text).filter { $0.ruleID != "model.stale" }
        #expect(diagnostics.map(\.ruleID) == ["check.element-not-on-screen"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }

    @Test func stepsAfterAFaultThatFailAnewAreStillReported() throws {
        // After the fault the user is still on home; `settings-tab` works from there, and
        // `sign-out` (on account only) is a new fault of its own.
        let marked = MarkedText(
            CheckerTests.guide(
                methodExtra: "    platforms: [ios]\n",
                steps: CheckerTests.open + """
                          - id: jump
                            action: tap
                            target: 1️⃣account
                          - id: settings
                            action: tap
                            target: settings-tab
                          - id: sign-out
                            action: tap
                            target: 2️⃣sign-out
                    """))
        let diagnostics = try CheckerTests.check(marked.text).filter { $0.ruleID != "model.stale" }
        #expect(diagnostics.map(\.ruleID) == ["check.element-not-on-screen", "check.element-not-on-screen"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.map(\.location) == [marked["1️⃣"], marked["2️⃣"]])
    }

    @Test func anUnknownActionIsReportedOnce() throws {
        let marked = MarkedText(
            CheckerTests.guide(
                methodExtra: "    platforms: [ios]\n",
                steps: CheckerTests.open + """
                          - id: settings
                            action: 1️⃣tapp
                            target: settings-tab
                          - id: account
                            action: tap
                            target: account
                    """))
        let (guide, loadDiagnostics) = GuideFileLoader.load(text: marked.text, file: "Content/guides/g.yaml")
        let result = Checker.check(
            guides: [try #require(guide)], model: try CheckerTests.model(),
            options: CheckOptions(today: CheckerTests.today, maximumModelAge: 365))
        let all = loadDiagnostics + result.diagnostics
        #expect(all.map(\.ruleID) == ["guide.unknown-action"], "\(all.map(\.headline))")
        #expect(all.first?.location == marked["1️⃣"])
    }

    @Test func aModelFileThatFailedToLoadIsNamedNotAskedFor() throws {
        let project = try TemporaryProject.seed()
        let path = "Content/model/whatsapp-business-app.yaml"
        let text = try String(contentsOf: project.url(path), encoding: .utf8)
        try project.write(path, text.replacingOccurrences(of: "kind: app", with: "kind: apps"))
        var options = SiteBuilder.Options(root: project.root)
        options.check = CheckOptions(today: CheckerTests.today)
        let diagnostics = SiteBuilder.check(options).diagnostics
        let surface = try #require(diagnostics.first { $0.ruleID == "check.unknown-surface" }, "\(diagnostics.map(\.headline))")
        #expect(surface.message.contains("\(path) has errors"), "\(surface.message)")
        #expect(surface.hint?.contains("add it in") == false, "\(surface.hint ?? "")")
        #expect(diagnostics.contains { $0.ruleID == "model.invalid-value" && $0.file == path })
    }
}

/// `verified` per screen: a team that verified the screens a guide uses keeps it fresh.
@Suite struct ScreenVerifiedTests {
    static let model = CheckerTests.appModel.replacingOccurrences(of: "verified: 2026-06-01\n", with: "")
        .replacingOccurrences(of: "  - id: home\n    elements:", with: "  - id: home\n    verified: 2026-11-01\n    elements:")

    static func check(_ model: String, steps: String) throws -> [Diagnostic] {
        let (app, appDiagnostics) = ModelLoader.load(text: model, file: "Content/model/demo-app.yaml")
        #expect(appDiagnostics.isEmpty, "\(appDiagnostics.map(\.headline))")
        let (guide, _) = GuideFileLoader.load(text: CheckerTests.guide(methodExtra: "    platforms: [ios]\n", steps: steps), file: "Content/guides/g.yaml")
        return Checker.check(
            guides: [try #require(guide)], model: ProductModel(surfaces: [try #require(app)]),
            options: CheckOptions(today: CheckerTests.today, maximumModelAge: 180)
        ).diagnostics
    }

    @Test func aGuideOnVerifiedScreensOnlyIsFresh() throws {
        #expect(Self.model.contains("verified: 2026-11-01"))
        let steps = CheckerTests.open + "      - id: banner\n        action: tap\n        target: banner\n        text: Close the banner.\n"
        #expect(try Self.check(Self.model, steps: steps).isEmpty)
    }

    @Test func aGuideThatLeavesTheVerifiedScreensIsWarned() throws {
        let steps =
            CheckerTests.open + "      - id: settings\n        action: tap\n        target: settings-tab\n      - id: account\n        action: tap\n        target: account\n"
        #expect(try Self.check(Self.model, steps: steps).map(\.ruleID) == ["model.stale"])
    }
}
