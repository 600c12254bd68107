import Foundation
import Testing
import WaymarkBase

@testable import WaymarkCheck
@testable import WaymarkL10n
@testable import WaymarkLoader
@testable import WaymarkSite

/// Every rule id of the loader, the checker, localization and the site has one definition,
/// with words a help writer can use; a rule added without one fails here.
@Suite struct RuleDefinitionTests {
    /// The rule files, relative to the package root, with the definitions written for them.
    static let layers: [(file: String, definitions: [RuleDefinition])] = [
        ("Sources/WaymarkLoader/LoaderRules.swift", LoaderRule.definitions),
        ("Sources/WaymarkCheck/CheckRule.swift", CheckRule.definitions),
        ("Sources/WaymarkL10n/L10nRule.swift", L10nRule.definitions),
        ("Sources/WaymarkPipeline/SiteRule.swift", SiteRule.definitions),
        ("Sources/WaymarkBase/SafetyRule.swift", SafetyRule.definitions),
        ("Sources/WaymarkL10n/POHeaderCheck.swift", POHeaderCheck.definitions),
    ]

    static var all: [RuleDefinition] { layers.flatMap(\.definitions) }

    /// The package root: three folders above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The string literal rule ids a rule file declares (`static let name = "id"`).
    static func declaredIDs(in file: String) throws -> Set<String> {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)
        let pattern = try Regex(#"static let \w+ = "([^"]+)""#)
        return Set(text.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) })
    }

    @Test func idsAreUniqueAndWellFormed() throws {
        let ids = Self.all.map(\.id)
        let duplicates = Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "defined more than once: \(duplicates)")
        let pattern = try Regex(#"^[a-z0-9]+(\.[a-z0-9-]+)+$"#)
        for id in ids {
            #expect(id.wholeMatch(of: pattern) != nil, "'\(id)' is not a well-formed rule id")
        }
    }

    @Test func everyDeclaredRuleHasADefinition() throws {
        var declared: Set<String> = [CommonRule.unreadableFile]
        for layer in Self.layers {
            let ids = try Self.declaredIDs(in: layer.file)
            #expect(!ids.isEmpty, "no rule ids found in \(layer.file)")
            declared.formUnion(ids)
            // Each layer defines its own rules (the loader also the shared unreadable-file rule).
            let own = layer.file.hasSuffix("LoaderRules.swift") ? ids.union([CommonRule.unreadableFile]) : ids
            let strays = Set(layer.definitions.map(\.id)).subtracting(own).sorted()
            #expect(strays.isEmpty, "\(layer.file) does not declare \(strays)")
        }
        let defined = Set(Self.all.map(\.id))
        let undefined = declared.subtracting(defined).sorted()
        #expect(undefined.isEmpty, "rules without a definition: \(undefined)")
        #expect(LoaderRule.definitions.contains { $0.id == CommonRule.unreadableFile })
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
        let expected: Set<String> = Set(CheckRule.definitions.map(\.id)).union([
            LoaderRule.noGuides, LoaderRule.fileNameMismatch, L10nRule.missing, L10nRule.missingCatalog, L10nRule.stale, L10nRule.obsolete,
            L10nRule.labelMismatch, L10nRule.missingLabel, L10nRule.missingInterface,
        ])
        #expect(configurable == expected)
    }
}
