extension Diagnostic {
    /// The most characters of a source line shown under a diagnostic.
    static let snippetWidth = 120

    /// The machine line: `path:line:col: severity: message [rule-id]`.
    public var headline: String {
        // A file name or message with a line break or a bidi control could forge another line
        // (`::error …` for CI) or reorder this one: invisible characters are shown escaped.
        var place = InvisibleCharacters.escape(file ?? "<input>")
        if let start = location { place += ":\(start.line):\(start.column)" }
        return "\(place): \(severity.rawValue): \(InvisibleCharacters.escape(message)) [\(ruleID)]"
    }

    /// The compiler-style rendering for people: headline, the source line with a caret
    /// under the column, then the hint and fix-its.
    ///
    /// - Parameter source: the text of `file`, when it could be read.
    public func formatted(source: String?) -> String {
        formatted(sourceLine: range.flatMap { range in source.flatMap { SourceText($0).line(range.start.line) } })
    }

    /// The same, given the diagnostic's source line itself (for many diagnostics of one file).
    public func formatted(sourceLine: String?) -> String {
        var lines = [headline]
        if let range, let fullLine = sourceLine {
            let number = String(range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            // Long lines are shown as a window around the column.
            let scalars = Array(fullLine.unicodeScalars)
            let first = scalars.count > Self.snippetWidth ? max(0, min(range.start.column - 1 - Self.snippetWidth / 2, scalars.count - Self.snippetWidth)) : 0
            let window = scalars[first..<min(scalars.count, first + Self.snippetWidth)]
            let lead = first > 0 ? "…" : ""
            let line = lead + String(String.UnicodeScalarView(window)) + (first + window.count < scalars.count ? "…" : "")
            lines.append(" \(number) | " + line.replacingTabs())
            let column = range.start.column - first + lead.unicodeScalars.count
            let prefix = String(line.unicodeScalars.prefix(max(0, column - 1)))
            let width = range.end.line == range.start.line ? max(1, min(range.end.column - range.start.column, Self.snippetWidth)) : 1
            let pad = String(prefix.unicodeScalars.map { $0 == "\t" ? "\t" : " " }.map(Character.init))
            lines.append(" \(gutter) | " + pad.replacingTabs() + "^" + String(repeating: "~", count: width - 1))
        }
        if let hint { lines.append("  hint: \(InvisibleCharacters.escape(hint))") }
        for fix in fixIts {
            lines.append(fix.replacement.isEmpty ? "  fix-it: remove the text" : "  fix-it: replace with '\(fix.replacement)'")
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Every diagnostic in the compiler style, each followed by a blank line; each file's lines
    /// are read once, however many diagnostics it has.
    public func formatted(sources: [String: String]) -> String {
        var files = SourceFiles(sources)
        var result = ""
        for diagnostic in self {
            let line = diagnostic.file.flatMap { file in diagnostic.location.flatMap { files.line($0.line, of: file) } }
            result += diagnostic.formatted(sourceLine: line) + "\n\n"
        }
        return result
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        unicodeScalars.contains("\t") ? String(unicodeScalars.map { $0 == "\t" ? "    " : String($0) }.joined()) : self
    }
}
