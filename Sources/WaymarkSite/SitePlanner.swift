import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkRender

/// Decides every file of the site, in memory: pages for each guide and locale, index
/// pages, and the assets of `Public/`. Pure but for listing the assets.
enum SitePlanner {
    /// The site's files and any problem found while planning them.
    static func plan(
        guides: [Guide], locales: [UIStrings], labels: any ProductLabels, catalogs: Catalogs, templates: TemplateSet, assets: [SiteFile]
    ) -> [SiteFile] {
        let source = locales.first?.locale ?? .english
        let jobs = locales.flatMap { strings in guides.map { (guide: $0, strings: strings) } }
        let rendered = ParallelMap.map(jobs) { job -> (RenderedGuide, [SiteFile]) in
            let translations: any GuideTranslations = job.strings.locale == source
                ? SourceTexts()
                : CatalogTranslations(catalog: catalogs.catalog(locale: job.strings.locale, guide: job.guide.id) ?? POFile(header: [], entries: []))
            let page = GuideRenderer.render(job.guide, strings: job.strings, labels: labels, translations: translations, sourceLocale: source)
            let html = templates.render("guide", PageContext.guide(page, strings: job.strings, locales: locales))
            let folder = job.strings.locale.tag + "/" + page.guideID
            return (page, [
                SiteFile(path: folder + "/index.html", text: html),
                SiteFile(path: folder + ".md", text: page.markdown),
            ])
        }
        var files = rendered.flatMap(\.1)
        for strings in locales {
            let pages = rendered.map(\.0).filter { $0.locale == strings.locale }
            let html = templates.render("locale-index", PageContext.localeIndex(pages, strings: strings, locales: locales))
            files.append(SiteFile(path: strings.locale.tag + "/index.html", text: html))
        }
        if let source = locales.first {
            files.append(SiteFile(path: "index.html", text: templates.render("root-index", PageContext.rootIndex(source: source, locales: locales))))
        }
        return files + assets
    }

    /// The paths the build generates, to keep assets from taking them.
    static func generatedPaths(guideIDs: [String], locales: [LocaleID]) -> Set<String> {
        var paths: Set<String> = ["index.html", "help-index.json", "sitemap.xml"]
        for locale in locales {
            paths.insert("\(locale.tag)/index.html")
            for id in guideIDs {
                paths.insert("\(locale.tag)/\(id)/index.html")
                paths.insert("\(locale.tag)/\(id).md")
            }
        }
        return paths
    }

    /// Every file below `Public/`, except dotfiles, at the same path in the site.
    static func assets(in folder: URL, publicPath: String, taken: Set<String>) -> ([SiteFile], [Diagnostic]) {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return ([], []) }
        var files: [SiteFile] = []
        var diagnostics: [Diagnostic] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            guard SiteFile.isContained(path) else { continue }
            let clashes = taken.contains(path) || taken.contains { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
            if clashes || path == SiteWriter.markerName {
                diagnostics.append(Diagnostic(SiteRule.assetConflict, .error, "the asset \(publicPath)/\(path) has the same path as a generated page",
                                              hint: "rename or move it; generated pages own /<locale>/ and /index.html", file: publicPath + "/" + path))
                continue
            }
            files.append(SiteFile(path: path, copying: url))
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}
