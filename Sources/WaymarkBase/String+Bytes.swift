extension String {
    /// How many times `needle` occurs in the text, not overlapping, compared byte for byte in
    /// UTF-8 (no Foundation, no Unicode normalization: for ASCII markers such as `](#` or
    /// `{label}` in hot loops), stopping at `limit`. An empty needle occurs 0 times.
    package func utf8Occurrences(of needle: String, limit: Int = .max) -> Int {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, limit > 0 else { return 0 }
        var text = self
        return text.withUTF8 { bytes in
            var found = 0, index = 0
            while index + pattern.count <= bytes.count {
                if bytes[index] == first && pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                    found += 1
                    if found == limit { break }
                    index += pattern.count
                } else {
                    index += 1
                }
            }
            return found
        }
    }

    /// Whether `needle` (not empty) occurs in the text, compared byte for byte in UTF-8.
    package func containsBytes(_ needle: String) -> Bool { utf8Occurrences(of: needle, limit: 1) > 0 }
}
