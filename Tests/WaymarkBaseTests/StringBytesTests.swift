import Testing

@testable import WaymarkBase

/// The UTF-8 byte search the hot loops use (placeholder counts, link markers).
@Suite struct StringBytesTests {
    @Test func countsOccurrencesWithoutOverlap() {
        #expect("{label} and {label}".utf8Occurrences(of: "{label}") == 2)
        #expect("aaaa".utf8Occurrences(of: "aa") == 2)
        #expect("aaaa".utf8Occurrences(of: "aa", limit: 1) == 1)
        #expect("abc".utf8Occurrences(of: "") == 0)
        #expect("ab".utf8Occurrences(of: "abc") == 0)
        // Bytes, not characters: a needle inside a multi-byte text is found at its bytes.
        #expect("Öffne [die Seite](#schritt) – ](#".utf8Occurrences(of: "](#") == 2)
        #expect("e\u{301}".utf8Occurrences(of: "é") == 0)
    }

    @Test func containsIsTheFirstOccurrence() {
        #expect("See [the step](#first).".containsBytes("](#"))
        #expect(!"See [the guide](guide:x).".containsBytes("](#"))
        #expect(!"".containsBytes("](#"))
    }
}
