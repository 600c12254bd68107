import Foundation
import WaymarkBase
import WaymarkProject

/// A SARIF 2.1.0 log: every rule with its description and help, and each finding with its
/// location and fix-its as `fixes`. Columns count Unicode code points, as Waymark's do.
public enum SARIFLog {
    /// The log for `diagnostics`, describing `rules` (all of them, so rule indexes are stable).
    /// Findings without a file are placed on `projectFile` (the configuration's path).
    public static func encode(
        _ diagnostics: [Diagnostic], rules: [RuleDefinition], sources: [String: String], version: String,
        projectFile: String = ProjectConfig.fileName
    ) -> String {
        var index: [String: Int] = [:]
        for (offset, rule) in rules.enumerated() { index[rule.id] = offset }
        // Two findings with the same fingerprint (the same text on two steps) stay distinct: n-th occurrence.
        var seen: [String: Int] = [:]
        var files = SourceFiles(sources)
        let results = diagnostics.map { diagnostic in
            let hash = Fingerprint(diagnostic, files: &files).hash
            seen[hash, default: 0] += 1
            return Result(diagnostic, ruleIndex: index[diagnostic.ruleID], fingerprint: "\(hash):\(seen[hash] ?? 1)", projectFile: projectFile)
        }
        let log = Log(runs: [
            Run(
                tool: Tool(driver: Driver(name: "waymark", semanticVersion: version, rules: rules.map(Rule.init))),
                results: results
            )
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Text: Encodable {
        var text: String
        var markdown: String?
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
        var properties: Properties

        struct Configuration: Encodable { var level: String }
        struct Properties: Encodable { var tags: [String]; var configurable: Bool }

        init(_ rule: RuleDefinition) {
            id = rule.id
            shortDescription = Text(text: rule.summary)
            fullDescription = Text(text: rule.explanation)
            help = Text(text: "\(rule.explanation)\n\nHow to fix: \(rule.fix)", markdown: "\(rule.explanation)\n\n**How to fix:** \(rule.fix)")
            defaultConfiguration = Configuration(level: level(rule.severity))
            properties = Properties(tags: [rule.category], configurable: rule.configurable)
        }
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var fixes: [Fix]?
        var partialFingerprints: [String: String]

        init(_ diagnostic: Diagnostic, ruleIndex: Int?, fingerprint: String, projectFile: String) {
            ruleId = diagnostic.ruleID
            self.ruleIndex = ruleIndex
            level = SARIFLog.level(diagnostic.severity)
            message = Text(text: diagnostic.message + (diagnostic.hint.map { ". Hint: \($0)" } ?? ""))
            // GitHub code scanning rejects a whole log with a result that has no location: a
            // finding about the project as a whole is placed on its configuration file.
            let artifact = ArtifactLocation(diagnostic.file ?? projectFile)
            let region = diagnostic.range.map { Region($0) } ?? (diagnostic.file == nil ? Region(SourceRange(start: SourceLocation(line: 1, column: 1))) : nil)
            locations = [Location(physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region))]
            if diagnostic.file != nil, !diagnostic.fixIts.isEmpty {
                fixes = diagnostic.fixIts.map { fix in
                    Fix(
                        description: Text(text: fix.replacement.isEmpty ? "Remove the text" : "Replace with '\(fix.replacement)'"),
                        artifactChanges: [
                            ArtifactChange(
                                artifactLocation: artifact,
                                replacements: [
                                    Replacement(deletedRegion: Region(fix.range, alwaysWithEnd: true), insertedContent: InsertedContent(text: fix.replacement))
                                ])
                        ])
                }
            }
            // GitHub reads only primaryLocationLineHash; ours does not change when lines move.
            partialFingerprints = ["primaryLocationLineHash": fingerprint, "waymarkFindingHash/v1": fingerprint]
        }
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        init(_ path: String) { uri = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path }
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?

        /// A region; without `alwaysWithEnd` an empty range is written as a point (SARIF would
        /// otherwise read a missing end as "to the end of the line", which a fix must not delete).
        init(_ range: SourceRange, alwaysWithEnd: Bool = false) {
            startLine = range.start.line
            startColumn = range.start.column
            if alwaysWithEnd || range.end != range.start {
                endLine = range.end.line
                endColumn = range.end.column
            }
        }
    }

    struct Fix: Encodable {
        var description: Text
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: InsertedContent
    }

    struct InsertedContent: Encodable { var text: String }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
