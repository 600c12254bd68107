import Foundation
import Testing
import WaymarkBase
import WaymarkExport
import WaymarkStyle
import WaymarkTestSupport

@testable import WaymarkCheck
@testable import WaymarkL10n
@testable import WaymarkLoader
@testable import WaymarkSite

/// Every rule Waymark reports is a `RuleDefinition` value (a `Diagnostic` cannot be made
/// without one), listed once in `RuleCatalog`, with words a help writer can use.
@Suite struct RuleDefinitionTests {
    static var all: [RuleDefinition] { RuleCatalog.all }

    @Test func idsAreUniqueAndWellFormed() throws {
        let ids = Self.all.map(\.id)
        let duplicates = Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "defined more than once: \(duplicates)")
        let pattern = try Regex(#"^[a-z0-9]+(\.[a-z0-9-]+)+$"#)
        for id in ids {
            #expect(id.wholeMatch(of: pattern) != nil, "'\(id)' is not a well-formed rule id")
        }
    }

    /// The rules read by several layers are the loader's too, and listed once.
    @Test func sharedRulesAreListedOnce() {
        #expect(LoaderRule.unreadableFile == CommonRule.unreadableFile)
        #expect(LoaderRule.tooLarge == SafetyRule.tooLarge)
        #expect(Self.all.filter { $0 == CommonRule.unreadableFile }.count == 1)
        #expect(Self.all.filter { $0 == SafetyRule.tooLarge }.count == 1)
    }

    /// A failure to read or write files exits with status 2; everything else is content (1).
    @Test func onlyReadingAndWritingRulesExitAsUsageOrIO() {
        let io = Set(Self.all.filter { $0.exitStatus == .usageOrIO }.map(\.id))
        let expected: Set<String> = [
            SiteRule.foreignOutput, SiteRule.outputOverlapsSources, SiteRule.writeFailed, SiteRule.unsafePath, SiteRule.templateUnreadable, SiteRule.locked,
            CommonRule.unreadableFile, L10nRule.writeFailed, LintRule.baselineUnreadable, ExportRule.writeFailed,
        ].reduce(into: []) { $0.insert($1.id) }
        #expect(io == expected)
        #expect(RuleExitStatus.usageOrIO.code == 2 && RuleExitStatus.contentError.code == 1)
    }

    @Test func definitionsExplainThemselves() throws {
        let innerSentenceEnd = try Regex(#"[.!?]\s"#)
        for definition in Self.all {
            let id = definition.id
            for (name, text) in [("summary", definition.summary), ("explanation", definition.explanation), ("fix", definition.fix)] {
                #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(id): empty \(name)")
                #expect(!text.contains("\n"), "\(id): the \(name) has a newline")
            }
            let summary = definition.summary
            #expect(summary.hasSuffix("."), "\(id): the summary does not end with a period")
            #expect(summary.dropLast().firstMatch(of: innerSentenceEnd) == nil, "\(id): the summary is more than one sentence")
            #expect(summary.first?.isUppercase == true, "\(id): the summary does not start with a capital")
        }
    }

    /// Rules that decide whether files load, whether output can be written or is safe, are locked.
    @Test func onlyContentRulesAreConfigurable() {
        let configurable = Set(Self.all.filter(\.configurable).map(\.id))
        let expected: Set<String> = Set(
            (CheckRule.definitions + StyleRules.definitions + [
                LoaderRule.noGuides, LoaderRule.fileNameMismatch, L10nRule.missing, L10nRule.missingCatalog, L10nRule.stale, L10nRule.obsolete,
                L10nRule.labelMismatch, L10nRule.missingLabel, L10nRule.missingInterface, L10nRule.unpublished, ExternalLinks.definition, ImageRule.tooLarge, ImageRule.altText,
                ImageRule.possiblyStale, LintRule.unusedSuppression,
            ]).map(\.id))
        #expect(configurable == expected)
    }
}
