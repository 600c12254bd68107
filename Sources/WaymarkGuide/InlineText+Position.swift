import WaymarkBase

extension InlineText {
    /// The file range of `length` scalars at the UTF-8 offset `offset` of this text's value, when
    /// the value stands verbatim in the file (plain or quoted on one line, or folded with `>-`, on
    /// its words); else the value's start.
    public func range(utf8Offset offset: Int, scalarLength length: Int, source: SourceText?) -> SourceRange? {
        guard let start = range?.start else { return nil }
        let fallback = SourceRange(start: start)
        let before = String(decoding: Array(markdown.utf8.prefix(offset)), as: UTF8.self).unicodeScalars.count
        if let source, let locations = FoldedScalar.locations(of: markdown, marker: start, in: source), !locations.isEmpty {
            let from = locations[min(before, locations.count - 1)]
            let lastIndex = min(before + max(length, 1) - 1, locations.count - 1)
            let last = locations[lastIndex].line == from.line ? locations[lastIndex] : (locations[before...].last { $0.line == from.line } ?? from)
            return SourceRange(start: from, end: last.advanced(byColumns: 1))
        }
        guard let source, let line = source.line(start.line), !markdown.utf8.contains(10) else { return fallback }
        let scalars = Array(line.unicodeScalars)
        for quote in [0, 1] {
            let column = start.column + quote
            guard column >= 1, column - 1 <= scalars.count, scalars[(column - 1)...].starts(with: markdown.unicodeScalars) else { continue }
            let from = start.advanced(byColumns: quote + before)
            return SourceRange(start: from, end: from.advanced(byColumns: length))
        }
        return fallback
    }
}
