import Foundation
import Testing
import WaymarkBase
import WaymarkLoader
import WaymarkSite
import WaymarkTestSupport

/// `waymark.yml`: every mistake positioned, and every valid setting applied.
@Suite struct LintConfigTests {
    func diagnostics(_ marked: MarkedText) -> [Diagnostic] {
        ConfigLoader.parse(marked.text, file: "waymark.yml", rules: RuleCatalog.all).1
    }

    @Test func reportsEachMistakeWhereItIsWritten() throws {
        let marked = MarkedText(
            """
            1️⃣sorce-locale: en
            locales: [pt-BR, 2️⃣en, 3️⃣pt_BR]
            paths:
              guides: 4️⃣../elsewhere
            rules:
              5️⃣style.step-lenght: warning
              6️⃣yaml.syntax: off
              style.imperative: 7️⃣warn
              style.step-length: {max-words: 8️⃣zero}
              style.missing-outcome: {severity: error, 9️⃣max-words: 3}

            """)
        let found = diagnostics(marked)
        func at(_ marker: String) -> Diagnostic? { found.first { $0.location == marked[marker] } }
        #expect(found.count == 9, "\(found.map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.message)" })")
        let unknownKey = try #require(at("1️⃣"))
        #expect(unknownKey.ruleID == "config.unknown-key")
        #expect(unknownKey.fixIts.first?.replacement == "source-locale")
        #expect(at("2️⃣")?.message == "'en' is the source locale; 'locales' lists the translations")
        #expect(at("3️⃣")?.message == "'pt_BR' is not a locale tag")
        #expect(at("4️⃣")?.ruleID == "config.invalid-value")
        let unknownRule = try #require(at("5️⃣"))
        #expect(unknownRule.ruleID == "config.unknown-rule")
        #expect(unknownRule.fixIts.first?.replacement == "style.step-length")
        #expect(at("6️⃣")?.ruleID == "config.locked-rule")
        #expect(at("7️⃣")?.fixIts.first?.replacement == "warning")
        #expect(at("8️⃣")?.message == "'max-words' must be a whole number of at least 1, not 'zero'")
        #expect(at("9️⃣")?.ruleID == "config.unknown-key", "style.missing-outcome takes no max-words")
    }

    @Test func rulesThatAreNotAMappingOfIdsAreReportedWhereWritten() throws {
        let keys = MarkedText("rules:\n  ? 1️⃣[style.imperative, style.one-action]\n  : off\n")
        let keyFound = diagnostics(keys)
        #expect(keyFound.map(\.ruleID) == ["config.invalid-value"] && keyFound.first?.location == keys["1️⃣"], "\(keyFound.map(\.headline))")
        let list = MarkedText("rules: 1️⃣[style.imperative]\n")
        let listFound = diagnostics(list)
        #expect(listFound.map(\.message) == ["'rules' must be a mapping of rule ids to settings, found a list"] && listFound.first?.location == list["1️⃣"])
    }

    @Test func aConfigurationErrorFailsTheCommandWithItsPosition() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        try project.write("waymark.yml", "rules:\n  style.imperativ: off\n")
        let result = try runWaymark(["lint"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("waymark.yml:2:3: error: there is no rule 'style.imperativ' [config.unknown-rule]"), "\(result.stderr)")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 1, "build reads the same configuration")
    }

    @Test func turnsRulesOffChangesSeveritiesAndSetsParameters() throws {
        let long = "Open the app and look at every one of the many items that the first screen lists for you before you go on to the next screen of the app."
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a", stepText: long)])
        let before = try runWaymark(["lint", "--format", "json"], in: project.root)
        #expect(before.stdout.contains("\"rule\" : \"style.step-length\""))
        #expect(before.stdout.contains("\"rule\" : \"style.missing-outcome\""))
        #expect(before.status == 0, "warnings alone pass")

        try project.write(
            "waymark.yml",
            """
            rules:
              style.missing-outcome: off
              style.step-length: {severity: error, max-words: 20}

            """)
        let after = try runWaymark(["lint"], in: project.root)
        #expect(after.status == 1)
        #expect(!after.stderr.contains("style.missing-outcome"))
        #expect(after.stderr.contains("error: the step's text has 30 words; the limit is 20 [style.step-length]"), "\(after.stderr)")

        try project.write("waymark.yml", "rules:\n  style.missing-outcome: off\n  style.step-length: {max-words: 30}\n")
        let relaxed = try runWaymark(["lint", "--strict"], in: project.root)
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
    }

    @Test func pathsAndLocalesComeFromTheConfiguration() throws {
        let project = try TemporaryProject.seedWithLocales()
        let fm = FileManager.default
        try fm.moveItem(at: project.url("Content"), to: project.url("help"))
        try project.write(
            "waymark.yml",
            """
            locales: [es, 1️⃣it]
            paths:
              guides: help/guides
              model: help/model
              locales: help/locales
              output: public-site

            """.replacingOccurrences(of: "1️⃣", with: ""))
        let validate = try runWaymark(["validate", "--today", "2026-11-27"], in: project.root)
        #expect(validate.status == 1)
        #expect(
            validate.stderr.contains("waymark.yml:1:15: error: waymark.yml lists the locale 'it', but help/locales/it does not exist [config.invalid-value]"), "\(validate.stderr)")

        try project.write("waymark.yml", "locales: [es]\npaths:\n  guides: help/guides\n  model: help/model\n  locales: help/locales\n  output: public-site\n")
        let build = try runWaymark(["build", "--today", "2026-11-27"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(fm.fileExists(atPath: project.url("public-site/es/disconnect-whatsapp-account/index.html").path))
        #expect(!fm.fileExists(atPath: project.url("public-site/pt-BR").path), "only the configured locales are built")
    }

    @Test func aPathThatLeavesTheProjectThroughASymbolicLinkIsRefused() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: project.url("out"), withDestinationURL: outside)
        try project.write("waymark.yml", "paths:\n  output: out/Site\n")
        let build = try runWaymark(["build"], in: project.root)
        #expect(build.status == 1)
        #expect(build.stderr.contains("waymark.yml:2:11: error: the output path 'out/Site' leads outside the project"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("Site").path), "nothing is written outside")
    }

    @Test func unlistedLocalesAreLeftAloneAndAnEmptyListMeansEveryLocale() throws {
        let project = try TemporaryProject.seedWithLocales()
        try project.write("Content/locales/pt-BR/broken.po", "msgid \"x\n")
        try project.write("Content/locales/fr/disconnect-whatsapp-account.po", "")
        try project.write("waymark.yml", "locales: [es]\n")
        let validate = try runWaymark(["validate", "--today", "2026-11-27"], in: project.root)
        #expect(validate.status == 0, "pt-BR's broken catalog and the unsupported fr are not built: \(validate.stderr)")
        let status = try runWaymark(["l10n", "status"], in: project.root)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!status.stdout.contains("pt-BR"))

        try project.write("waymark.yml", "locales:\n")
        let all = try runWaymark(["validate", "--today", "2026-11-27"], in: project.root)
        #expect(all.status == 1, "an empty 'locales' is every folder, the broken ones included")
        #expect(all.stderr.contains("pt-BR/broken.po"))
    }

    @Test func aConfiguredSeverityDoesNotUndoAllowCheckErrors() throws {
        let project = try CheckCommandTests.brokenSeed()
        try project.write("waymark.yml", "rules:\n  check.unknown-element: error\n")
        let build = try runWaymark(["build", "--today", "2026-11-27", "--allow-check-errors"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("warning: there is no element 'acount'"))
    }

    @Test func aMisspeltPathIsReportedWhereItIsWritten() throws {
        let project = try TemporaryProject.seedWithLocales()
        try project.write("waymark.yml", "paths:\n  locales: Content/locale\n")
        let result = try runWaymark(["lint", "--today", "2026-11-27"], in: project.root)
        #expect(result.status == 1, "a misspelt locales path must not switch the translation checks off")
        #expect(result.stderr.contains("waymark.yml:2:12: error: the locales path 'Content/locale' does not exist [config.invalid-value]"), "\(result.stderr)")
    }

    @Test func falseMeansOffAsInYAML11() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        try project.write("waymark.yml", "rules:\n  style.missing-outcome: false\n")
        let result = try runWaymark(["lint", "--strict"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aConfigurationThatLinksOutOfTheProjectIsNotRead() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-secret-\(UUID().uuidString)")
        try Data("token: ghp_SECRET\n".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createSymbolicLink(at: project.url("waymark.yml"), withDestinationURL: secret)
        let result = try runWaymark(["lint"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("waymark.yml: error: waymark.yml is a symbolic link to a file outside the project [config.invalid-value]"), "\(result.stderr)")
        #expect(!result.stderr.contains("ghp_SECRET"), "its content is never printed")
    }
}
