/// A file's text with line access and the one conversion between UTF-8 offsets (cmark)
/// and Unicode-scalar columns (libyaml, and our diagnostics).
public struct SourceText: Sendable {
    /// The whole text.
    public let text: String

    /// Every line without its break, split once when the text is wrapped, so that reading a
    /// line costs nothing however many diagnostics a file has.
    public let lines: [Substring]

    /// Wraps a text and splits it into lines.
    public init(_ text: String) {
        self.text = text
        lines = Self.split(text)
    }

    /// Whether a scalar ends a line, as libyaml counts lines: LF, CR (CR LF is one break),
    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    package static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    static func split(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isBreak(scalar) {
                result.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        result.append(Substring(scalars[start..<scalars.endIndex]))
        return result
    }

    /// The 1-based line `number` without its line break, or nil past the end.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? String(lines[number - 1]) : nil
    }

    /// The location of a UTF-8 byte offset, as 1-based line and Unicode-scalar column.
    public func location(utf8Offset: Int) -> SourceLocation {
        var line = 1, column = 1, consumed = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if consumed >= utf8Offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if Self.isBreak(scalar) { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(line: line, column: column)
    }
}

/// The texts of a run's files, each split into lines on first use: for reading the lines of
/// many diagnostics (text output, fingerprints) without splitting a file twice.
public struct SourceFiles {
    private let sources: [String: String]
    private var texts: [String: SourceText] = [:]

    /// The files' texts by path.
    public init(_ sources: [String: String]) { self.sources = sources }

    /// The 1-based line `number` of `file`, or nil when the file or the line is unknown.
    public mutating func line(_ number: Int, of file: String) -> String? {
        if let text = texts[file] { return text.line(number) }
        guard let source = sources[file] else { return nil }
        let text = SourceText(source)
        texts[file] = text
        return text.line(number)
    }
}
