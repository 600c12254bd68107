import WaymarkBase
import WaymarkRender

/// The values templates see, as plain dictionaries (documented in the README).
enum PageContext {
    /// What every page has: language, direction, the path back to the site root, UI strings,
    /// and the same page in every locale (`path` gives a locale's page, relative to the root).
    static func common(strings: UIStrings, root: String, locales: [UIStrings], path: (LocaleID) -> String) -> [String: Any] {
        let languages = locales.map { other in
            [
                "lang": other.locale.tag,
                "dir": other.locale.isRightToLeft ? "rtl" : "ltr",
                "name": other.languageName,
                "href": root + path(other.locale),
                "current": other.locale == strings.locale,
            ] as [String: Any]
        }
        return [
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
                "otherLanguages": strings.otherLanguages,
            ],
            "languages": languages,
            "alternates": languages.filter { ($0["current"] as? Bool) == false },
            "hasAlternates": locales.count > 1,
        ]
    }

    static func guide(_ page: RenderedGuide, strings: UIStrings, locales: [UIStrings]) -> [String: Any] {
        var context = common(strings: strings, root: "../../", locales: locales) { "\($0.tag)/\(page.guideID)/index.html" }
        context["pageTitle"] = page.title.plainText + " · " + strings.siteTitle
        context["description"] = page.summary.plainText
        context["guideID"] = page.guideID
        context["body"] = page.html
        context["markdownHref"] = "../\(page.guideID).md"
        context["indexHref"] = "../index.html"
        return context
    }

    static func localeIndex(_ pages: [RenderedGuide], strings: UIStrings, locales: [UIStrings]) -> [String: Any] {
        var context = common(strings: strings, root: "../", locales: locales) { "\($0.tag)/index.html" }
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
        var context = common(strings: source, root: "", locales: locales) { "\($0.tag)/index.html" }
        // The root page is no locale's page: its body lists the languages; no switcher, no alternates.
        context["hasAlternates"] = false
        context["alternates"] = [[String: Any]]()
        context["pageTitle"] = source.siteTitle
        context["description"] = source.siteTitle
        return context
    }
}
