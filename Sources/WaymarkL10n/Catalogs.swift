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

    /// Reads a guide catalog, recording its text and problems.
    mutating func readCatalog(reader: ProjectReader, path: String) -> POFile? {
        let text: String
        switch reader.text(path, limit: Self.maximumBytes, what: "the catalog") {
        case .success(let read): text = read
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        sources[path] = text
        let (catalog, found) = POParser.parse(text, file: path)
        diagnostics += found
        return catalog
    }

    /// The locales `guide` is translated into: every locale of the project, the source locale
    /// included, but the one it is written in.
    public func targetLocales(of guide: Guide) -> [LocaleID] {
        let written = guide.locale ?? sourceLocale
        return ([sourceLocale] + locales).filter { $0 != written }
    }

    /// The language a guide is written in.
    public func writtenLocale(of guide: Guide) -> LocaleID { guide.locale ?? sourceLocale }

    /// Reads an interface catalog into `interface`.
    mutating func loadInterface(reader: ProjectReader, path: String, locale: LocaleID) {
        let text: String
        switch reader.text(path, limit: Self.maximumBytes, what: "the catalog") {
        case .success(let read): text = read
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return
        }
        sources[path] = text
        let (catalog, found) = POParser.parse(text, file: path, allowPlurals: true)
        diagnostics += found
        interface.project[locale] = catalog
        folders[locale] = folders[locale] ?? String(path.split(separator: "/").dropLast().last ?? "")
    }

    /// The path of a guide's template.
    public func templatePath(guide: String) -> String { "\(localesPath)/templates/\(guide).pot" }

    /// The catalog of `guide` in `locale`, if there is one.
    public func catalog(locale: LocaleID, guide: String) -> POFile? { catalogs[locale]?[guide] }

    /// The largest catalog read, in bytes: a guide file may be 1 MiB, and its catalog holds
    /// each text twice (msgid and msgstr) with comments.
    public static let maximumBytes = 4 << 20

    /// Reads every locale folder below `root/localesPath` (a missing folder means no locales).
    public static func load(root: URL, localesPath: String = ProjectConfig.Paths.defaults.locales, sourceLocale: LocaleID = .english) -> Catalogs {
        let reader = ProjectReader(root: root)
        var result = Catalogs(locales: [], catalogs: [:], diagnostics: [], sources: [:], localesPath: localesPath)
        result.sourceLocale = sourceLocale
        let listing = reader.list(localesPath, what: "the locales folder")
        if let diagnostic = listing.diagnostic { result.diagnostics.append(diagnostic) }
        let names = listing.names ?? []
        for name in names where name != "templates" {
            if case .outside(let target) = reader.place("\(localesPath)/\(name)") {
                result.diagnostics.append(ProjectReader.outsideDiagnostic("\(localesPath)/\(name)", target: target, what: "the locale folder"))
                continue
            }
            guard reader.isFolder("\(localesPath)/\(name)") else { continue }
            let poFiles = (reader.list("\(localesPath)/\(name)", what: "the locale folder").names ?? []).filter { $0.hasSuffix(".po") }
            // The source locale's folder holds its interface catalog, and the catalogs of guides written in another language.
            if let locale = LocaleID(name), locale == sourceLocale {
                result.folders[locale] = name
                var catalogs: [String: POFile] = [:]
                for file in poFiles {
                    let path = "\(localesPath)/\(name)/\(file)"
                    if file == InterfaceCatalogs.fileName { result.loadInterface(reader: reader, path: path, locale: locale); continue }
                    if let catalog = result.readCatalog(reader: reader, path: path) { catalogs[String(file.dropLast(3))] = catalog }
                }
                result.catalogs[locale] = catalogs
                continue
            }
            guard let locale = LocaleID(name), locale != sourceLocale else {
                let isSource = LocaleID(name) == sourceLocale
                result.diagnostics.append(
                    Diagnostic(
                        L10nRule.unsupportedLocale, .error,
                        isSource ? "'\(name)' is the source locale; it has no translations" : "'\(name)' is not a locale tag",
                        hint: isSource
                            ? "remove the folder \(localesPath)/\(name) (it may hold only \(InterfaceCatalogs.fileName)), or change source-locale in waymark.yml"
                            : "name locale folders with a language tag such as pt-BR, es or ar",
                        file: "\(localesPath)/\(name)"))
                continue
            }
            guard !result.locales.contains(locale) else {
                result.diagnostics.append(
                    Diagnostic(
                        L10nRule.unsupportedLocale, .error, "'\(name)' is the locale '\(locale)' again (tags ignore case)",
                        hint: "merge the two folders into one", file: "\(localesPath)/\(name)"))
                continue
            }
            result.folders[locale] = name
            result.locales.append(locale)
            var catalogs: [String: POFile] = [:]
            for file in poFiles {
                let path = "\(localesPath)/\(name)/\(file)"
                if file == InterfaceCatalogs.fileName {
                    result.loadInterface(reader: reader, path: path, locale: locale)
                    continue
                }
                let text: String
                switch reader.text(path, limit: maximumBytes, what: "the catalog") {
                case .success(let read): text = read
                case .failure(let diagnostic):
                    result.diagnostics.append(diagnostic)
                    continue
                }
                result.sources[path] = text
                result.diagnostics += InvisibleCharacters.scan(text, file: path)
                let (catalog, diagnostics) = POParser.parse(text, file: path)
                result.diagnostics += diagnostics + POHeaderCheck.check(catalog, text: text, file: path, locale: locale)
                catalogs[String(file.dropLast(3))] = catalog
            }
            result.catalogs[locale] = catalogs
        }
        return result
    }
}
