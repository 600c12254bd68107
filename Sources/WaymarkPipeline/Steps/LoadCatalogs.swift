import WaymarkBase
import WaymarkL10n
import WaymarkProject

extension BuildStep where Context == BuildContext {
    /// `load-catalogs`: the translation catalogs, kept to the locales `waymark.yml` lists.
    /// Their own problems are reported by `check-translations` (`waymark check` leaves them out).
    public static var loadCatalogs: BuildStep {
        BuildStep("load-catalogs") { context in
            let project = context.project
            var catalogs = Catalogs.load(root: project.root, localesPath: project.paths.locales, sourceLocale: project.sourceLocale)
            if let wanted = project.config.locales { context.report(LocaleSelection.select(wanted, from: &catalogs, config: project.config)) }
            context.catalogs = catalogs
        }
    }
}

/// The locales `waymark.yml` lists.
public enum LocaleSelection {
    /// Keeps the catalogs of the locales `waymark.yml` lists, and reports listed locales without a folder.
    public static func select(_ wanted: [LocaleID], from catalogs: inout Catalogs, config: ProjectConfig) -> [Diagnostic] {
        let missing = wanted.filter { !catalogs.locales.contains($0) }
        let wantedFolders = Set(wanted.map { "\(catalogs.localesPath)/\(catalogs.folders[$0] ?? $0.tag)" })
        // Everything about a locale folder that is not listed goes, its problems included.
        let localesPath = catalogs.localesPath
        func isSkipped(_ path: String?) -> Bool {
            guard let path, path.hasPrefix(localesPath + "/") else { return false }
            let folder = path.split(separator: "/").prefix(localesPath.split(separator: "/").count + 1).joined(separator: "/")
            return !wantedFolders.contains(folder) && !folder.hasSuffix("/templates")
        }
        let unsupported = Set(catalogs.diagnostics.filter { $0.rule == L10nRule.unsupportedLocale }.compactMap(\.file))
        catalogs.diagnostics = catalogs.diagnostics.filter { !isSkipped($0.file) }
        catalogs.sources = catalogs.sources.filter { !isSkipped($0.key) }
        catalogs.locales = catalogs.locales.filter(wanted.contains)
        catalogs.catalogs = catalogs.catalogs.filter { wanted.contains($0.key) }
        return missing.compactMap { locale in
            let folder = "\(catalogs.localesPath)/\(locale)"
            // A folder that exists but cannot be used is already reported by the catalogs.
            guard !unsupported.contains(folder) else { return nil }
            return Diagnostic(
                ConfigRule.invalidValue, "waymark.yml lists the locale '\(locale)', but \(folder) does not exist",
                hint: "create its catalogs with `waymark l10n update --locale \(locale)`, or remove it from 'locales'",
                file: config.file, at: config.localeRanges[locale], locale: locale)
        }
    }
}
