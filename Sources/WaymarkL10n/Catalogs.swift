import Foundation
import WaymarkBase
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

    /// Catalogs given as values (for tests and tools that build them in memory).
    public init(locales: [LocaleID], catalogs: [LocaleID: [String: POFile]], localesPath: String = "Content/locales") {
        self.init(locales: locales, catalogs: catalogs, diagnostics: [], sources: [:], localesPath: localesPath)
    }

    init(locales: [LocaleID], catalogs: [LocaleID: [String: POFile]], diagnostics: [Diagnostic], sources: [String: String], localesPath: String) {
        self.locales = locales
        self.catalogs = catalogs
        self.diagnostics = diagnostics
        self.sources = sources
        self.localesPath = localesPath
    }

    /// The path of a locale's catalog for a guide.
    public func path(locale: LocaleID, guide: String) -> String { "\(localesPath)/\(locale.tag)/\(guide).po" }

    /// The path of a guide's template.
    public func templatePath(guide: String) -> String { "\(localesPath)/templates/\(guide).pot" }

    /// The catalog of `guide` in `locale`, if there is one.
    public func catalog(locale: LocaleID, guide: String) -> POFile? { catalogs[locale]?[guide] }

    /// The largest catalog read, in bytes: a guide file may be 1 MiB, and its catalog holds
    /// each text twice (msgid and msgstr) with comments.
    public static let maximumBytes = 4 << 20

    /// Reads every locale folder below `root/localesPath` (a missing folder means no locales).
    public static func load(root: URL, localesPath: String = "Content/locales", sourceLocale: LocaleID = .english) -> Catalogs {
        let reader = ProjectReader(root: root)
        var result = Catalogs(locales: [], catalogs: [:], diagnostics: [], sources: [:], localesPath: localesPath)
        let listing = reader.list(localesPath, what: "the locales folder")
        if let diagnostic = listing.diagnostic { result.diagnostics.append(diagnostic) }
        let names = listing.names ?? []
        for name in names where name != "templates" {
            if case .outside(let target) = reader.place("\(localesPath)/\(name)") {
                result.diagnostics.append(ProjectReader.outsideDiagnostic("\(localesPath)/\(name)", target: target, what: "the locale folder"))
                continue
            }
            guard reader.isFolder("\(localesPath)/\(name)") else { continue }
            guard let locale = LocaleID(name), locale != sourceLocale else {
                let isSource = LocaleID(name) == sourceLocale
                result.diagnostics.append(Diagnostic(L10nRule.unsupportedLocale, .error,
                                                     isSource ? "'\(name)' is the source locale; it has no translations" : "'\(name)' is not a locale tag",
                                                     hint: isSource ? "remove the folder \(localesPath)/\(name), or change source-locale in waymark.yml"
                                                         : "name locale folders with a language tag such as pt-BR, es or ar",
                                                     file: "\(localesPath)/\(name)"))
                continue
            }
            guard UIStrings.forLocale(locale) != nil else {
                let known = UIStrings.supportedLocales.map(\.tag).joined(separator: ", ")
                result.diagnostics.append(Diagnostic(L10nRule.unsupportedLocale, .error, "waymark has no interface strings for '\(name)' yet",
                                                     hint: "the locales it has are: \(known)", file: "\(localesPath)/\(name)"))
                continue
            }
            result.locales.append(locale)
            var catalogs: [String: POFile] = [:]
            let files = (reader.list("\(localesPath)/\(name)", what: "the locale folder").names ?? []).filter { $0.hasSuffix(".po") }
            for file in files {
                let path = "\(localesPath)/\(name)/\(file)"
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
