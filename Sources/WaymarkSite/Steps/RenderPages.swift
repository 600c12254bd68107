import WaymarkCheck
import WaymarkGuide
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
            files.append(
                SiteFile(path: "help-index.json", text: (build.helpIndex ?? HelpIndex()).json(locales: locales, pageLocale: { build.publication.pageLocale($1, for: $0) })))
            if let baseURL = build.options.baseURL {
                files.append(SiteFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: baseURL, guides: build.guides.map(\.id), locales: locales, publication: build.publication)))
            }
            context.build.files = files
            (context.build.fileCount, context.build.localeCount) = (files.count, build.locales.count)
        }
    }
}
