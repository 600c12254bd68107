import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown

/// Renders guides through libcmark: one document tree per guide and locale, two renderings.
public enum GuideRenderer {
    /// The guide rendered for the locale whose strings are given, with UI labels from
    /// `labels` and texts from `translations`.
    public static func render(
        _ guide: Guide, strings: UIStrings, labels: any ProductLabels = NoProductLabels(),
        translations: any GuideTranslations = SourceTexts(), sourceLocale: LocaleID = .english,
        guideTitles: any GuideTitles = NoGuideTitles(), images: PublishedImages = PublishedImages(), layout: PageLayout = .site
    ) -> RenderedGuide {
        let builder = GuideDocumentBuilder(
            strings: strings, labels: labels, translations: translations, sourceLocale: sourceLocale,
            guideTitles: guideTitles, images: images, layout: layout)
        let rendered = CMark.render(builder.document(for: guide))
        func plain(_ key: String, _ text: InlineText) -> String {
            CMark.renderInline(translations.text(for: key, source: text.markdown).markdown).plainText
        }
        let title = translations.text(for: TranslationKey.guide("title"), source: guide.title.markdown)
        let summary = translations.text(for: TranslationKey.guide("summary"), source: guide.summary.markdown)
        var page = RenderedGuide(
            guideID: guide.id,
            locale: strings.locale,
            title: CMark.renderInline(title.markdown),
            summary: CMark.renderInline(summary.markdown),
            markdown: rendered.commonMark,
            html: rendered.html
        )
        // Issue 16: guide lists mark a title or summary the source stands in for.
        page.titleLocale = title.state.isFallback ? sourceLocale : nil
        page.summaryLocale = summary.state.isFallback ? sourceLocale : nil
        page.topic = guide.topic.map { plain(TranslationKey.guide("topic"), $0) }
        page.steps = builder.searchSteps(for: guide).map { SearchStep(anchor: $0.anchor, text: CMark.plainText($0.inlines)) }
        page.methods = guide.methods.map { ($0.id, plain(TranslationKey.method($0.id, "title"), $0.title)) }
        page.relatedLinks = guide.relatedLinks.enumerated().map { index, link in
            let title = translations.text(for: TranslationKey.link("related", index), source: link.title.markdown)
            return (link.url, CMark.renderInline(title.markdown).plainText, title.state.isFallback ? sourceLocale : nil)
        }
        return page
    }
}
