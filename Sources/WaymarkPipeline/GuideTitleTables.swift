import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender

extension PreparedProject {
    /// Every guide's plain title in every locale, for links to other guides (issue 15); a guide
    /// the locale does not publish links to its stand-in's page, titled in that page's language (issue 16).
    func titleTables() -> [LocaleID: TitleTable] {
        var tables: [LocaleID: TitleTable] = [:]
        for strings in locales {
            var titles: [String: String] = [:]
            var pageLocales: [String: String] = [:]
            for guide in guides {
                let shown = publication.pageLocale(guide.id, for: strings.locale)
                if shown != strings.locale { pageLocales[guide.id] = shown.tag }
                let title = translations(locale: shown, guide: guide.id).text(for: TranslationKey.guide("title"), source: guide.title.markdown)
                titles[guide.id] = CMark.renderInline(title.markdown).plainText
            }
            tables[strings.locale] = TitleTable(titles, pageLocales: pageLocales)
        }
        return tables
    }
}
