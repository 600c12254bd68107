import Foundation
import WaymarkBase

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), within GitHub's
/// limit of annotations per severity per step, and a Markdown job summary for the rest.
public enum GitHubAnnotations {
    /// How many annotations of each severity GitHub shows per step; the rest it drops.
    public static let limitPerSeverity = 10

    /// The workflow commands to print, and the Markdown summary (nil when every finding fit).
    /// GitHub drops a step's summary that grows past 1 MiB; the table stops well before that.
    public static let summaryBudget = 900_000

    public static func render(_ diagnostics: [Diagnostic]) -> (commands: String, summary: String?) {
        var commands = ""
        var shown: [Severity: Int] = [:]
        var overflow: [Diagnostic] = []
        for diagnostic in diagnostics {
            let count = shown[diagnostic.severity, default: 0]
            guard count < limitPerSeverity else {
                overflow.append(diagnostic)
                continue
            }
            shown[diagnostic.severity] = count + 1
            commands += command(for: diagnostic) + "\n"
        }
        return (commands, overflow.isEmpty ? nil : summary(all: diagnostics, overflow: overflow))
    }

    /// One workflow command.
    static func command(for diagnostic: Diagnostic) -> String {
        let name =
            switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties: [(String, String)] = []
        if let file = diagnostic.file { properties.append(("file", file)) }
        if let range = diagnostic.range {
            properties.append(("line", "\(range.start.line)"))
            properties.append(("col", "\(range.start.column)"))
            if range.end.line == range.start.line, range.end.column > range.start.column {
                properties.append(("endColumn", "\(range.end.column)"))
            } else if range.end.line > range.start.line {
                properties.append(("endLine", "\(range.end.line)"))
            }
        }
        properties.append(("title", "\(diagnostic.ruleID)"))
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n\(hint)" }
        return "::\(name) \(list)::\(escapeData(message))"
    }

    /// The Markdown summary: counts, then a table of the findings that were not annotated.
    static func summary(all: [Diagnostic], overflow: [Diagnostic]) -> String {
        var text = "## Waymark lint\n\n"
        text += "\(all.count(of: .error)) errors, \(all.count(of: .warning)) warnings, \(all.count(of: .note)) notes. "
        text += "GitHub shows \(limitPerSeverity) annotations of each severity per step; the other \(overflow.count) are listed here.\n\n"
        text += "| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n"
        for (index, diagnostic) in overflow.enumerated() {
            var location = diagnostic.file ?? ""
            if let start = diagnostic.location { location += ":\(start.line):\(start.column)" }
            let row = "| \(diagnostic.severity.rawValue) | `\(cell(location))` | `\(diagnostic.ruleID)` | \(cell(diagnostic.message)) |\n"
            if text.utf8.count + row.utf8.count > summaryBudget {
                text += "\n…and \(overflow.count - index) more; run `waymark lint --format sarif` or `--format text` for all of them.\n"
                break
            }
            text += row
        }
        return text
    }

    /// A table cell: pipes escaped, line breaks as spaces, and Markdown/HTML characters neutralized.
    static func cell(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "`": result += "'"
            case "*", "_", "[", "]", "\\": result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escaping for a command's message (GitHub's `escapeData`).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for a command's property values (GitHub's `escapeProperty`).
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
