import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkHelp
import WaymarkRender

/// The embedded help export: checked, rendered guides to the files of a help bundle, in memory.
/// The same input gives the same bytes.
public enum HelpExport {
    /// A file of the bundle, at a path relative to its folder.
    public struct File: Sendable, Hashable {
        public var path: String
        public var data: Data

        /// A file of `data` at `path`.
        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// The bundle: every file, the manifest among them.
    public struct Bundle: Sendable {
        /// Every file, sorted by path, `manifest.json` included.
        public var files: [File]
        /// The manifest as written.
        public var manifest: BundleManifest
    }

    /// Why a bundle could not be made.
    public struct Failure: Error, Sendable {
        /// What went wrong, for a diagnostic.
        public var reason: String

        /// A failure for `reason`.
        public init(reason: String) { self.reason = reason }
    }

    /// The bundle for `input`.
    public static func bundle(_ input: ExportInput) throws(Failure) -> Bundle {
        let source = input.sourceLocale
        let jobs = input.locales.flatMap { locale in input.guides.map { (locale: locale, guide: $0) } }
        var pages: [String: RenderedGuide] = [:]
        var titles: [String: [String: String]] = [:]
        for page in input.pages {
            pages[page.locale.tag + "/" + page.guideID] = page
            titles[page.locale.tag, default: [:]][page.guideID] = page.title.plainText
        }
        let titleTables = titles
        let structured = ParallelMap.map(jobs) { job in
            let tag = job.locale.strings.locale.tag
            return StructuredGuideBuilder(
                builder: input.builder(job.locale, guide: job.guide.id, titles: titleTables[tag] ?? [:]), strings: job.locale.strings, source: source,
                model: input.model, images: input.images, labels: input.labels
            ).guide(job.guide)
        }

        var files: [File] = []
        func add(_ path: String, _ text: String) { files.append(File(path: path, data: Data(text.utf8))) }
        var locales: [BundleManifest.Locale] = []
        var catalog = WebView.Catalog(source: source.tag, locales: [])
        for locale in input.locales {
            let strings = locale.strings
            let (tag, direction) = (strings.locale.tag, strings.locale.isRightToLeft ? "rtl" : "ltr")
            var entries: [BundleManifest.Guide] = []
            for (job, guide) in zip(jobs, structured) where job.locale.strings.locale == strings.locale {
                guard let page = pages[tag + "/" + guide.id] else { continue }
                let counts = locale.completeness[guide.id] ?? BundleManifest.Completeness(current: 1, stale: 0, missing: 0)
                let entry = BundleManifest.Guide(
                    id: guide.id, title: page.title.plainText, summary: page.summary.plainText, topic: page.topic,
                    surfaces: guide.surfaces, platforms: guide.platforms,
                    translation: counts.stale + counts.missing == 0 ? "complete" : "partial", locale: tag)
                let fragment = "<article class=\"waymark-help\" lang=\"\(WebView.escape(tag))\" dir=\"\(direction)\">\n" + page.html + "</article>\n"
                add(entry.html, fragment)
                add(entry.markdown, page.markdown)
                add(entry.json, json(guide))
                add(entry.script, WebView.fragmentScript(locale: tag, guide: guide.id, html: fragment))
                entries.append(entry)
            }
            entries.sort { $0.id < $1.id }
            let total = locale.completeness.values.reduce(into: (0, 0, 0)) { $0 = ($0.0 + $1.current, $0.1 + $1.stale, $0.2 + $1.missing) }
            locales.append(
                BundleManifest.Locale(
                    tag: tag, name: strings.languageName, direction: direction,
                    completeness: BundleManifest.Completeness(current: total.0, stale: total.1, missing: total.2), guides: entries))
            catalog.locales.append(
                WebView.Catalog.Locale(
                    tag: tag, name: strings.languageName, dir: direction, heading: strings.guidesHeading,
                    guides: entries.map { WebView.Catalog.Guide(id: $0.id, title: $0.title, summary: $0.summary) }))
        }
        let context = ContextIndexBuilder.index(input.helpIndex, guides: input.guides, model: input.model)
        add(HelpBundleFormat.contextPath, json(context, pretty: true))
        // A guide a locale does not publish (issue 16) is not searched there: the reader gets it in its own language.
        let ordered = zip(jobs, structured).map(\.1).filter { pages[$0.locale + "/" + $0.id] != nil }.sorted { ($0.locale, $0.id) < ($1.locale, $1.id) }
        do {
            files.append(File(path: HelpBundleFormat.searchPath, data: try SearchDatabaseBuilder.database(ordered, locales: locales.map(\.tag).sorted(), model: input.model)))
        } catch {
            throw Failure(reason: "the search database could not be made: \(error)")
        }
        add(HelpBundleFormat.stylesheetPath, HelpStylesheet.css)
        add(HelpBundleFormat.webViewPath, WebView.indexHTML(source: source.tag, title: input.locales.first?.strings.siteTitle ?? "Help"))
        add("viewer.js", WebView.script)
        add("catalog.js", WebView.catalogScript(catalog))
        let images = ExportImages.used(input)
        files += images.files
        files.sort { $0.path < $1.path }

        let digests = files.map { BundleManifest.File(path: $0.path, size: $0.data.count, sha256: SHA256.hex($0.data)) }
        let date = input.date ?? newestDate(input) ?? "1970-01-01"
        let fingerprint = SHA256.hex(Data(digests.map { "\($0.sha256)  \($0.path)\n" }.joined().utf8))
        let version = input.version ?? "\(date)+\(fingerprint.prefix(12))"
        let manifest = BundleManifest(
            content: .init(version: version, date: date), generator: input.generator,
            sourceLocale: source.tag, locales: locales, files: digests, images: images.entries)
        files.append(File(path: HelpBundleFormat.manifestPath, data: Data(json(manifest, pretty: true).utf8)))
        files.sort { $0.path < $1.path }
        return Bundle(files: files, manifest: manifest)
    }

    /// The newest day the content names: the latest `verified` date of the product model.
    static func newestDate(_ input: ExportInput) -> String? {
        input.model.surfaces.compactMap(\.verified).max()
    }

    static func json<T: Encodable>(_ value: T, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
