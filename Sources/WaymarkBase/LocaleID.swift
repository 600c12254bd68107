/// A BCP 47 language tag such as `en`, `pt-BR` or `ar`, used in URLs and `lang` attributes.
///
/// Tags are matched as BCP 47 says, ignoring case: `pt-br` is `pt-BR`. The tag is kept in
/// its canonical case (language lowercase, script titlecase, region uppercase).
public struct LocaleID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The tag in canonical case, e.g. `pt-BR`, `zh-Hant-HK`.
    public let tag: String

    /// Creates a locale id from a well-formed tag (language, then optional subtags), in any case, or nil.
    public init?(_ tag: String) {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var canonical = [language.lowercased()]
        for (index, part) in parts.dropFirst().enumerated() {
            guard (2...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
            // BCP 47's case conventions: a four-letter script is titlecase, a two-letter region uppercase.
            let isScript = index == 0 && part.count == 4 && part.allSatisfy(\.isLetter)
            let isRegion = part.count == 2 && part.allSatisfy(\.isLetter) && canonical.count <= 2
            if isScript {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if isRegion {
                canonical.append(part.uppercased())
            } else {
                canonical.append(part.lowercased())
            }
        }
        self.tag = canonical.joined(separator: "-")
    }

    /// English, the default source locale.
    public static let english = LocaleID("en")!

    public var description: String { tag }

    public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.tag < rhs.tag }

    /// The language subtag: `pt` for `pt-BR`.
    public var language: String { tag.split(separator: "-").first.map(String.init) ?? tag }

    /// The script subtag (`Hant` for `zh-Hant-HK`), written or implied by the region (`zh-TW`).
    public var script: String? {
        let parts = (CLDRLocaleData.impliedScripts[tag] ?? tag).split(separator: "-")
        return parts.count > 1 && parts[1].count == 4 && parts[1].allSatisfy(\.isLetter) ? String(parts[1]) : nil
    }

    /// Whether the locale's script runs right to left.
    public var isRightToLeft: Bool {
        if let script { return ["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand"].contains(script) }
        return ["ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "ks"].contains(language)
    }
}
