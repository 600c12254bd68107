import WaymarkBase

/// What identifies a finding across edits that only move it: its rule, file, message and the
/// text of its source line, but not its line number.
struct Fingerprint: Hashable, Sendable, Codable, Comparable {
    var rule: String
    var file: String
    var message: String
    /// The diagnostic's source line, trimmed; empty without a position.
    var context: String

    /// The fingerprint of a diagnostic, reading its line from `files`.
    init(_ diagnostic: Diagnostic, files: inout SourceFiles) {
        rule = diagnostic.ruleID
        file = diagnostic.file ?? ""
        message = diagnostic.message
        let line = diagnostic.file.flatMap { file in diagnostic.location.flatMap { files.line($0.line, of: file) } }
        context = line?.trimmingWhitespace ?? ""
    }

    /// A stable 64-bit FNV-1a hash of the fingerprint, as 16 hex digits (SARIF's partialFingerprints).
    var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in [rule, file, message, context].joined(separator: "\u{1F}").utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func < (a: Fingerprint, b: Fingerprint) -> Bool {
        (a.file, a.rule, a.message, a.context) < (b.file, b.rule, b.message, b.context)
    }
}
