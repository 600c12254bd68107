import WaymarkBase
import Yams

/// Maps an offset inside a YAML scalar's value to a position in the YAML file.
///
/// Exact for single-line plain and quoted scalars and for literal blocks (`|`); for
/// folded and multi-line flow scalars it falls back to the scalar's start.
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
        let quotes = (scalar.style == .singleQuoted || scalar.style == .doubleQuoted) ? 2 : 0
        if scalar.style == .literal || scalar.style == .folded { return SourceRange(start: start) }
        return SourceRange(start: start, end: start.advanced(byColumns: scalar.string.unicodeScalars.count + quotes))
    }

    /// The file location of the UTF-8 offset `utf8Offset` inside the scalar's value.
    func location(ofUTF8Offset utf8Offset: Int, in node: Node) -> SourceLocation? {
        guard let start = Self.location(of: node), let scalar = node.scalar else { return Self.location(of: node) }
        let value = scalar.string
        let before = String(decoding: Array(value.utf8.prefix(utf8Offset)), as: UTF8.self)
        let valueLine = before.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count } ?? 0
        switch scalar.style {
        case .plain where !value.utf8.contains(10), .any where !value.utf8.contains(10):
            return start.advanced(byColumns: column)
        case .singleQuoted where !value.utf8.contains(10) && !value.contains("'"),
             .doubleQuoted where !value.utf8.contains(10) && !value.contains("\"") && !value.contains("\\"):
            return start.advanced(byColumns: column + 1)
        case .literal:
            let fileLine = start.line + 1 + valueLine
            guard let text = source.line(fileLine) else { return start }
            let indent = text.unicodeScalars.prefix { $0 == " " }.count
            return SourceLocation(line: fileLine, column: indent + 1 + column)
        default:
            return start
        }
    }
}
