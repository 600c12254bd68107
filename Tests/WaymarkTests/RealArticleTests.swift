import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkLoader
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

/// The real articles in `Content/` (issue 14): they pass the check with no suppressed check rule,
/// and a mutation of each construct they use is caught by the right rule at the exact line. The
/// first test checks the product's own content; the mutations change frozen copies of the
/// articles (`TestPaths.project`), so that editing an article does not break them.
@Suite struct RealArticleTests {
    static let today = ModelDates.parse("2026-12-01")!

    /// A copy of the content (guides and model) of the project at `source` (default: the frozen
    /// one), after `edits` (path to transformation).
    static func check(
        _ edits: [String: (String) -> String] = [:], source: URL = TestPaths.project
    ) throws -> (diagnostics: [Diagnostic], texts: [String: String]) {
        let project = try TemporaryProject(guides: [:])
        let fm = FileManager.default
        try fm.removeItem(at: project.url("Content/guides"))
        for folder in ["Content/guides", "Content/model"] {
            try fm.copyItem(at: source.appendingPathComponent(folder), to: project.url(folder))
        }
        var texts: [String: String] = [:]
        for (path, edit) in edits {
            let text = try project.read(path)
            let changed = edit(text)
            #expect(changed != text, "the mutation of \(path) changed nothing")
            try project.write(path, changed)
            texts[path] = changed
        }
        var options = SiteBuilder.Options(root: project.root)
        options.check = CheckOptions(today: today)
        return (SiteBuilder.check(options).diagnostics, texts)
    }

    @Test func theRealArticlesPassTheCheckWithNoSuppressedCheckRule() throws {
        let (diagnostics, _) = try Self.check(source: TestPaths.repository)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.filter { $0.severity == .error }.map(\.headline))")
        #expect(!diagnostics.contains { $0.ruleID.hasPrefix("check.") }, "\(diagnostics.map(\.headline))")
        let guides = ContentLoader.load(root: TestPaths.repository).guides
        #expect(guides.count >= 10)
        func suppressed(_ items: [ProcedureItem]) -> [String] {
            items.flatMap { item -> [String] in
                guard case .step(let step) = item else { return [] }
                return step.suppressions.map(\.ruleID) + suppressed(step.substeps)
            }
        }
        for guide in guides {
            let all = guide.suppressions.map(\.ruleID) + guide.methods.flatMap { $0.suppressions.map(\.ruleID) + suppressed($0.items) }
            #expect(!all.contains { $0.hasPrefix("check.") }, "\(guide.id) suppresses \(all)")
        }
        // Different products, mobile and web, sources in English, German and Portuguese.
        let surfaces = Set(guides.flatMap { $0.methods.compactMap(\.surface) })
        #expect(
            surfaces.isSuperset(of: [
                "github", "shopify-admin", "signal-android", "locaweb-central-do-cliente", "s-pushtan", "google-admin-console", "microsoft-teams", "ios-settings",
                "zoom-web-portal",
            ]))
    }

    struct Mutation: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let rule: String
        let from: String
        let to: String
        /// A line of the mutated file that the finding is on (its first occurrence).
        let line: String
        /// A unique earlier line: the expected line is the first match after it.
        var after: String? = nil
        var testDescription: String { name }
    }

    static let mutations: [Mutation] = [
        Mutation(
            name: "a role missing (Shopify)", file: "Content/guides/shopify-invite-staff.yaml", rule: "check.missing-requirement",
            from: "requires: [manage-users]\n", to: "", line: "        target: add-users"),
        Mutation(
            name: "a destructive step without its warning (Teams)", file: "Content/guides/teams-clear-cache.yaml", rule: "check.destructive-without-warning",
            from: "        callouts:\n          - kind: warning\n            text: Delete only what is in this folder, not the folder of another app.\n", to: "",
            line: "      - id: delete"),
        Mutation(
            name: "a variant step on the wrong variant (Signal)", file: "Content/guides/signal-android-backup.yaml", rule: "check.variant-mismatch",
            from: "      - id: turn-on\n        variants: [current]", to: "      - id: turn-on\n        variants: [earlier]", line: "        target: turn-on-backups"),
        Mutation(
            name: "a branch left unhandled (Locaweb)", file: "Content/guides/locaweb-enable-two-factor.yaml", rule: "check.unhandled-branch",
            from: "        when: new-central\n", to: "", line: "        navigate: [meus-dados-tab, dados-da-conta]"),
        Mutation(
            name: "an expectation that does not match the screen (Google)", file: "Content/guides/google-workspace-add-user.yaml", rule: "check.expectation-mismatch",
            from: "          screen: users\n", to: "          screen: user-added\n", line: "          screen: user-added"),
        Mutation(
            name: "an otherwise without its if (Sparkasse)", file: "Content/guides/sparkasse-set-up-pushtan.yaml", rule: "check.otherwise-without-if",
            from: "        if: the camera can read the QR code\n", to: "", line: "        otherwise: true"),
        Mutation(
            name: "either-or written as two plain steps (Sparkasse)", file: "Content/guides/sparkasse-set-up-pushtan.yaml", rule: "check.element-not-on-screen",
            from: "        otherwise: true\n", to: "", line: "            target: manual-entry"),
        Mutation(
            name: "the sign-in skipped (GitHub)", file: "Content/guides/github-enable-two-factor.yaml", rule: "check.element-not-on-screen",
            from: "      - id: sign-in\n        action: sign-in\n", to: "", line: "        target: profile-photo"),
        Mutation(
            name: "an iOS 18 label on the iOS 17 step (Apple)", file: "Content/guides/iphone-turn-on-two-factor.yaml", rule: "check.variant-mismatch",
            from: "        target: password-and-security\n", to: "        target: sign-in-and-security\n", line: "        target: sign-in-and-security", after: "open-security-old"),
        Mutation(
            name: "an admin-only menu without the admin role (Zoom)", file: "Content/guides/zoom-disable-desktop-sharing.yaml", rule: "check.missing-requirement",
            from: "requires: [account-admin, paid-or-verified-plan, client-4-6]", to: "requires: [paid-or-verified-plan, client-4-6]",
            line: "        navigate: [account-management, account-settings]"),
        Mutation(
            name: "a navigation hop missing (Google)", file: "Content/guides/google-workspace-add-user.yaml", rule: "check.element-not-on-screen",
            from: "navigate: [menu, directory, users]", to: "navigate: [menu, users]", line: "        navigate: [menu, users]"),
    ]

    @Test(arguments: mutations)
    func eachMutationIsCaughtAtItsLine(_ mutation: Mutation) throws {
        let (diagnostics, texts) = try Self.check([mutation.file: { $0.replacingOccurrences(of: mutation.from, with: mutation.to) }])
        let lines = try #require(texts[mutation.file]).components(separatedBy: "\n")
        let start = mutation.after.flatMap { anchor in lines.firstIndex { $0.contains(anchor) } } ?? 0
        let expected = try #require(lines[start...].firstIndex(of: mutation.line), "no line '\(mutation.line)'") + 1
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(
            errors.contains { $0.ruleID == mutation.rule && $0.file == mutation.file && $0.location?.line == expected },
            "expected \(mutation.rule) at \(mutation.file):\(expected), got:\n\(diagnostics.filter { $0.severity != .note }.map(\.headline).joined(separator: "\n"))")
        #expect(errors.count <= 2, "no cascade:\n\(errors.map(\.headline).joined(separator: "\n"))")
    }

    @Test func aFormerLabelInBoldIsToldTheCurrentOne() throws {
        let path = "Content/guides/github-enable-two-factor.yaml"
        let project = try TemporaryProject(guides: [:])
        try FileManager.default.removeItem(at: project.url("Content/guides"))
        for folder in ["Content/guides", "Content/model"] {
            try FileManager.default.copyItem(at: TestPaths.project.appendingPathComponent(folder), to: project.url(folder))
        }
        let text = try project.read(path)
        let mutated = text.replacingOccurrences(of: "under \"Access\", click {label}.", with: "under \"Access\", click **Account security**.")
        #expect(mutated != text)
        try project.write(path, mutated)
        var options = SiteBuilder.Options.configured(root: project.root)
        options.lint = true
        options.check = CheckOptions(today: Self.today)
        let found = SiteBuilder.validate(options).diagnostics.filter { $0.ruleID == "style.label-mismatch" && $0.file == path }
        let line = try #require(mutated.components(separatedBy: "\n").firstIndex { $0.contains("click **Account security**") }) + 1
        #expect(found.map(\.location?.line) == [line], "\(found.map(\.headline))")
        #expect(
            found.first?.message.contains("a former label") == true && found.first?.message.contains("'Password and authentication'") == true,
            "\(found.first?.message ?? "")")
    }
}

/// A translation must keep `{value}` and `{path}`, as it keeps `{label}` and `{url}`.
@Suite struct JourneyPlaceholderTranslationTests {
    @Test func aTranslationThatDropsTheValueIsReportedInItsCatalog() throws {
        let project = try TemporaryProject(guides: [:])
        try FileManager.default.removeItem(at: project.url("Content/guides"))
        for folder in ["Content/guides", "Content/model", "Content/locales"] {
            try FileManager.default.copyItem(at: TestPaths.project.appendingPathComponent(folder), to: project.url(folder))
        }
        let path = "Content/locales/pt-BR/teams-clear-cache.po"
        let catalog = try project.read(path)
        let entry = "msgid \"Run this command in the window: {value}\"\nmsgstr \"\""
        #expect(catalog.contains(entry))
        try project.write(path, catalog.replacingOccurrences(of: entry, with: "msgid \"Run this command in the window: {value}\"\nmsgstr \"Execute este comando na janela.\""))
        var options = SiteBuilder.Options.configured(root: project.root)
        options.check = CheckOptions(today: RealArticleTests.today)
        let found = SiteBuilder.validate(options).diagnostics.filter { $0.ruleID == "l10n.markup-mismatch" }
        #expect(found.count == 1 && found.first?.file == path, "\(found.map(\.headline))")
        #expect(found.first?.message.contains("{value}") == true, "\(found.first?.message ?? "")")
    }
}
