import WaymarkBase
import WaymarkRender

/// The values templates see, as plain dictionaries (documented in the README).
enum PageContext {
    /// What every page has: language, direction, the path back to the site root, UI strings.
    static func common(strings: UIStrings, root: String, locales: [UIStrings]) -> [String: Any] {
        [
            "lang": strings.locale.tag,
            "dir": strings.locale.isRightToLeft ? "rtl" : "ltr",
            "root": root,
            "siteTitle": strings.siteTitle,
            "strings": [
                "skipToContent": strings.skipToContent,
                "markdownLink": strings.markdownLink,
                "allGuides": strings.allGuides,
                "guidesHeading": strings.guidesHeading,
                "languagesLabel": strings.languagesLabel,
            ],
            "languages": locales.map { other in
                [
                    "lang": other.locale.tag,
                    "name": other.languageName,
                    "href": root + other.locale.tag + "/index.html",
                    "current": other.locale == strings.locale,
                ] as [String: Any]
            },
        ]
    }

    static func guide(_ page: RenderedGuide, strings: UIStrings, locales: [UIStrings]) -> [String: Any] {
        var context = common(strings: strings, root: "../../", locales: locales)
        context["pageTitle"] = page.title.plainText + " · " + strings.siteTitle
        context["description"] = page.summary.plainText
        context["guideID"] = page.guideID
        context["body"] = page.html
        context["markdownHref"] = "../\(page.guideID).md"
        context["indexHref"] = "../index.html"
        return context
    }

    static func localeIndex(_ pages: [RenderedGuide], strings: UIStrings, locales: [UIStrings]) -> [String: Any] {
        var context = common(strings: strings, root: "../", locales: locales)
        context["pageTitle"] = strings.siteTitle
        context["description"] = strings.siteTitle
        context["guides"] = pages.map { page in
            [
                "href": "\(page.guideID)/index.html",
                "titleHTML": page.title.html,
                "summaryHTML": page.summary.html,
                "id": page.guideID,
            ]
        }
        return context
    }

    static func rootIndex(source: UIStrings, locales: [UIStrings]) -> [String: Any] {
        var context = common(strings: source, root: "", locales: locales)
        context["pageTitle"] = source.siteTitle
        context["description"] = source.siteTitle
        return context
    }
}
