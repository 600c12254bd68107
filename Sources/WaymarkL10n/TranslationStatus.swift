import WaymarkRender

/// How a catalog entry stands against the current source text.
public enum TranslationStatus {
    /// The state of `entry` for `source`: translated, stale (fuzzy, or made for another
    /// source text) or missing.
    public static func state(of entry: POEntry?, source: String) -> TranslationState {
        guard let entry, !entry.isObsolete, !entry.msgstr.isEmpty else { return .missing }
        if entry.isFuzzy || entry.msgid != source { return .stale }
        return .translated
    }
}

/// A locale's catalog for one guide, as the renderer asks for it.
public struct CatalogTranslations: GuideTranslations {
    /// The locale's own entries, then each parent locale's along the fallback chain.
    let chain: [[String: POEntry]]
    /// Whether the chain reaches the source locale, whose text is then the locale's own.
    let inheritsSource: Bool

    /// Translations from `catalog`.
    public init(catalog: POFile) { self.init(catalogs: [catalog], inheritsSource: false) }

    /// Translations from `catalogs`, the locale's own first; a text none has current is the
    /// source standing in, or inherited when `inheritsSource` and the own catalog lacks it.
    public init(catalogs: [POFile], inheritsSource: Bool) {
        chain = catalogs.map { catalog in
            var entries: [String: POEntry] = [:]
            for entry in catalog.entries where !entry.isObsolete {
                if let key = entry.context, entries[key] == nil { entries[key] = entry }
            }
            return entries
        }
        self.inheritsSource = inheritsSource
    }

    public func text(for key: String, source: String) -> TranslatedText {
        for entries in chain where TranslationStatus.state(of: entries[key], source: source) == .translated {
            return TranslatedText(markdown: entries[key]!.msgstr, state: .translated)
        }
        let state = TranslationStatus.state(of: chain.first?[key], source: source)
        if state == .missing && inheritsSource { return TranslatedText(markdown: source, state: .translated) }
        return TranslatedText(markdown: source, state: state)
    }
}
