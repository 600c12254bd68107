import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkL10n

/// The PO parser reads UTF-8 bytes; it must read every catalog exactly as the `String` parser
/// it replaced did (POParserReference): the same entries, header, positions and diagnostics,
/// on the frozen project's catalogs (Tests/Fixtures), the shipped interface catalogs, and thousands of mutations of
/// them that break quoting, escapes, keywords, comments and line ends.
@Suite struct POByteParserTests {
    /// Every `.po` file of the frozen project, of the shipped interface catalogs and of the fuzzer's corpus.
    static let catalogs: [(path: String, text: String)] = {
        var found: [(String, String)] = []
        for folder in ["Tests/Fixtures/Project/Content/locales", "Sources/WaymarkL10n/Interface", "Fuzz/seeds/po", "Fuzz/regressions/po"] {
            let base = TestPaths.repository.appendingPathComponent(folder)
            let paths = (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".po") }.sorted()
            for path in paths {
                if let text = try? String(contentsOf: base.appendingPathComponent(path), encoding: .utf8) { found.append((folder + "/" + path, text)) }
            }
        }
        return found
    }()

    static func expectSame(_ text: String, file: String, allowPlurals: Bool, _ comment: Comment? = nil) {
        let fast = POParser.parse(text, file: file, allowPlurals: allowPlurals)
        let reference = POParserReference.parse(text, file: file, allowPlurals: allowPlurals)
        #expect(fast.0 == reference.0, comment)
        #expect(fast.1 == reference.1, comment)
    }

    @Test func readsTheProjectsCatalogsAsBefore() throws {
        #expect(Self.catalogs.count > 20)
        for (path, text) in Self.catalogs {
            Self.expectSame(text, file: path, allowPlurals: path.hasSuffix("_interface.po") || path.hasPrefix("Sources/"), "\(path)")
        }
    }

    /// Pieces that PO syntax turns on, inserted at random places (a seeded generator: the same run every time).
    static let pieces = [
        "\"", "\\", "\\n", "\\q", "\\é", "#", "#~ ", "#| ", "#, fuzzy", "#. ", "#: ", "~", "|", " ", "\t", "\r\n", "\n", "\r", "\n\n",
        "msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[1] ", "msgstr[+1] ", "msgstr[12] ", "é", "日本", "\u{A0}", "\u{2028}",
        "\u{1}", "\u{7F}", "\u{85}", "\u{FEFF}", "\u{202E}", "😀", "\"\"",
    ]

    @Test func readsMutatedCatalogsAsBefore() throws {
        var generator = SeededGenerator(seed: 12)
        var compared = 0
        for (path, text) in Self.catalogs.prefix(12) {
            let scalars = Array(text.unicodeScalars)
            for _ in 0..<150 {
                var mutated = scalars
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let at = Int.random(in: 0...mutated.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0 where at < mutated.count: mutated.removeSubrange(at..<min(mutated.count, at + Int.random(in: 1...6, using: &generator)))
                    default: mutated.insert(contentsOf: Self.pieces.randomElement(using: &generator)!.unicodeScalars, at: at)
                    }
                }
                var string = ""
                string.unicodeScalars.append(contentsOf: mutated)
                for allowPlurals in [false, true] { Self.expectSame(string, file: path, allowPlurals: allowPlurals, "\(path): \(string.debugDescription.prefix(2000))") }
                compared += 1
            }
        }
        #expect(compared >= 1000)
    }

    @Test func columnsCountScalarsBeforeTheString() {
        let text = "msgctxt \"k\"\nmsgid \"é\"\nmsgstr\t \"日本\\x\"\n"
        let (_, diagnostics) = POParser.parse(text, file: "x.po")
        // The bad escape, at the string's first scalar after the tab and the space (then the entry lacks its msgstr).
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 3, column: 9))
        #expect(diagnostics.first?.message == "'\\x' is not an escape PO files know")
        Self.expectSame(text, file: "x.po", allowPlurals: false)
    }
}

/// A small deterministic generator (SplitMix64), so a failing mutation is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
