import WaymarkBase
import WaymarkL10n
import WaymarkRender

/// Issue 16, publishing by completeness: what the site's pages do about a guide that is not
/// published in their locale. Its links go to the page in the guide's own language (the
/// stand-in), marked with that language and a notice in the reader's; the language switcher,
/// the `hreflang` alternates and the sitemap list only published pages.
extension Publication {
    /// The notice beside a link to `guide` from a page in `strings`' locale, as HTML, when the
    /// guide is not published there: the stand-in's language named in its own words, marked.
    func noticeHTML(_ guide: String, strings: UIStrings, locales: [UIStrings]) -> String? {
        guard !isPublished(guide, in: strings.locale), let standIn = standIns[guide] else { return nil }
        let name = locales.first { $0.locale == standIn }?.languageName ?? standIn.tag
        let text = strings.text.text("notice.guide-not-published")
        let marked = "<span lang=\"\(standIn.tag)\">\(HTMLEscaping.escape(name))</span>"
        return text.components(separatedBy: "{language}").map(HTMLEscaping.escape).joined(separator: marked)
    }

    /// The links of `guide` from pages in `locale`, when it is not published there: its stand-in's
    /// HTML page from a guide page (`../../<tag>/<id>/index.html`) and its Markdown page from a
    /// Markdown page (`../<tag>/<id>.md`).
    func location(_ guide: String, for locale: LocaleID) -> (html: String, markdown: String)? {
        guard !isPublished(guide, in: locale), let standIn = standIns[guide] else { return nil }
        return ("../../\(standIn.tag)/\(guide)/index.html", "../\(standIn.tag)/\(guide).md")
    }
}

extension PageContext {
    /// What a guide list's entry for a page in another locale than the list's (a stand-in) has
    /// instead: a link to that locale's folder, its language (and direction, when it differs) and
    /// the notice; nothing for a page of the list's locale.
    static func standInFields(_ page: RenderedGuide, strings: UIStrings, site: SiteContext, up: String) -> [String: String] {
        guard page.locale != strings.locale else { return [:] }
        var fields = ["href": "\(up)\(page.locale.tag)/\(page.guideID)/index.html", "standInLang": page.locale.tag]
        // Its title and summary are isolated when they run the other way (an English page listed on an Arabic one).
        if page.locale.isRightToLeft != strings.locale.isRightToLeft { fields["standInDir"] = page.locale.isRightToLeft ? "rtl" : "ltr" }
        fields["noticeHTML"] = site.publication.noticeHTML(page.guideID, strings: strings, locales: site.locales)
        return fields
    }

    /// A guide list's title of `page`, as HTML, marked with its language when the source stands in for its translation.
    static func titleHTML(_ page: RenderedGuide) -> String { inLanguage(page.title.html, page.titleLocale, within: page.locale) }

    /// A guide list's summary of `page`, as HTML, marked like its title.
    static func summaryHTML(_ page: RenderedGuide) -> String { inLanguage(page.summary.html, page.summaryLocale, within: page.locale) }

    /// `html` in `language`, inside text in `locale`'s: a `<span lang>`, or a `<bdi lang dir>`
    /// when the two run in different directions (as the guide pages mark other guides' titles).
    static func inLanguage(_ html: String, _ language: LocaleID?, within locale: LocaleID) -> String {
        guard let language, language != locale, !html.isEmpty else { return html }
        let tag = HTMLEscaping.escape(language.tag)
        guard language.isRightToLeft == locale.isRightToLeft else { return "<bdi lang=\"\(tag)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\">\(html)</bdi>" }
        return "<span lang=\"\(tag)\">\(html)</span>"
    }

    /// Keeps only the languages `guide` is published in, in the switcher and the alternates.
    static func onlyPublished(_ context: inout [String: Any], guide: String, site: SiteContext) {
        let languages = (context["languages"] as? [[String: Any]] ?? []).filter { language in
            LocaleID(language["lang"] as? String ?? "").map { site.publication.isPublished(guide, in: $0) } ?? true
        }
        context["languages"] = languages
        context["alternates"] = languages.filter { ($0["current"] as? Bool) == false }
        context["hasAlternates"] = languages.count > 1
    }
}
