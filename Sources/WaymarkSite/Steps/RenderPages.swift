import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkL10n
import WaymarkPipeline
import WaymarkRender

extension BuildStep where Context == SiteBuildContext {
    /// `render`: every page of every guide in every locale through the templates, the index
    /// and search pages, the context-help index and the sitemap, in memory.
    static var render: BuildStep {
        BuildStep("render") { context in
            guard let templates = context.templates else { return }
            let build = context.build
            let inputs = SiteInputs(
                locales: build.locales, labels: ModelLabels(model: build.model), catalogs: build.catalogs, templates: templates,
                assets: context.assets, model: build.model, baseURL: build.options.baseURL, images: build.images ?? PublishedImages(),
                publication: build.publication)
            var files = SitePlanner.plan(guides: build.guides, inputs)
            let locales = build.locales.map(\.locale)
            files.append(SiteFile(path: "help-index.json", text: helpIndex(build, locales: locales)))
            if let baseURL = build.options.baseURL {
                files.append(SiteFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: baseURL, guides: build.guides.map(\.id), locales: locales, publication: build.publication)))
            }
            context.build.files = files
            (context.build.fileCount, context.build.localeCount) = (files.count, build.locales.count)
        }
    }
}

extension BuildStep where Context == SiteBuildContext {
    /// The context-help index; in the preview, the last build's when its inputs are the same.
    static func helpIndex(_ build: BuildContext, locales: [LocaleID]) -> String {
        let index = build.helpIndex ?? HelpIndex()
        func json() -> String { index.json(locales: locales, pageLocale: { build.publication.pageLocale($1, for: $0) }) }
        guard let cache = BuildCache.current else { return json() }
        return cache.text("help-index", inputs: HelpIndexInputs(index: index, publication: build.publication, locales: locales), json)
    }
}

/// What the context-help index is made from.
private struct HelpIndexInputs: Hashable, Sendable {
    var index: HelpIndex, publication: Publication, locales: [LocaleID]
}
