import Foundation

/// Decodes a file's bytes as UTF-8, or says where the first byte is that is not.
package enum FileEncoding {
    /// The text, or an `file.encoding` diagnostic at the first bad byte (line and column
    /// counted as everywhere else: Unicode scalars, libyaml's line breaks).
    package static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return .failure(
                Diagnostic(
                    SafetyRule.encoding, "the file is UTF-16 text, not UTF-8", hint: "save it as UTF-8",
                    file: file, at: SourceRange(start: SourceLocation(line: 1, column: 1))))
        }
        if !bytes.contains(0), let text = String(data: data, encoding: .utf8) { return .success(text) }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var (line, column, offset) = (1, 1, 0)
        var previousCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    return .failure(
                        Diagnostic(
                            SafetyRule.encoding, "the file holds a NUL byte (at byte \(offset))",
                            hint: "remove it; text files never hold NUL bytes (was it saved as UTF-16 or as a binary file?)",
                            file: file, at: SourceRange(start: SourceLocation(line: line, column: column))))
                }
                offset += UTF8.width(scalar)
                if scalar == "\n" && previousCR {
                    previousCR = false
                } else if SourceText.isBreak(scalar) {
                    line += 1
                    column = 1
                    previousCR = scalar == "\r"
                } else {
                    column += 1
                    previousCR = false
                }
            case .error:
                let byte = offset < bytes.count ? String(format: "0x%02X", bytes[offset]) : "the end"
                return .failure(
                    Diagnostic(
                        SafetyRule.encoding, "the file is not valid UTF-8: the byte \(byte) at byte \(offset) does not start or continue a character",
                        hint: "save the file as UTF-8 (it may be Latin-1 or Windows-1252), or retype the character here",
                        file: file, at: SourceRange(start: SourceLocation(line: line, column: column))))
            case .emptyInput:
                return .success(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// UTF-16 without a byte-order mark: ASCII text with every other byte NUL.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(64)
        guard sample.count >= 4 else { return false }
        let evenNULs = stride(from: 0, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let oddNULs = stride(from: 1, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let half = sample.count / 2
        return evenNULs * 4 >= half * 3 || oddNULs * 4 >= half * 3
    }
}
