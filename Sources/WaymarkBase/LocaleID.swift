/// A BCP 47 language tag such as `en`, `pt-BR` or `ar`, used in URLs and `lang` attributes.
public struct LocaleID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The tag as written, e.g. `pt-BR`.
    public let tag: String

    /// Creates a locale id from a well-formed tag (language, then optional subtags), or nil.
    public init?(_ tag: String) {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
        }
        self.tag = tag
    }

    /// English, the default source locale.
    public static let english = LocaleID("en")!

    public var description: String { tag }

    public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.tag < rhs.tag }

    /// The language subtag: `pt` for `pt-BR`.
    public var language: String { tag.split(separator: "-").first.map(String.init) ?? tag }

    /// Whether the locale's script runs right to left.
    public var isRightToLeft: Bool {
        return ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"].contains(language)
    }
}
