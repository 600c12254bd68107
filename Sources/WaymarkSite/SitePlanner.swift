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
    /// Which guides each locale publishes (issue 16).
    var publication = Publication()
}

/// Decides every file of the site, in memory: pages for each guide and locale, index, search
/// and not-found pages, and the assets of `Public/`. Pure but for listing the assets.
enum SitePlanner {
    /// The site's files.
    static func plan(guides: [Guide], _ inputs: SiteInputs) -> [SiteFile] {
        let locales = inputs.locales
        let source = locales.first?.locale ?? .english
        let publication = inputs.publication
        // A page that is not published is not rendered: its locale links to the stand-in's (issue 16).
        let jobs = locales.flatMap { strings in guides.filter { publication.isPublished($0.id, in: strings.locale) }.map { (guide: $0, strings: strings) } }
        @Sendable func translations(_ locale: LocaleID, _ guide: Guide) -> any GuideTranslations {
            PreparedProject.translations(inputs.catalogs, locale: locale, guide: guide, source: source)
        }
        let cache = BuildCache.current
        let titleTables = Self.titleTables(guides, inputs, cache: cache)
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
        let site = SiteContext(locales: locales, baseURL: inputs.baseURL, publication: publication)
        let guideFiles = ParallelMap.map(Array(zip(jobs, rendered))) { job, rendered -> [SiteFile] in
            let page = rendered.page
            let related = job.guide.related.compactMap { byLocale[publication.pageLocale($0, for: page.locale)]?[$0] }
            // A page shows its related guides' titles: it depends on what they depend on.
            let dependencies = rendered.dependencies + related.flatMap(\.dependencies)
            return cache.cachedOrNot("page", page.locale.tag + "/" + page.guideID, dependsOn: dependencies) {
                let html = inputs.templates.render("guide", PageContext.guide(page, related: related.map(\.page), strings: job.strings, site: site))
                let folder = job.strings.locale.tag + "/" + page.guideID
                return [SiteFile(path: folder + "/index.html", text: html), SiteFile(path: folder + ".md", text: page.markdown)]
            }
        }
        var files = guideFiles.flatMap { $0 }
        // Each locale's index, not-found and search pages, the locales in parallel.
        files += ParallelMap.map(locales) { strings in localeFiles(guides, strings: strings, byLocale: byLocale, site: site, inputs, cache: cache) }.flatMap { $0 }
        if let first = locales.first {
            files.append(SiteFile(path: "index.html", text: inputs.templates.render("root-index", PageContext.rootIndex(source: first, site: site))))
        }
        files += ImageManifest.files(inputs.images)
        return files + inputs.assets
    }

    /// Every guide's title in every locale, for links to other guides (issue 15).
    static func titleTables(_ guides: [Guide], _ inputs: SiteInputs, cache: BuildCache?) -> [LocaleID: TitleTable] {
        let source = inputs.locales.first?.locale ?? .english
        let publication = inputs.publication
        var titles: [LocaleID: TitleTable] = [:]
        for strings in inputs.locales {
            let shown = { (guide: Guide) in publication.pageLocale(guide.id, for: strings.locale) }
            // A title the source stands in for is in its guide's language (issue 16).
            let table = PlannedPages.titles(guides, locale: strings.locale, cache: cache) { guide in
                PreparedProject.shownTitle(guide, in: shown(guide), catalogs: inputs.catalogs, source: source)
            }
            // A guide the locale does not publish links to its stand-in's page (issue 16).
            let pageLocales = Dictionary(
                guides.compactMap { guide in shown(guide) == strings.locale ? nil : (guide.id, shown(guide).tag) }, uniquingKeysWith: { first, _ in first })
            titles[strings.locale] = TitleTable(table, for: strings.locale, pageLocales: pageLocales)
        }
        return titles
    }

    /// One locale's index, not-found page and search index.
    static func localeFiles(
        _ guides: [Guide], strings: UIStrings, byLocale: [LocaleID: [String: PlannedPages.Rendered]], site: SiteContext, _ inputs: SiteInputs,
        cache: BuildCache? = nil
    ) -> [SiteFile] {
        let publication = inputs.publication
        // An unpublished guide is listed with its stand-in's page (and a notice); search finds only the locale's own.
        let listed = guides.filter { byLocale[publication.pageLocale($0.id, for: strings.locale)]?[$0.id] != nil }
        let listedPages = listed.compactMap { byLocale[publication.pageLocale($0.id, for: strings.locale)]?[$0.id] }
        func index() -> String {
            let groups = IndexGroups(guides: listed, pages: listedPages.map(\.page), model: inputs.model, strings: strings)
            return inputs.templates.render("locale-index", PageContext.localeIndex(groups, strings: strings, site: site))
        }
        func notFound() -> String { inputs.templates.render("not-found", PageContext.notFound(strings: strings, site: site)) }
        var files: [SiteFile] = []
        if let cache {
            // In the preview, the index is the last build's when it lists the same renderings
            // with the same publication (the locale's words, the model and the templates clear the cache).
            let inputs = ListingInputs(serials: listedPages.map(\.serial), publication: publication)
            files.append(SiteFile(path: strings.locale.tag + "/index.html", text: cache.text("locale-index:" + strings.locale.tag, inputs: inputs, index)))
            files.append(SiteFile(path: strings.locale.tag + "/404.html", text: cache.text("not-found:" + strings.locale.tag, inputs: publication, notFound)))
        } else {
            files += [SiteFile(path: strings.locale.tag + "/index.html", text: index()), SiteFile(path: strings.locale.tag + "/404.html", text: notFound())]
        }
        let own = listedPages.filter { $0.page.locale == strings.locale }
        files.append(SiteFile(path: strings.locale.tag + "/search-index.js", text: SearchIndex.script(own, locale: strings.locale, cache: cache)))
        return files
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

/// What a locale's index is made from, beside the locale's words, the model and the templates:
/// the renderings it lists (by serial) and the publication.
private struct ListingInputs: Hashable, Sendable {
    var serials: [Int]
    var publication: Publication
}
