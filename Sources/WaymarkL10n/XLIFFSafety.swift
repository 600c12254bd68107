import Foundation
import WaymarkBase

/// What an imported XLIFF file may not hold: a DTD (entities, the "billion laughs" attack,
/// external files) or an entity reference other than XML's five, and the parser's
/// complaints in words.
enum XLIFFSafety {
    static let predefinedEntities: Set<Substring> = ["lt", "gt", "amp", "quot", "apos"]

    /// The first thing refused, positioned, or nil.
    static func refusal(in text: String, path: String) -> Diagnostic? {
        let scalars = Array(text.unicodeScalars)
        var (line, column) = (1, 1)
        var index = 0
        func at() -> SourceRange { SourceRange(start: SourceLocation(line: line, column: column)) }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", index + 2 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] != "-", scalars[index + 2] != "[" {
                let word = String(String.UnicodeScalarView(scalars[(index + 2)..<min(scalars.count, index + 9)])).uppercased()
                if word.hasPrefix("DOCTYPE") || word.hasPrefix("ENTITY") || word.hasPrefix("ELEMENT") || word.hasPrefix("ATTLIST") {
                    return Diagnostic(
                        L10nRule.xliffSyntax, "the file declares a DTD (<!\(word.hasPrefix("DOCTYPE") ? "DOCTYPE" : word.prefix(6))…); it was not read",
                        hint:
                            "XLIFF 2.0 needs no DTD; a DTD can declare entities that expand to gigabytes (\"billion laughs\") or read other files. Export the file again without one",
                        file: path, at: at())
                }
            }
            // Processing instructions: only the XML declaration, first in the file. Others are not
            // XLIFF, and one without data crashes swift-corelibs-foundation's XMLParser (found by
            // the XLIFF fuzz target; Fuzz/regressions/xliff/processing-instruction-without-data).
            if scalar == "<", index + 1 < scalars.count, scalars[index + 1] == "?" {
                let isDeclaration =
                    scalars[..<index].allSatisfy { $0 == "\u{FEFF}" }
                    && String(String.UnicodeScalarView(scalars[(index + 2)..<min(scalars.count, index + 6)])) == "xml "
                if !isDeclaration {
                    return Diagnostic(
                        L10nRule.xliffSyntax, "the file holds a processing instruction (<?…?>) that is not the XML declaration; it was not read",
                        hint: "XLIFF needs none; only <?xml version=\"1.0\" encoding=\"UTF-8\"?> at the very start is read. Export the file again without it",
                        file: path, at: at())
                }
            }
            if scalar == "&" {
                var end = index + 1
                while end < scalars.count, end - index <= 64, scalars[end] != ";", !scalars[end].properties.isWhitespace, scalars[end] != "<", scalars[end] != "&" { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                let isCharacterReference = name.hasPrefix("#")
                if end < scalars.count, scalars[end] == ";", !isCharacterReference, !predefinedEntities.contains(Substring(name)) {
                    return Diagnostic(
                        L10nRule.xliffSyntax, "the entity reference &\(name); is not one of XML's five (&lt; &gt; &amp; &quot; &apos;)",
                        hint: "write the character itself (the file is UTF-8), or escape it as a character reference such as &#233;",
                        file: path, at: at())
                }
            }
            if scalar == "\n" && index > 0 && scalars[index - 1] == "\r" {
                // CR LF is one break, counted at the CR.
            } else if SourceText.isBreak(scalar) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return nil
    }

    /// libxml2's error codes in words (the common ones), for the parser's complaint.
    static func words(for error: (any Error)?) -> String {
        guard let error else { return "the parser stopped here" }
        let code = (error as NSError).code
        let words: [Int: String] = [
            4: "the document is empty", 5: "there is text after the end of the document", 9: "an invalid character",
            23: "an entity reference without a ';'", 26: "an entity that is not declared", 38: "a '<' inside an attribute value",
            39: "an attribute without a quoted value", 40: "an attribute value that is not closed", 41: "an attribute without a value",
            42: "the same attribute twice", 45: "a comment that is not closed", 63: "a CDATA section that is not closed",
            65: "a space is needed here", 68: "a name is needed here", 73: "a '>' is needed here", 74: "a '</' is needed here",
            76: "an end tag that does not match its start tag", 77: "a tag that is not closed", 85: "the elements are not balanced",
            86: "there is more after the end of the document", 89: "entities that refer to each other without end",
        ]
        return words[code].map { "\($0) (XML parser error \(code))" } ?? "the XML is broken here (XML parser error \(code))"
    }
}
