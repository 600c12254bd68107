import WaymarkBase
import WaymarkRender

/// Guide texts along a locale's CLDR fallback chain: a text that `es-419` has not translated
/// is `es`'s translation when the project has one, and a locale whose chain reaches the source
/// locale (`en-GB` in an English project) inherits the source text as its own.
extension Catalogs {
    /// The project locales after `locale` in its fallback chain, and whether the chain reaches the source locale.
    public func parents(of locale: LocaleID, source: LocaleID? = nil) -> (locales: [LocaleID], reachesSource: Bool) {
        let source = source ?? sourceLocale
        let chain = locale.fallbackChain.dropFirst()
        let reachesSource = chain.contains(source)
        let parents = chain.prefix { $0 != source }.filter { locales.contains($0) || $0 == sourceLocale }
        return (Array(parents), reachesSource)
    }

    /// Whether `key` of `guide`, untranslated or stale in `locale` itself, is covered by its chain:
    /// a current translation in a parent locale's catalog, or (for a missing text) the source locale.
    public func inherits(locale: LocaleID, guide: String, key: String, source: String, state: TranslationState, written: LocaleID? = nil) -> Bool {
        let (parents, reachesSource) = parents(of: locale, source: written)
        if parents.contains(where: { TranslationStatus.state(of: catalog(locale: $0, guide: guide)?.entry(for: key), source: source) == .translated }) {
            return true
        }
        return state == .missing && reachesSource
    }

    /// Whether `locale` needs no catalog of its own for `guide`: a parent locale has one, or its chain reaches the source.
    public func coversWithoutCatalog(_ locale: LocaleID, guide: String, written: LocaleID? = nil) -> Bool {
        let (parents, reachesSource) = parents(of: locale, source: written)
        return reachesSource || parents.contains { catalog(locale: $0, guide: guide) != nil }
    }

    /// The translations the renderer uses for `guide` in `locale`, along its fallback chain.
    public func translations(locale: LocaleID, guide: String, written: LocaleID? = nil) -> CatalogTranslations {
        let (parents, reachesSource) = parents(of: locale, source: written)
        let own = catalog(locale: locale, guide: guide) ?? POFile(header: [], entries: [])
        return CatalogTranslations(catalogs: [own] + parents.compactMap { catalog(locale: $0, guide: guide) }, inheritsSource: reachesSource)
    }
}
