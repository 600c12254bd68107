extension LocaleID {
    /// The locales whose texts stand in for this one, most specific first, as CLDR defines
    /// them: its `parentLocales` where they say so, truncation otherwise, and the script a
    /// region implies (`en-GB` → `en-001` → `en`; `es-MX` → `es-419` → `es`;
    /// `zh-TW` → `zh-Hant-TW` → `zh-Hant`). The locale itself comes first; `root` is left out.
    public var fallbackChain: [LocaleID] {
        var chain = [self]
        var current = tag
        if let implied = CLDRLocaleData.impliedScripts[current], let locale = LocaleID(implied) {
            chain.append(locale)
            current = locale.tag
        }
        while let parent = Self.parentTag(of: current), parent != "root", let locale = LocaleID(parent) {
            if chain.contains(locale) { break }
            chain.append(locale)
            current = locale.tag
        }
        return chain
    }

    /// The CLDR parent of a tag: `parentLocales`, or the tag without its last subtag.
    static func parentTag(of tag: String) -> String? {
        if let parent = CLDRLocaleData.parentLocales[tag] { return parent }
        guard let dash = tag.lastIndex(of: "-") else { return nil }
        return String(tag[..<dash])
    }
}
