import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkModel
import WaymarkRender

/// The names templates may use: every key of the contexts the pages are rendered with, read
/// from real contexts of a sample guide (so a value added to `PageContext` is known at once),
/// and which of them hold HTML (`body` and the names ending in `HTML`).
enum TemplateVocabulary {
    static let names: Set<String> = {
        let sample = Guide(
            id: "sample", title: "Sample", summary: "Sample.",
            methods: [
                Method(id: "one", title: "One", items: [.step(Step(id: "s", text: "Open it."))]),
                Method(id: "two", title: "Two", items: [.step(Step(id: "t", text: "Open it."))]),
            ])
        var guide = sample
        guide.topic = "Topic"
        // A related page elsewhere, so that the values only external links have are known too.
        guide.relatedLinks = [ExternalLink(url: "https://example.com/", title: "Elsewhere")]
        let strings = UIStrings.english
        let page = GuideRenderer.render(guide, strings: strings)
        let site = SiteContext(locales: ["ar", "en", "es", "pt-BR"].compactMap(LocaleID.init).map(InterfaceCatalogs().strings(for:)), baseURL: "https://example.com/")
        let groups = IndexGroups(guides: [guide], pages: [page], model: ProductModel(surfaces: []), strings: strings)
        let contexts: [[String: Any]] = [
            PageContext.guide(page, related: [page], strings: strings, site: site),
            PageContext.localeIndex(groups, strings: strings, site: site),
            PageContext.notFound(strings: strings, site: site),
            PageContext.rootIndex(source: strings, site: site),
        ]
        var names: Set<String> = ["products", "hasProducts", "name", "guides", "href", "titleHTML", "summaryHTML", "id"]
        names.formUnion(["standInLang", "standInDir", "noticeHTML"])  // a guide not published in the locale (issue 16)
        func collect(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, inner) in dictionary {
                    names.insert(key)
                    collect(inner)
                }
            } else if let list = value as? [Any] {
                for inner in list { collect(inner) }
            }
        }
        contexts.forEach(collect)
        return names
    }()

    /// Whether a value is already HTML, so that `{{{name}}}` is right for it.
    static func isHTML(_ name: String) -> Bool {
        let last = name.split(separator: ".").last.map(String.init) ?? name
        return last == "body" || last.hasSuffix("HTML")
    }
}
