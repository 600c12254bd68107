import WaymarkBase

/// The formats diagnostics are printed in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Compiler style for people: `path:line:col: error: message [rule]`, the source line and a caret.
    case text
    /// The versioned JSON document, for machines.
    case json
}

/// Prints diagnostics in the chosen format.
package enum DiagnosticOutput {
    package static func print(_ diagnostics: [Diagnostic], sources: [String: String], format: OutputFormat, console: Console) {
        let sorted = diagnostics.sortedForOutput()
        switch format {
        case .json:
            console.out(DiagnosticsJSON.encode(sorted))
        case .text:
            console.err(sorted.formatted(sources: sources))
            if !sorted.isEmpty { console.err(summary(sorted) + "\n") }
        }
    }

    package static func summary(_ diagnostics: [Diagnostic]) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let files = Set(diagnostics.compactMap(\.file)).count
        return "\(count(diagnostics.count(of: .error), "error")), \(count(diagnostics.count(of: .warning), "warning")) in \(count(files, "file"))"
    }
}
