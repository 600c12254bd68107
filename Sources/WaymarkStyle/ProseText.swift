import Foundation
import WaymarkBase
import WaymarkGuide

/// Author inline Markdown read as words, and mapped back to positions in the YAML file.
enum ProseText {
    /// The text with inline markup removed: emphasis and code marks, link destinations.
    /// Linear: once no `)` is left, a `](` is not searched for again.
    static func plain(_ markdown: String) -> String {
        var result = ""
        var scalars = Substring(markdown)
        let lastClose = markdown.lastIndex(of: ")")
        while let first = scalars.first {
            if first == "*" || first == "_" || first == "`" {
                scalars = scalars.dropFirst()
            } else if first == "]", scalars.dropFirst().first == "(", let lastClose, scalars.startIndex < lastClose,
                let close = scalars.firstIndex(of: ")")
            {
                scalars = scalars[scalars.index(after: close)...]
            } else if first == "[" || first == "\\" {
                scalars = scalars.dropFirst()
            } else {
                result.append(first == "\u{2019}" ? "'" : first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }

    /// The text with what names things on screen left out — bold and code spans, link texts —
    /// so that "Click **Save and continue**" reads as one action, not two.
    static func instructions(_ markdown: String) -> String {
        var result = ""
        var rest = Substring(markdown)
        while let first = rest.first {
            var skipped = false
            for (open, close) in [("**", "**"), ("__", "__"), ("`", "`"), ("[", "]")] where rest.hasPrefix(open) {
                let after = rest.dropFirst(open.count)
                if let end = after.range(of: close) {
                    result += " X "
                    rest = after[end.upperBound...]
                    if open == "[", rest.hasPrefix("("), let paren = rest.firstIndex(of: ")") { rest = rest[rest.index(after: paren)...] }
                    skipped = true
                }
                break
            }
            if !skipped {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return plain(result)
    }

    /// The range of a whole text value when it stands verbatim on its line, else its start.
    static func whole(_ text: InlineText, source: SourceText?) -> SourceRange? {
        range(of: text, utf8Offset: 0, scalarLength: text.markdown.unicodeScalars.count, source: source)
    }

    /// The words of a plain text, lowercased, without surrounding punctuation.
    static func words(_ plain: String) -> [String] {
        plain.split(whereSeparator: { $0.isWhitespace }).map { word in
            word.lowercased().trimmingCharacters(in: { !$0.isLetter && !$0.isNumber && $0 != "{" && $0 != "}" && $0 != "'" && $0 != "-" })
        }.filter { !$0.isEmpty }
    }

    /// The file range of `length` scalars at the UTF-8 offset `offset` of a text's value, when
    /// the value stands verbatim in the file (plain or quoted on one line); else the value's start.
    static func range(of text: InlineText, utf8Offset offset: Int, scalarLength length: Int, source: SourceText?) -> SourceRange? {
        text.range(utf8Offset: offset, scalarLength: length, source: source)
    }
}

extension String {
    /// Drops leading and trailing characters that match `drop`.
    func trimmingCharacters(in drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
