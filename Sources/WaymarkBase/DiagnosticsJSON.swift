import Foundation

/// The versioned JSON document that `--format json` prints (schema version 1).
///
/// ```json
/// {"version": 1, "tool": "waymark", "summary": {"errors": 1, "warnings": 0, "notes": 0},
///  "diagnostics": [{"rule": "guide.unknown-key", "severity": "error", "message": "…",
///                   "hint": "…", "file": "…", "line": 3, "column": 1, "endLine": 3, "endColumn": 6,
///                   "guide": "…", "locale": "en", "fixIts": [{"line": 3, "column": 1, "endLine": 3,
///                   "endColumn": 6, "replacement": "steps"}]}]}
/// ```
package enum DiagnosticsJSON {
    /// The document's schema version; bump it on any incompatible change.
    package static let version = 1

    /// Encodes diagnostics as the versioned document, with sorted keys and a final newline.
    package static func encode(_ diagnostics: [Diagnostic]) -> String {
        let document = Document(
            version: version,
            tool: "waymark",
            summary: .init(
                errors: diagnostics.count(of: .error),
                warnings: diagnostics.count(of: .warning),
                notes: diagnostics.count(of: .note)
            ),
            diagnostics: diagnostics.map(Entry.init)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Codable {
        var version: Int
        var tool: String
        var summary: Summary
        var diagnostics: [Entry]
    }

    struct Summary: Codable {
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    struct Entry: Codable {
        var rule: String
        var severity: String
        var message: String
        var hint: String?
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var guide: String?
        var locale: String?
        var fixIts: [Fix]

        init(_ d: Diagnostic) {
            rule = d.ruleID
            severity = d.severity.rawValue
            message = d.message
            hint = d.hint
            file = d.file
            line = d.range?.start.line
            column = d.range?.start.column
            endLine = d.range?.end.line
            endColumn = d.range?.end.column
            guide = d.guideID
            locale = d.locale?.tag
            fixIts = d.fixIts.map(Fix.init)
        }
    }

    struct Fix: Codable {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var replacement: String

        init(_ f: FixIt) {
            line = f.range.start.line
            column = f.range.start.column
            endLine = f.range.end.line
            endColumn = f.range.end.column
            replacement = f.replacement
        }
    }
}
