import WaymarkBase
import WaymarkL10n
import WaymarkRender

/// What every page of a build shares: its locales and the address it is served from.
struct SiteContext {
    var locales: [UIStrings]
    var baseURL: String?
    /// Which guides each locale publishes (issue 16).
    var publication = Publication()

    /// The absolute address of a page (path relative to the site root), when the base is known.
    func absolute(_ path: String) -> String? {
        baseURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + path }
    }
}

/// The values templates see, as plain dictionaries (documented in the README).
enum PageContext {
    /// What every page has: language, direction, the path back to the site root, UI strings,
    /// metadata, search, and the same page in every locale (`path` gives a locale's page,
    /// relative to the site root).
    static func common(strings: UIStrings, site: SiteContext, root: String, localeRoot: String, path: (LocaleID) -> String) -> [String: Any] {
        let languages = site.locales.map { other in
            [
                "lang": other.locale.tag,
                "dir": other.locale.isRightToLeft ? "rtl" : "ltr",
                "name": other.languageName,
                "href": root + path(other.locale),
                "current": other.locale == strings.locale,
            ] as [String: Any]
        }
        let pluralCategories = ["zero", "one", "two", "few", "many", "other"]
        var context: [String: Any] = [
            "lang": strings.locale.tag,
            "dir": strings.locale.isRightToLeft ? "rtl" : "ltr",
            "root": root,
            "localeRoot": localeRoot,
            "siteTitle": strings.siteTitle,
            "ogLocale": strings.locale.tag.replacingOccurrences(of: "-", with: "_"),
            "strings": [
                "skipToContent": strings.skipToContent,
                "markdownLink": strings.markdownLink,
                "allGuides": strings.allGuides,
                "guidesHeading": strings.guidesHeading,
                "languagesLabel": strings.languagesLabel,
                "otherLanguages": strings.otherLanguages,
                "searchLabel": strings.site.searchLabel,
                "searchNone": strings.site.searchNone,
                "breadcrumb": strings.site.breadcrumb,
                "onThisPage": strings.site.onThisPage,
                "relatedGuides": strings.site.relatedGuides,
                "copyLink": strings.site.copyLink,
                "linkCopied": strings.site.linkCopied,
                "byTopic": strings.site.byTopic,
                "byProduct": strings.site.byProduct,
                "notFoundTitle": strings.site.notFoundTitle,
                "notFoundText": strings.site.notFoundText,
            ],
            "searchResults": pluralCategories.compactMap { category in
                strings.site.searchResults[category].map { ["category": category, "text": $0] }
            },
            "hasSearch": true,
            "languages": languages,
            "alternates": languages.filter { ($0["current"] as? Bool) == false },
            "hasAlternates": site.locales.count > 1,
        ]
        if let canonical = site.absolute(path(strings.locale)) { context["canonical"] = canonical }
        return context
    }

    static func guide(_ page: RenderedGuide, related: [RenderedGuide], strings: UIStrings, site: SiteContext) -> [String: Any] {
        var context = common(strings: strings, site: site, root: "../../", localeRoot: "../") { "\($0.tag)/\(page.guideID)/index.html" }
        onlyPublished(&context, guide: page.guideID, site: site)
        context["pageTitle"] = page.title.plainText + " · " + strings.siteTitle
        context["ogTitle"] = page.title.plainText
        context["ogType"] = "article"
        context["description"] = page.summary.plainText
        context["guideID"] = page.guideID
        context["body"] = page.html
        context["titleText"] = page.title.plainText
        context["markdownHref"] = "../\(page.guideID).md"
        context["indexHref"] = "../index.html"
        if let topic = page.topic { context["topic"] = topic }
        if page.methods.count > 1 {
            context["onThisPage"] = page.methods.map { ["href": "#" + $0.id, "title": $0.title] }
            context["hasOnThisPage"] = true
        }
        if !related.isEmpty || !page.relatedLinks.isEmpty {
            context["related"] =
                related.map { other in
                    (["href": "../\(other.guideID)/index.html", "titleHTML": titleHTML(other), "summaryHTML": summaryHTML(other)] as [String: Any])
                        .merging(standInFields(other, strings: strings, site: site, up: "../../")) { _, new in new }
                }
                + page.relatedLinks.map { link in
                    // Issue 15: a page outside the help site, with its title (marked when it falls back, issue 16) and a note for screen readers.
                    [
                        "href": link.url, "titleHTML": inLanguage(HTMLEscaping.escape(link.title), link.titleLocale, within: page.locale), "external": true,
                        "externalNote": strings.format.externalLink,
                    ] as [String: Any]
                }
            context["hasRelated"] = true
        }
        return context
    }

    static func localeIndex(_ groups: IndexGroups, strings: UIStrings, site: SiteContext) -> [String: Any] {
        var context = common(strings: strings, site: site, root: "../", localeRoot: "") { "\($0.tag)/index.html" }
        context["pageTitle"] = strings.siteTitle
        context["ogTitle"] = strings.siteTitle
        context["ogType"] = "website"
        context["description"] = strings.siteTitle
        func entries(_ pages: [RenderedGuide]) -> [[String: String]] {
            pages.map {
                ["href": "\($0.guideID)/index.html", "titleHTML": titleHTML($0), "summaryHTML": summaryHTML($0), "id": $0.guideID]
                    .merging(standInFields($0, strings: strings, site: site, up: "../")) { _, new in new }
            }
        }
        context["guides"] = entries(groups.all)
        if !groups.topics.isEmpty {
            context["topics"] = groups.topics.map { ["name": $0.name, "guides": entries($0.pages)] as [String: Any] }
            context["hasTopics"] = true
        }
        if !groups.products.isEmpty {
            context["products"] = groups.products.map { ["name": $0.name, "guides": entries($0.pages)] as [String: Any] }
            context["hasProducts"] = true
        }
        return context
    }

    static func notFound(strings: UIStrings, site: SiteContext) -> [String: Any] {
        var context = common(strings: strings, site: site, root: "../", localeRoot: "") { "\($0.tag)/404.html" }
        context["pageTitle"] = strings.site.notFoundTitle + " · " + strings.siteTitle
        context["ogTitle"] = strings.site.notFoundTitle
        context["ogType"] = "website"
        context["description"] = strings.site.notFoundText
        context["canonical"] = nil
        // Hosts serve a 404 page at any address: with a known base, its links are absolute.
        if let base = site.absolute("") {
            context["root"] = base
            context["localeRoot"] = base + strings.locale.tag + "/"
            context["languages"] = (context["languages"] as? [[String: Any]] ?? []).map { language in
                var language = language
                language["href"] = base + ((language["lang"] as? String) ?? "") + "/404.html"
                return language
            }
            context["alternates"] = [[String: Any]]()
        }
        return context
    }

    static func rootIndex(source: UIStrings, site: SiteContext) -> [String: Any] {
        var context = common(strings: source, site: site, root: "", localeRoot: source.locale.tag + "/") { "\($0.tag)/index.html" }
        // The root page is no locale's page: its body lists the languages; no switcher, no alternates, no search.
        context["hasAlternates"] = false
        context["alternates"] = [[String: Any]]()
        context["hasSearch"] = false
        context["canonical"] = site.absolute("")
        context["pageTitle"] = source.siteTitle
        context["ogTitle"] = source.siteTitle
        context["ogType"] = "website"
        context["description"] = source.siteTitle
        return context
    }
}
