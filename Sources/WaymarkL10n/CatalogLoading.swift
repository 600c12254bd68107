import Foundation
import WaymarkBase

/// Reads a project's catalogs: the folders are listed in order, then every catalog is read and
/// parsed on all cores, and the results are taken in the listing's order, so the catalogs and
/// their diagnostics are the same as a serial read.
enum CatalogLoading {
    /// What a file of a locale folder is.
    enum Kind: Sendable {
        /// `_interface.po`: plural entries allowed.
        case interface
        /// A guide catalog in the source locale's folder (a guide written in another language).
        case sourceGuide
        /// A guide catalog of a translation locale: scanned for invisible characters, its header checked.
        case guide
    }

    /// One catalog to read, or a problem of the folders found while listing them, in order.
    enum Step: Sendable {
        case problem(Diagnostic)
        case file(Kind, LocaleID, path: String, key: String)
        case locale(LocaleID, folder: String, isSource: Bool)
    }

    /// A catalog read: its text (for diagnostics), the catalog, its problems.
    struct Read: Sendable {
        var text: String?
        var catalog: POFile?
        var diagnostics: [Diagnostic]
    }

    static func load(root: URL, localesPath: String, sourceLocale: LocaleID) -> Catalogs {
        let reader = ProjectReader(root: root)
        var result = Catalogs(locales: [], catalogs: [:], diagnostics: [], sources: [:], localesPath: localesPath)
        result.sourceLocale = sourceLocale
        let steps = listing(reader: reader, localesPath: localesPath, sourceLocale: sourceLocale)
        let files = steps.compactMap { step -> (Kind, LocaleID, String)? in
            guard case .file(let kind, let locale, let path, _) = step else { return nil }
            return (kind, locale, path)
        }
        let cache = BuildCache.current
        let reads = ParallelMap.map(files) { kind, locale, path in read(reader: reader, kind: kind, locale: locale, path: path, cache: cache) }
        var next = 0
        for step in steps {
            switch step {
            case .problem(let diagnostic):
                result.diagnostics.append(diagnostic)
            case .locale(let locale, let folder, let isSource):
                result.folders[locale] = folder
                if !isSource { result.locales.append(locale) }
                result.catalogs[locale] = [:]
            case .file(let kind, let locale, let path, let key):
                let read = reads[next]
                next += 1
                result.diagnostics += read.diagnostics
                if let text = read.text { result.sources[path] = text }
                guard let catalog = read.catalog else { continue }
                if case .interface = kind {
                    result.interface.project[locale] = catalog
                } else {
                    result.catalogs[locale, default: [:]][key] = catalog
                }
            }
        }
        return result
    }

    /// Reads and parses one catalog.
    static func read(reader: ProjectReader, kind: Kind, locale: LocaleID, path: String, cache: BuildCache? = nil) -> Read {
        // `waymark serve` reads a catalog again only when it changed, and parses it only when its text did.
        let read = cache.readOrKept("catalog \(kind) \(locale)", path: path, read: { reader.text(path, limit: Catalogs.maximumBytes, what: "the catalog") }) {
            text in parse(text, kind: kind, locale: locale, path: path)
        }
        switch read {
        case .success(let (_, parsed)): return parsed
        case .failure(let diagnostic): return Read(text: nil, catalog: nil, diagnostics: [diagnostic])
        }
    }

    static func parse(_ text: String, kind: Kind, locale: LocaleID, path: String) -> Read {
        switch kind {
        case .interface:
            let (catalog, found) = POParser.parse(text, file: path, allowPlurals: true)
            return Read(text: text, catalog: catalog, diagnostics: found)
        case .sourceGuide:
            let (catalog, found) = POParser.parse(text, file: path)
            return Read(text: text, catalog: catalog, diagnostics: found)
        case .guide:
            let invisible = InvisibleCharacters.scan(text, file: path)
            let (catalog, found) = POParser.parse(text, file: path)
            let header = POHeaderCheck.check(catalog, text: text, file: path, locale: locale)
            return Read(text: text, catalog: catalog, diagnostics: invisible + found + header)
        }
    }

    /// The locale folders and their catalogs, in the order they are listed, with the folders' problems.
    static func listing(reader: ProjectReader, localesPath: String, sourceLocale: LocaleID) -> [Step] {
        var steps: [Step] = []
        let listing = reader.list(localesPath, what: "the locales folder")
        if let diagnostic = listing.diagnostic { steps.append(.problem(diagnostic)) }
        var seen: [LocaleID] = []
        for name in listing.names ?? [] where name != "templates" {
            if case .outside(let target) = reader.place("\(localesPath)/\(name)") {
                steps.append(.problem(ProjectReader.outsideDiagnostic("\(localesPath)/\(name)", target: target, what: "the locale folder")))
                continue
            }
            guard reader.isFolder("\(localesPath)/\(name)") else { continue }
            let poFiles = (reader.list("\(localesPath)/\(name)", what: "the locale folder").names ?? []).filter { $0.hasSuffix(".po") }
            let isSource = LocaleID(name) == sourceLocale
            guard let locale = LocaleID(name), isSource || !seen.contains(locale) else {
                steps.append(.problem(folderProblem(name, isSource: isSource, isRepeat: LocaleID(name) != nil, localesPath: localesPath)))
                continue
            }
            // The source locale's folder holds its interface catalog, and the catalogs of guides written in another language.
            if !isSource { seen.append(locale) }
            steps.append(.locale(locale, folder: name, isSource: isSource))
            for file in poFiles {
                let path = "\(localesPath)/\(name)/\(file)"
                let kind: Kind = file == InterfaceCatalogs.fileName ? .interface : (isSource ? .sourceGuide : .guide)
                steps.append(.file(kind, locale, path: path, key: String(file.dropLast(3))))
            }
        }
        return steps
    }

    /// A locale folder that cannot be used: not a tag, or a locale that already has a folder.
    static func folderProblem(_ name: String, isSource: Bool, isRepeat: Bool, localesPath: String) -> Diagnostic {
        if isRepeat {
            return Diagnostic(
                L10nRule.unsupportedLocale, "'\(name)' is the locale '\(LocaleID(name)!)' again (tags ignore case)",
                hint: "merge the two folders into one", file: "\(localesPath)/\(name)")
        }
        return Diagnostic(
            L10nRule.unsupportedLocale,
            isSource ? "'\(name)' is the source locale; it has no translations" : "'\(name)' is not a locale tag",
            hint: isSource
                ? "remove the folder \(localesPath)/\(name) (it may hold only \(InterfaceCatalogs.fileName)), or change source-locale in waymark.yml"
                : "name locale folders with a language tag such as pt-BR, es or ar",
            file: "\(localesPath)/\(name)")
    }
}
