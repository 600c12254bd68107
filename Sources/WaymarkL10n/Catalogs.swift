import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkProject
import WaymarkRender

/// The translation catalogs of a project: `Content/locales/<locale>/<guide-id>.po`.
public struct Catalogs: Sendable {
    /// The locales that have a folder, sorted; the source locale is not among them.
    public var locales: [LocaleID]
    /// Each locale's catalogs by guide id.
    public var catalogs: [LocaleID: [String: POFile]]
    /// Problems found reading them.
    public var diagnostics: [Diagnostic]
    /// File texts by path, for diagnostics.
    public var sources: [String: String]
    /// Where the catalogs are, relative to the project root.
    public var localesPath: String
    /// The project's interface catalogs (`<locale>/_interface.po`), the source locale's included.
    public var interface = InterfaceCatalogs()
    /// The project's source locale: a locale whose fallback chain reaches it inherits its texts.
    public var sourceLocale: LocaleID = .english

    /// Catalogs given as values (for tests and tools that build them in memory).
    public init(locales: [LocaleID], catalogs: [LocaleID: [String: POFile]], localesPath: String = ProjectConfig.Paths.defaults.locales) {
        self.init(locales: locales, catalogs: catalogs, diagnostics: [], sources: [:], localesPath: localesPath)
    }

    init(locales: [LocaleID], catalogs: [LocaleID: [String: POFile]], diagnostics: [Diagnostic], sources: [String: String], localesPath: String) {
        self.locales = locales
        self.catalogs = catalogs
        self.diagnostics = diagnostics
        self.sources = sources
        self.localesPath = localesPath
    }

    /// The folder name of each locale, as it is on disk (`pt-br` is the locale `pt-BR`).
    public var folders: [LocaleID: String] = [:]

    /// The path of a locale's catalog for a guide.
    public func path(locale: LocaleID, guide: String) -> String { "\(localesPath)/\(folders[locale] ?? locale.tag)/\(guide).po" }

    /// The path of a locale's interface catalog.
    public func interfacePath(locale: LocaleID) -> String { "\(localesPath)/\(folders[locale] ?? locale.tag)/\(InterfaceCatalogs.fileName)" }

    /// The locales `guide` is translated into: every locale of the project, the source locale
    /// included, but the one it is written in.
    public func targetLocales(of guide: Guide) -> [LocaleID] {
        let written = guide.locale ?? sourceLocale
        return ([sourceLocale] + locales).filter { $0 != written }
    }

    /// The language a guide is written in.
    public func writtenLocale(of guide: Guide) -> LocaleID { guide.locale ?? sourceLocale }

    /// The path of a guide's template.
    public func templatePath(guide: String) -> String { "\(localesPath)/templates/\(guide).pot" }

    /// The catalog of `guide` in `locale`, if there is one.
    public func catalog(locale: LocaleID, guide: String) -> POFile? { catalogs[locale]?[guide] }

    /// The largest catalog read, in bytes: a guide file may be 1 MiB, and its catalog holds
    /// each text twice (msgid and msgstr) with comments.
    public static let maximumBytes = 4 << 20

    /// Reads every locale folder below `root/localesPath` (a missing folder means no locales),
    /// the catalogs in parallel (CatalogLoading.swift).
    public static func load(root: URL, localesPath: String = ProjectConfig.Paths.defaults.locales, sourceLocale: LocaleID = .english) -> Catalogs {
        CatalogLoading.load(root: root, localesPath: localesPath, sourceLocale: sourceLocale)
    }
}
