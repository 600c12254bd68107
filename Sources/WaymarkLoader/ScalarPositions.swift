import WaymarkBase
import Yams

/// Maps an offset inside a YAML scalar's value to a position in the YAML file.
///
/// Exact when the value stands verbatim on its line (plain and quoted scalars without
/// escapes or folded line breaks) and for literal blocks (`|`); otherwise it falls back to
/// the scalar's start, which is never wrong, only less precise.
struct ScalarPositions {
    let source: SourceText

    /// The start of a node as a location (libyaml: 1-based line, column in Unicode scalars).
    static func location(of node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
    }

    /// The range a scalar covers, when it is on one line; else its start.
    static func range(of node: Node) -> SourceRange? {
        guard let start = location(of: node) else { return nil }
        guard let scalar = node.scalar, !scalar.string.utf8.contains(10) else { return SourceRange(start: start) }
        switch scalar.style {
        case .plain, .any:
            return SourceRange(start: start, end: start.advanced(byColumns: scalar.string.unicodeScalars.count))
        case .singleQuoted, .doubleQuoted:
            let plainInside = !scalar.string.unicodeScalars.contains { $0 == "'" || $0 == "\"" || $0 == "\\" || $0.value < 0x20 }
            return plainInside ? SourceRange(start: start, end: start.advanced(byColumns: scalar.string.unicodeScalars.count + 2)) : SourceRange(start: start)
        default:
            return SourceRange(start: start)
        }
    }

    /// The range a scalar covers when its text stands on its line as written (a plain or quoted
    /// value folded over several lines has no single-line range: just its start).
    func verifiedRange(of node: Node) -> SourceRange? {
        guard let range = Self.range(of: node), range.end != range.start, let scalar = node.scalar else { return Self.range(of: node) }
        let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
        return standsVerbatim(scalar.string, line: range.start.line, column: range.start.column + quote) ? range : SourceRange(start: range.start)
    }

    /// What a node covers: from its start to the end of the last scalar inside it.
    static func extent(of node: Node) -> SourceRange? {
        guard let start = location(of: node) else { return nil }
        var end = start
        var stack = [node]
        while let next = stack.popLast() {
            switch next {
            case .mapping(let mapping): for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            default:
                guard let range = range(of: next) else { continue }
                var last = range.end
                if let text = next.scalar?.string, text.utf8.contains(10) {
                    // A block or folded scalar: it ends on a later line than it starts.
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
                    last = SourceLocation(line: range.start.line + lines, column: 1)
                }
                if last > end { end = last }
            }
        }
        return SourceRange(start: start, end: end)
    }

    /// The file location of the UTF-8 offset `utf8Offset` inside the scalar's value.
    func location(ofUTF8Offset utf8Offset: Int, in node: Node) -> SourceLocation? {
        guard let start = Self.location(of: node), let scalar = node.scalar else { return Self.location(of: node) }
        let value = scalar.string
        let before = String(decoding: Array(value.utf8.prefix(utf8Offset)), as: UTF8.self)
        let valueLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let column = valueLines.last.map { $0.unicodeScalars.count } ?? 0
        switch scalar.style {
        case .plain, .any, .singleQuoted, .doubleQuoted:
            let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
            guard standsVerbatim(value, line: start.line, column: start.column + quote) else { return start }
            return start.advanced(byColumns: quote + column)
        case .folded:
            // Issue 15: on the words of a folded text, not on its `>-` marker.
            let index = before.unicodeScalars.count
            guard let locations = FoldedScalar.locations(of: value, marker: start, in: source) else { return start }
            return index < locations.count ? locations[index] : locations.last.map { $0.advanced(byColumns: 1) } ?? start
        case .literal:
            let fileLine = start.line + valueLines.count
            guard let text = source.line(fileLine) else { return start }
            let indent = text.unicodeScalars.prefix { $0 == " " }.count
            return SourceLocation(line: fileLine, column: indent + 1 + column)
        default:
            return start
        }
    }

    /// Whether `value` is written exactly, with no escapes or folding, at `line`:`column`.
    private func standsVerbatim(_ value: String, line: Int, column: Int) -> Bool {
        guard !value.utf8.contains(10), let text = source.line(line) else { return false }
        let scalars = Array(text.unicodeScalars)
        guard column >= 1, column - 1 <= scalars.count else { return false }
        return scalars[(column - 1)...].starts(with: value.unicodeScalars)
    }
}
