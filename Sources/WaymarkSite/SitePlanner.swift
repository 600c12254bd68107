import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkModel
import WaymarkPipeline
import WaymarkRender

/// What the planner needs besides the guides.
struct SiteInputs {
    var locales: [UIStrings]
    var labels: any ProductLabels
    var catalogs: Catalogs
    var templates: TemplateSet
    var assets: [SiteFile]
    var model: ProductModel
    var baseURL: String?
    /// The images the guides show (issue 15).
    var images = PublishedImages()
}

/// Decides every file of the site, in memory: pages for each guide and locale, index, search
/// and not-found pages, and the assets of `Public/`. Pure but for listing the assets.
enum SitePlanner {
    /// The site's files.
    static func plan(guides: [Guide], _ inputs: SiteInputs) -> [SiteFile] {
        let locales = inputs.locales
        let source = locales.first?.locale ?? .english
        let jobs = locales.flatMap { strings in guides.map { (guide: $0, strings: strings) } }
        @Sendable func translations(_ locale: LocaleID, _ guide: Guide) -> any GuideTranslations {
            PreparedProject.translations(inputs.catalogs, locale: locale, guide: guide, source: source)
        }
        // Every guide's title in every locale, for links to other guides (issue 15).
        let cache = BuildCache.current
        var titles: [LocaleID: TitleTable] = [:]
        for strings in locales {
            let table = PlannedPages.titles(guides, locale: strings.locale, cache: cache) { guide in
                CMark.renderInline(translations(strings.locale, guide).text(for: TranslationKey.guide("title"), source: guide.title.markdown).markdown).plainText
            }
            titles[strings.locale] = TitleTable(table)
        }
        let titleTables = titles
        // First every guide in every locale, then the pages that link them to each other.
        let rendered = ParallelMap.map(jobs) { job -> PlannedPages.Rendered in
            PlannedPages.rendered(job.guide, locale: job.strings.locale, titles: titleTables[job.strings.locale] ?? TitleTable([:]), cache: cache) { titles in
                // A guide is the source in the language it is written in, and translated in every other.
                GuideRenderer.render(
                    job.guide, strings: job.strings, labels: inputs.labels,
                    translations: translations(job.strings.locale, job.guide),
                    sourceLocale: job.guide.locale ?? source, guideTitles: titles, images: inputs.images)
            }
        }
        var pagesByLocale: [LocaleID: [String: PlannedPages.Rendered]] = [:]
        for page in rendered { pagesByLocale[page.page.locale, default: [:]][page.page.guideID] = page }
        let byLocale = pagesByLocale
        let site = SiteContext(locales: locales, baseURL: inputs.baseURL)
        let guideFiles = ParallelMap.map(Array(zip(jobs, rendered))) { job, rendered -> [SiteFile] in
            let related = job.guide.related.compactMap { byLocale[rendered.page.locale]?[$0] }
            let page = rendered.page
            // A page shows its related guides' titles: it depends on what they depend on.
            let dependencies = rendered.dependencies + related.flatMap(\.dependencies)
            return cache.cachedOrNot("page", page.locale.tag + "/" + page.guideID, dependsOn: dependencies) {
                let html = inputs.templates.render("guide", PageContext.guide(page, related: related.map(\.page), strings: job.strings, site: site))
                let folder = job.strings.locale.tag + "/" + page.guideID
                return [SiteFile(path: folder + "/index.html", text: html), SiteFile(path: folder + ".md", text: page.markdown)]
            }
        }
        var files = guideFiles.flatMap { $0 }
        for strings in locales {
            let localePages = guides.compactMap { byLocale[strings.locale]?[$0.id]?.page }
            let groups = IndexGroups(guides: guides, pages: localePages, model: inputs.model, strings: strings)
            files.append(
                SiteFile(
                    path: strings.locale.tag + "/index.html",
                    text: inputs.templates.render("locale-index", PageContext.localeIndex(groups, strings: strings, site: site))))
            files.append(
                SiteFile(
                    path: strings.locale.tag + "/404.html",
                    text: inputs.templates.render("not-found", PageContext.notFound(strings: strings, site: site))))
            files.append(SiteFile(path: strings.locale.tag + "/search-index.js", text: SearchIndex.script(localePages, locale: strings.locale)))
        }
        if let first = locales.first {
            files.append(SiteFile(path: "index.html", text: inputs.templates.render("root-index", PageContext.rootIndex(source: first, site: site))))
        }
        files += ImageManifest.files(inputs.images)
        return files + inputs.assets
    }

    /// The paths the build generates, to keep assets from taking them.
    static func generatedPaths(guideIDs: [String], locales: [LocaleID]) -> Set<String> {
        var paths: Set<String> = ["index.html", "help-index.json", "sitemap.xml", "images/index.json"]
        for locale in locales {
            paths.insert("\(locale.tag)/index.html")
            paths.insert("\(locale.tag)/404.html")
            paths.insert("\(locale.tag)/search-index.js")
            for id in guideIDs {
                paths.insert("\(locale.tag)/\(id)/index.html")
                paths.insert("\(locale.tag)/\(id).md")
            }
        }
        return paths
    }

    /// Every file below `Public/`, except dotfiles, at the same path in the site.
    static func assets(root: URL, publicPath: String, taken: Set<String>) -> ([SiteFile], [Diagnostic]) {
        let reader = ProjectReader(root: root)
        // Links out of the project are reported, not skipped: a skipped asset is a broken page.
        let found = reader.files(under: publicPath, what: "the asset")
        var files: [SiteFile] = []
        var diagnostics: [Diagnostic] = found.diagnostics
        for path in found.paths {
            guard SiteFile.isContained(path), case .inside(let real) = reader.place(publicPath + "/" + path) else { continue }
            let clashes = taken.contains(path) || taken.contains { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
            if clashes || path == SiteWriter.markerName {
                diagnostics.append(
                    Diagnostic(
                        SiteRule.assetConflict, "the asset \(publicPath)/\(path) has the same path as a generated page",
                        hint: "rename or move it; generated pages own /<locale>/ and /index.html", file: publicPath + "/" + path))
                continue
            }
            files.append(SiteFile(path: path, copying: URL(fileURLWithPath: real)))
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}
