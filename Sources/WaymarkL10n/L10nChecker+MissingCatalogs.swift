import WaymarkBase
import WaymarkGuide

extension L10nChecker {
    /// One `l10n.missing-catalog` for a guide that some locales have no catalog for, at its id.
    static func missingCatalogs(_ guide: Guide, locales: [LocaleID], catalogs: Catalogs) -> Diagnostic {
        let names = locales.map(\.tag).joined(separator: ", ")
        let count = TranslationKey.units(of: guide).count
        let what = locales.count == 1 ? "there is no \(names) catalog" : "there are no catalogs in \(locales.count) locales (\(names))"
        return Diagnostic(
            L10nRule.missingCatalog,
            "\(what) for the guide '\(guide.id)': its \(count) texts show in \(catalogs.writtenLocale(of: guide)) there",
            hint: "run `waymark l10n update` to create \(locales.map { catalogs.path(locale: $0, guide: guide.id) }.joined(separator: ", ")), then translate them",
            file: guide.file, at: guide.idRange, guideID: guide.id, locale: locales.count == 1 ? locales[0] : nil)
    }
}
