/// The ids of guides, methods and steps: lowercase ASCII letters and digits joined by single hyphens.
public enum Slug {
    /// The longest id allowed, in characters.
    public static let maximumLength = 80

    /// Whether `text` is a valid id: safe as a path segment, a URL path and an HTML id.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumLength,
            text.first != "-", text.last != "-", !text.contains("--")
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Whether Windows reserves the name for a device (`con`, `nul`, `com1`…), in any case and
    /// with any extension, so no file or folder can have it.
    public static func isWindowsReserved(_ text: String) -> Bool {
        let stem = text.lowercased().split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        if ["con", "prn", "aux", "nul"].contains(stem) { return true }
        guard stem.count == 4, stem.hasPrefix("com") || stem.hasPrefix("lpt"), let digit = stem.last?.wholeNumberValue else { return false }
        return (1...9).contains(digit)
    }

    /// A valid id made from arbitrary text, to suggest as a fix.
    public static func suggestion(from text: String) -> String {
        let folded = text.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
        }
        let collapsed = String(folded).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return String(collapsed.prefix(maximumLength))
    }
}
