import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender

extension PreparedProject {
    /// Every guide's plain title in every locale, for links to other guides (issue 15).
    func titleTables() -> [LocaleID: TitleTable] {
        var tables: [LocaleID: TitleTable] = [:]
        for strings in locales {
            var titles: [String: String] = [:]
            for guide in guides {
                let title = translations(locale: strings.locale, guide: guide.id).text(for: TranslationKey.guide("title"), source: guide.title.markdown)
                titles[guide.id] = CMark.renderInline(title.markdown).plainText
            }
            tables[strings.locale] = TitleTable(titles)
        }
        return tables
    }
}
