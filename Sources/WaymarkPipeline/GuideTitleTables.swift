import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender

extension PreparedProject {
    /// Every guide's plain title in every locale, for links to other guides (issue 15); a guide
    /// the locale does not publish links to its stand-in's page, titled in that page's language,
    /// and a title the source stands in for is in the language its guide is written in (issue 16).
    func titleTables() -> [LocaleID: TitleTable] {
        var tables: [LocaleID: TitleTable] = [:]
        for strings in locales {
            var titles: [String: ShownTitle] = [:]
            var pageLocales: [String: String] = [:]
            for guide in guides {
                let shown = publication.pageLocale(guide.id, for: strings.locale)
                if shown != strings.locale { pageLocales[guide.id] = shown.tag }
                titles[guide.id] = Self.shownTitle(guide, in: shown, catalogs: catalogs, source: sourceLocale)
            }
            tables[strings.locale] = TitleTable(titles, for: strings.locale, pageLocales: pageLocales)
        }
        return tables
    }

    /// The plain title of `guide` on its page in `locale`, and its language: the one the guide is
    /// written in when its source stands in for the translation, else `locale`'s.
    package static func shownTitle(_ guide: Guide, in locale: LocaleID, catalogs: Catalogs, source: LocaleID) -> ShownTitle {
        let title = translations(catalogs, locale: locale, guide: guide, source: source).text(for: TranslationKey.guide("title"), source: guide.title.markdown)
        return ShownTitle(CMark.renderInline(title.markdown).plainText, locale: title.state.isFallback ? guide.locale ?? source : locale)
    }
}
