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
    let entries: [String: POEntry]

    /// Translations from `catalog`.
    public init(catalog: POFile) {
        var entries: [String: POEntry] = [:]
        for entry in catalog.entries where !entry.isObsolete {
            if let key = entry.context, entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    public func text(for key: String, source: String) -> TranslatedText {
        let entry = entries[key]
        let state = TranslationStatus.state(of: entry, source: source)
        return TranslatedText(markdown: state == .translated ? entry!.msgstr : source, state: state)
    }
}
