import Foundation
import WaymarkBase
import WaymarkPipeline
import WaymarkProject

/// Today's findings, recorded so that `waymark lint --baseline FILE` fails only on new ones.
/// A finding matches a recorded one by its ``Fingerprint`` (not its line number), counted:
/// two recorded findings excuse two, not three.
struct Baseline: Sendable, Equatable {
    /// The document's schema version.
    static let version = 1

    /// The recorded findings, sorted.
    var findings: [Fingerprint]

    /// A baseline of `diagnostics`: the ones a baseline may hold.
    init(_ diagnostics: [Diagnostic], sources: [String: String]) {
        var files = SourceFiles(sources)
        findings = diagnostics.filter(Self.mayHold).map { Fingerprint($0, files: &files) }.sorted()
    }

    /// Only findings of configurable rules are recorded: a file that cannot be read, broken
    /// YAML, an unsafe link or an I/O error is always reported, whatever the baseline says.
    static func mayHold(_ diagnostic: Diagnostic) -> Bool {
        RuleCatalog.definition(diagnostic.ruleID)?.configurable == true
    }

    init(findings: [Fingerprint]) { self.findings = findings.sorted() }

    /// The findings not in the baseline, how many were, and how many recorded ones are gone.
    func filter(_ diagnostics: [Diagnostic], sources: [String: String]) -> (new: [Diagnostic], known: Int, fixed: Int) {
        var remaining: [Fingerprint: Int] = [:]
        for finding in findings { remaining[finding, default: 0] += 1 }
        var new: [Diagnostic] = []
        var known = 0
        var files = SourceFiles(sources)
        for diagnostic in diagnostics {
            guard Self.mayHold(diagnostic) else {
                new.append(diagnostic)
                continue
            }
            let fingerprint = Fingerprint(diagnostic, files: &files)
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                known += 1
            } else {
                new.append(diagnostic)
            }
        }
        return (new, known, remaining.values.reduce(0, +))
    }

    /// The baseline as its JSON document, with sorted keys and a final newline.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(version: Self.version, tool: "waymark", findings: findings))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a baseline file; a diagnostic when it cannot be read or is not a version-1 baseline.
    static func read(_ data: Data, path: String) -> Result<Baseline, BaselineError> {
        guard let document = try? JSONDecoder().decode(Document.self, from: data), document.tool == "waymark" else {
            return .failure(
                BaselineError(
                    diagnostic: Diagnostic(
                        LintRule.baselineUnreadable, "\(path) is not a Waymark baseline",
                        hint: "record one with `waymark lint --baseline \(path) --update-baseline`", file: path)))
        }
        guard document.version == version else {
            return .failure(
                BaselineError(
                    diagnostic: Diagnostic(
                        LintRule.baselineUnreadable,
                        "\(path) is a version \(document.version) baseline; this waymark reads version \(version)",
                        hint: "record it again with `--update-baseline`", file: path)))
        }
        return .success(Baseline(findings: document.findings))
    }

    struct Document: Codable {
        var version: Int
        var tool: String
        var findings: [Fingerprint]
    }
}

/// A baseline that could not be used, as the diagnostic to report.
struct BaselineError: Error, Sendable {
    var diagnostic: Diagnostic
}
