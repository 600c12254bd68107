/// cmark's CommonMark writer puts `<!-- end list -->` after a list that another list
/// follows. Waymark's documents never need it (``MarkdownTree/separateAdjacentLists()`` makes adjacent lists differ in
/// type or delimiter), so the comment is removed where the next list cannot continue the
/// previous one: after it the page reads back through cmark as the same lists.
enum ListSeparators {
    static let comment = "<!-- end list -->"

    /// The CommonMark text without the comments that the lists around them do not need.
    static func removeComments(_ commonMark: String) -> String {
        guard commonMark.utf8.contains(UInt8(ascii: "<")), commonMark.contains(comment) else { return commonMark }
        // Lines split on the byte (a page has no CR: cmark writes LF; with one, on Characters as before).
        var lines =
            commonMark.utf8.contains(UInt8(ascii: "\r"))
            ? commonMark.split(separator: "\n", omittingEmptySubsequences: false)
            : commonMark.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasSuffix(comment), line.trimmingPrefixSpaces == comment, needsNoComment(lines, after: index) else { index += 1; continue }
            lines.remove(at: index)
            // The blank line cmark writes after the comment (indented inside a list item).
            if index < lines.count, lines[index].allSatisfy({ $0 == " " }) { lines.remove(at: index) }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the list after the comment at `index` starts with a marker of another kind than
    /// the list before it (a bullet after a number, `1)` after `1.`), so it is a new list anyway.
    static func needsNoComment(_ lines: [Substring], after index: Int) -> Bool {
        let indent = lines[index].prefix { $0 == " " }.count
        func marker(_ line: Substring) -> Character? {
            guard line.prefix(while: { $0 == " " }).count >= indent else { return nil }
            let body = line.drop { $0 == " " }
            if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("+ ") { return "-" }
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let delimiter = body.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else { return nil }
            return delimiter
        }
        // The next list's first marker, at the comment's indentation.
        var next: Character?
        for line in lines[(index + 1)...] where !line.allSatisfy({ $0 == " " }) {
            next = marker(line)
            break
        }
        // The previous list's marker: the nearest line above at the same indentation that has one.
        var previous: Character?
        for line in lines[..<index].reversed() where !line.allSatisfy({ $0 == " " }) {
            let lineIndent = line.prefix { $0 == " " }.count
            if lineIndent < indent { break }
            if lineIndent == indent || (lineIndent == indent + 2 && line.drop(while: { $0 == " " }).hasPrefix("- ")),
                let found = marker(Substring(String(repeating: " ", count: indent) + line.drop { $0 == " " }))
            {
                previous = found
                break
            }
        }
        guard let next, let previous else { return false }
        return next != previous
    }
}

extension Substring {
    fileprivate var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}
