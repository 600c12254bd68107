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

    /// Reads every locale folder below `root/localesPath` (a missing folder means no locales).
    public static func load(root: URL, localesPath: String = "Content/locales", sourceLocale: LocaleID = .english) -> Catalogs {
        let folder = root.appendingPathComponent(localesPath)
        let fm = FileManager.default
        var result = Catalogs(locales: [], catalogs: [:], diagnostics: [], sources: [:], localesPath: localesPath)
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names where name != "templates" {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
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
            let files = ((try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)) ?? []).filter { $0.hasSuffix(".po") }.sorted()
            for file in files {
                let path = "\(localesPath)/\(name)/\(file)"
                guard let data = fm.contents(atPath: root.appendingPathComponent(path).path), let text = String(data: data, encoding: .utf8) else {
                    result.diagnostics.append(Diagnostic(CommonRule.unreadableFile, .error, "cannot read the catalog as UTF-8 text", file: path))
                    continue
                }
                result.sources[path] = text
                let (catalog, diagnostics) = POParser.parse(text, file: path)
                result.diagnostics += diagnostics
                catalogs[String(file.dropLast(3))] = catalog
            }
            result.catalogs[locale] = catalogs
        }
        return result
    }
}
