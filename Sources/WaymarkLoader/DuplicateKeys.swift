import Foundation
import WaymarkBase
import Yams

/// Finds where a key is written the second time in a block mapping, since libyaml reports a
/// duplicate key at the start of its mapping (issue 15: report it at the duplicate).
enum DuplicateKeys {
    /// The range of the second occurrence of the first of `keys` in the block mapping that
    /// starts at `mark`, or nil when the mapping is not a block mapping laid out as usual.
    static func second(of keys: [String], mappingAt mark: Mark, in text: String) -> SourceRange? {
        guard !text.isEmpty else { return nil }
        let source = SourceText(text)
        let column = mark.column
        var seen: [String: Int] = [:]
        var lineNumber = mark.line
        while let line = source.line(lineNumber) {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let isBlank = indent == scalars.count || scalars[indent] == "#"
            if !isBlank {
                // The mapping ends at a line less indented than its keys (or a new list entry there).
                if lineNumber > mark.line && indent + 1 < column { break }
                if lineNumber > mark.line, indent + 1 == column - 2, scalars[indent] == "-" { break }
                let start = lineNumber == mark.line ? column - 1 : indent
                if start == column - 1, start < scalars.count, let key = key(in: scalars[start...]) {
                    seen[key, default: 0] += 1
                    if keys.contains(key), seen[key] == 2 {
                        let begin = SourceLocation(line: lineNumber, column: column)
                        return SourceRange(start: begin, end: begin.advanced(byColumns: key.unicodeScalars.count))
                    }
                }
            }
            lineNumber += 1
        }
        return nil
    }

    /// The key of a `key: value` line (plain, or quoted without escapes).
    static func key(in scalars: ArraySlice<Unicode.Scalar>) -> String? {
        var text = String(String.UnicodeScalarView(scalars))
        if let quote = text.first, quote == "\"" || quote == "'" {
            text.removeFirst()
            guard let end = text.firstIndex(of: quote) else { return nil }
            return String(text[..<end])
        }
        guard let colon = text.range(of: ":") else { return nil }
        let key = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        return key.isEmpty ? nil : key
    }
}
