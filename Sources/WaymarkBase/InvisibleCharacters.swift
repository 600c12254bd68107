/// Bidirectional controls and zero-width characters: invisible in an editor, but they reorder
/// or split what a reader sees ("trojan source").
package enum InvisibleCharacters {
    /// The characters reported. Marks and joiners that real text needs (U+200C–U+200F,
    /// U+061C) are not among them.
    package static func isSuspicious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: true  // embeddings, overrides, isolates
        case 0x200B, 0x2060, 0xFEFF, 0x180E: true  // zero-width space, word joiner, BOM, Mongolian vowel separator
        default: false
        }
    }

    /// Whether a scalar is shown escaped in messages: controls, and the characters above.
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isSuspicious(scalar)
            || (0x200C...0x200F).contains(scalar.value) || scalar.value == 0x061C || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// A warning at every suspicious character of a file's text (a byte-order mark at the
    /// very start is fine).
    package static func scan(_ text: String, file: String) -> [Diagnostic] {
        // Almost every file has none: one pass over its bytes says so without splitting lines.
        guard mayContainSuspicious(text.utf8) else { return [] }
        var diagnostics: [Diagnostic] = []
        for (index, line) in SourceText(text).lines.enumerated() {
            guard line.unicodeScalars.contains(where: isSuspicious) else { continue }
            for (offset, scalar) in line.unicodeScalars.enumerated() where isSuspicious(scalar) {
                if index == 0 && offset == 0 && scalar.value == 0xFEFF { continue }
                let at = SourceLocation(line: index + 1, column: offset + 1)
                diagnostics.append(
                    Diagnostic(
                        SafetyRule.invisibleCharacter,
                        "the invisible character \(escape(String(scalar))) (\(name(scalar))) is in the text",
                        hint: "delete it: it reorders or hides what readers see and reviewers cannot see it",
                        file: file, at: SourceRange(start: at, end: SourceLocation(line: at.line, column: at.column + 1)),
                        fixIts: [FixIt(range: SourceRange(start: at, end: SourceLocation(line: at.line, column: at.column + 1)), replacement: "")]))
            }
        }
        return diagnostics
    }

    /// Whether the UTF-8 bytes hold one of the suspicious characters' encodings: U+180E
    /// (E1 A0 8E), U+200B and U+202A–U+202E (E2 80 …), U+2060 and U+2066–U+2069 (E2 81 …), U+FEFF (EF BB BF).
    static func mayContainSuspicious(_ utf8: String.UTF8View) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index + 2 < bytes.count {
                let (a, b, c) = (bytes[index], bytes[index + 1], bytes[index + 2])
                switch (a, b) {
                case (0xE1, 0xA0) where c == 0x8E, (0xE2, 0x80) where c == 0x8B || (0xAA...0xAE).contains(c),
                    (0xE2, 0x81) where c == 0xA0 || (0xA6...0xA9).contains(c), (0xEF, 0xBB) where c == 0xBF:
                    return true
                default: index += 1
                }
            }
            return false
        }
        return found ?? true
    }

    /// `text` with invisible characters written as `\u{202E}`, so a message shows them and
    /// cannot reorder or break the line it is printed on.
    package static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func name(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.name ?? "U+" + String(scalar.value, radix: 16, uppercase: true)
    }
}
