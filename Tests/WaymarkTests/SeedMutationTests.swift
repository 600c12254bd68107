import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkLoader
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

/// Mutations of the seed guide and its model: each is caught by the right rule on the right line.
@Suite struct SeedMutationTests {
    static let today = ModelDates.parse("2026-11-27")!
    static let guidePath = "Content/guides/disconnect-whatsapp-account.yaml"
    static let appModelPath = "Content/model/whatsapp-business-app.yaml"
    static let accountElement =
        "      - id: account\n        label:\n          en: Account\n          pt-BR: Conta\n          es: Cuenta\n          ar: الحساب\n          de: Konto\n          fr: Compte\n          ja: アカウント\n          he: חשבון\n        actions:\n          tap: account\n"

    /// Checks the seed after `edits` (file path to a text transformation).
    static func check(_ edits: [String: (String) -> String]) throws -> (diagnostics: [Diagnostic], guide: String) {
        let project = try TemporaryProject.seed()
        for (path, edit) in edits {
            let text = try String(contentsOf: project.url(path), encoding: .utf8)
            let changed = edit(text)
            #expect(changed != text, "the mutation of \(path) changed nothing")
            try project.write(path, changed)
        }
        var options = SiteBuilder.Options(root: project.root)
        options.check = CheckOptions(today: today)
        let report = SiteBuilder.check(options)
        return (report.diagnostics, try String(contentsOf: project.url(guidePath), encoding: .utf8))
    }

    /// The 1-based number of the line that is exactly `line` after `after` (a unique earlier line).
    static func lineNumber(of line: String, after anchor: String? = nil, in text: String) -> Int? {
        let lines = text.components(separatedBy: "\n")
        let start = anchor.flatMap { a in lines.firstIndex { $0.contains(a) } } ?? 0
        return lines[start...].firstIndex(of: line).map { $0 + 1 }
    }

    static func expect(_ diagnostics: [Diagnostic], rule: String, file: String = guidePath, line: Int?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = diagnostics.contains { $0.ruleID == rule && $0.file == file && $0.location?.line == line && $0.severity == .error }
        #expect(
            found, "expected \(rule) at \(file):\(line ?? -1), got:\n\(diagnostics.map(\.headline).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    @Test func theSeedPassesWithNoDiagnostics() throws {
        let project = try TemporaryProject.seed()
        var options = SiteBuilder.Options(root: project.root)
        options.check = CheckOptions(today: Self.today)
        let report = SiteBuilder.check(options)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.headline))")
    }

    @Test func anElementRemovedFromTheModel() throws {
        let (diagnostics, guide) = try Self.check([
            Self.appModelPath: {
                $0.replacingOccurrences(of: Self.accountElement, with: "")
            }
        ])
        Self.expect(diagnostics, rule: "check.unknown-element", line: Self.lineNumber(of: "        target: account", in: guide))
    }

    @Test func anActionRemovedFromAnElement() throws {
        let (diagnostics, guide) = try Self.check([
            Self.appModelPath: {
                $0.replacingOccurrences(
                    of: Self.accountElement, with: Self.accountElement.replacingOccurrences(of: "        actions:\n          tap: account\n", with: "        actions: {}\n"))
            }
        ])
        Self.expect(
            diagnostics, rule: "check.unsupported-action",
            line: Self.lineNumber(of: "        action: tap", after: "- id: open-account", in: guide))
    }

    @Test func aScreenRenamed() throws {
        let (diagnostics, guide) = try Self.check([
            Self.appModelPath: {
                $0.replacingOccurrences(of: "id: business-platform\n    name:", with: "id: platform-connections\n    name:")
                    .replacingOccurrences(of: "tap: business-platform", with: "tap: platform-connections")
                    .replacingOccurrences(of: "confirm: business-platform", with: "confirm: platform-connections")
            }
        ])
        Self.expect(diagnostics, rule: "check.unknown-screen", line: Self.lineNumber(of: "    end: business-platform", in: guide))
    }

    @Test func twoConsecutiveStepsSwapped() throws {
        let account = "      - id: open-account\n        action: tap\n        target: account\n"
        let platform = "      - id: open-business-platform\n        action: tap\n        target: business-platform\n"
        let (diagnostics, guide) = try Self.check([
            Self.guidePath: {
                $0.replacingOccurrences(of: account + platform, with: platform + account)
            }
        ])
        Self.expect(diagnostics, rule: "check.element-not-on-screen", line: Self.lineNumber(of: "        target: business-platform", in: guide))
    }

    @Test func anAndroidOnlyStepAddedToAnIOSMethod() throws {
        let (diagnostics, guide) = try Self.check([
            Self.guidePath: {
                $0.replacingOccurrences(of: "    surface: whatsapp-business-app\n", with: "    surface: whatsapp-business-app\n    platforms: [ios]\n")
                    .replacingOccurrences(
                        of: "        action: open-app\n", with: "        action: open-app\n      - id: open-menu\n        action: tap\n        target: more-options\n")
            }
        ])
        Self.expect(diagnostics, rule: "check.platform-mismatch", line: Self.lineNumber(of: "        target: more-options", in: guide))
    }

    @Test func aURLChangedToAnotherOrigin() throws {
        let (diagnostics, guide) = try Self.check([
            Self.guidePath: {
                $0.replacingOccurrences(of: "url: https://business.facebook.com", with: "url: https://business.example.com")
            }
        ])
        Self.expect(diagnostics, rule: "check.url-outside-origins", line: Self.lineNumber(of: "        url: https://business.example.com", in: guide))
    }

    /// Removing any single step (or wait) from any method of the seed either leaves a walkable
    /// method or is reported at a position; the checker never crashes. The walk proves that each
    /// step is possible where it stands and that the method ends where it says, so the only
    /// removals that pass are the waits (not user actions) and the partner-removal step, whose
    /// sub-steps lead from the Partners screen back to it.
    @Test func removingAnySingleStepIsEitherWalkableOrReported() throws {
        let content = ContentLoader.load(root: TestPaths.project)
        let model = ModelLoader.load(root: TestPaths.project).model
        let seed = try #require(content.guides.first)
        var variants = 0
        var passed: [String] = []
        for (methodIndex, method) in seed.methods.enumerated() {
            for (items, removed) in Self.removals(method.items) {
                var guide = seed
                guide.methods[methodIndex].items = items
                let result = Checker.check(guides: [guide], model: model, options: CheckOptions(today: Self.today))
                variants += 1
                let errors = result.diagnostics.filter { $0.severity == .error }
                #expect(errors.allSatisfy { $0.file == seed.file && $0.location != nil }, "\(errors.map(\.headline))")
                if errors.isEmpty { passed.append(removed.id) }
            }
        }
        #expect(variants == 22)
        #expect(passed.sorted() == ["remove-partner", "wait-after-disconnect", "wait-after-removal"])
    }

    /// Every way to remove one item, at any depth: the remaining items and what was removed.
    static func removals(_ items: [ProcedureItem]) -> [([ProcedureItem], ProcedureItem)] {
        var result: [([ProcedureItem], ProcedureItem)] = []
        for (index, item) in items.enumerated() {
            var without = items
            without.remove(at: index)
            result.append((without, item))
            if case .step(let step) = item {
                for (substeps, removed) in removals(step.substeps) {
                    var changed = step
                    changed.substeps = substeps
                    var copy = items
                    copy[index] = .step(changed)
                    result.append((copy, removed))
                }
            }
        }
        return result
    }
}
