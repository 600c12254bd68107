/// A file's text with line access and the one conversion between UTF-8 offsets (cmark)
/// and Unicode-scalar columns (libyaml, and our diagnostics).
public struct SourceText: Sendable {
    /// The whole text.
    public let text: String

    /// Wraps a text.
    public init(_ text: String) { self.text = text }

    /// Whether a scalar ends a line, as libyaml counts lines: LF, CR (CR LF is one break),
    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Every line without its break, as ``line(_:)`` counts them.
    public var lines: [Substring] {
        var result: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isBreak(scalar) {
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
        guard number >= 1 else { return nil }
        var current = 1
        var line = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if Self.isBreak(scalar) {
                if current == number { return String(line) }
                current += 1
                continue
            }
            if current == number { line.append(scalar) }
        }
        return current == number ? String(line) : nil
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
