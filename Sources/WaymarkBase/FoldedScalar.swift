/// Where each character of a folded block scalar (`>` or `>-`) stands in its file, so a finding
/// inside a folded text is shown on its words, not on the `>-` marker (issue 15).
package enum FoldedScalar {
    /// The file location of each Unicode scalar of `value`, the value of the folded scalar whose
    /// indicator is at `marker`; nil when the text in the file does not fold to exactly `value`
    /// (then callers fall back to the marker, which is never wrong, only less precise).
    package static func locations(of value: String, marker: SourceLocation, in source: SourceText) -> [SourceLocation]? {
        guard let header = source.line(marker.line) else { return nil }
        let headerScalars = Array(header.unicodeScalars)
        guard marker.column >= 1, marker.column <= headerScalars.count, headerScalars[marker.column - 1] == ">" else { return nil }
        var scalars: [Unicode.Scalar] = []
        var locations: [SourceLocation] = []
        var indent: Int?
        var lineNumber = marker.line + 1
        var previousWasText = false
        var pendingBreaks = 0
        while let line = source.line(lineNumber) {
            let lineScalars = Array(line.unicodeScalars)
            let spaces = lineScalars.prefix { $0 == " " }.count
            if spaces == lineScalars.count {
                pendingBreaks += 1
                lineNumber += 1
                continue
            }
            if indent == nil { indent = spaces }
            guard let blockIndent = indent, spaces >= blockIndent else { break }
            // More-indented lines keep their breaks in YAML; they are rare in guides, so give up.
            if spaces > blockIndent { return nil }
            if previousWasText {
                if pendingBreaks == 0 {
                    scalars.append(" ")
                    locations.append(SourceLocation(line: lineNumber - 1, column: (source.line(lineNumber - 1)?.unicodeScalars.count ?? 0) + 1))
                } else {
                    for _ in 0..<pendingBreaks {
                        scalars.append("\n")
                        locations.append(SourceLocation(line: lineNumber - 1, column: 1))
                    }
                }
            }
            pendingBreaks = 0
            for (offset, scalar) in lineScalars.enumerated().dropFirst(blockIndent) {
                scalars.append(scalar)
                locations.append(SourceLocation(line: lineNumber, column: offset + 1))
            }
            previousWasText = true
            lineNumber += 1
        }
        let wanted = Array(value.unicodeScalars)
        // `>` keeps a final line break, `>-` none; trailing spaces of lines stay in the value.
        if scalars.count >= wanted.count, Array(scalars.prefix(wanted.count)) == wanted { return Array(locations.prefix(wanted.count)) }
        return trimmedMatch(wanted, scalars, locations)
    }

    private static func trimmedMatch(_ wanted: [Unicode.Scalar], _ scalars: [Unicode.Scalar], _ locations: [SourceLocation]) -> [SourceLocation]? {
        var body = wanted
        while body.last == "\n" { body.removeLast() }
        guard scalars.count >= body.count, Array(scalars.prefix(body.count)) == body else { return nil }
        var result = Array(locations.prefix(body.count))
        let end = result.last.map { SourceLocation(line: $0.line, column: $0.column + 1) } ?? SourceLocation(line: 1, column: 1)
        while result.count < wanted.count { result.append(end) }
        return result
    }

    /// The range of the first line of words of the folded scalar at `marker`, or nil.
    package static func firstLine(of value: String, marker: SourceLocation, in source: SourceText) -> SourceRange? {
        guard let locations = locations(of: value, marker: marker, in: source), let first = locations.first else { return nil }
        let last = locations.last { $0.line == first.line } ?? first
        return SourceRange(start: first, end: SourceLocation(line: last.line, column: last.column + 1))
    }
}
