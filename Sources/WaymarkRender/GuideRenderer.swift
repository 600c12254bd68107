import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown

/// Renders guides through libcmark: one document tree per guide and locale, two renderings.
public enum GuideRenderer {
    /// The guide rendered for the locale whose strings are given.
    public static func render(_ guide: Guide, strings: UIStrings, labels: any ProductLabels = NoProductLabels()) -> RenderedGuide {
        let document = GuideDocumentBuilder(strings: strings, labels: labels).document(for: guide)
        let rendered = CMark.render(document)
        return RenderedGuide(
            guideID: guide.id,
            locale: strings.locale,
            title: CMark.renderInline(guide.title.markdown),
            summary: CMark.renderInline(guide.summary.markdown),
            markdown: rendered.commonMark,
            html: rendered.html
        )
    }
}
