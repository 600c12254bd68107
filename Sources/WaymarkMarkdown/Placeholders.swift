/// `{name}` placeholders in author text, marked with private-use characters while cmark
/// parses the text. Everything works on Unicode scalars, so a combining mark after a
/// placeholder cannot hide it.
enum Placeholders {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    enum Piece: Equatable {
        case text(String)
        case slot(Int)
    }

    /// `text` with each `{names[i]}` replaced by `open i close`; any marker characters
    /// already in the text become U+FFFD, since they are not Waymark's.
    static func mark(_ text: String, names: [String]) -> String {
        let scalars = Array(text.unicodeScalars.map { $0 == open || $0 == close ? "\u{FFFD}" : $0 })
        let patterns = names.map { Array("{\($0)}".unicodeScalars) }
        var result = String.UnicodeScalarView()
        var index = 0
        outer: while index < scalars.count {
            if scalars[index] == "{" {
                for (number, pattern) in patterns.enumerated() where scalars[index...].starts(with: pattern) {
                    result.append(open)
                    result.append(contentsOf: String(number).unicodeScalars)
                    result.append(close)
                    index += pattern.count
                    continue outer
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// Marked text split into plain text and slots.
    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var plain = String.UnicodeScalarView()
        var number: String.UnicodeScalarView?
        for scalar in text.unicodeScalars {
            if scalar == open {
                number = String.UnicodeScalarView()
            } else if scalar == close, let digits = number {
                if !plain.isEmpty { pieces.append(.text(String(plain))); plain = String.UnicodeScalarView() }
                pieces.append(.slot(Int(String(digits)) ?? -1))
                number = nil
            } else if number != nil {
                number!.append(scalar)
            } else {
                plain.append(scalar)
            }
        }
        if !plain.isEmpty { pieces.append(.text(String(plain))) }
        return pieces
    }

    /// Marked text with each marker turned back into the placeholder it stood for.
    static func unmark(_ text: String, names: [String]) -> String {
        split(text).map { piece in
            switch piece {
            case .text(let text): text
            case .slot(let index): names.indices.contains(index) ? "{\(names[index])}" : ""
            }
        }.joined()
    }
}
