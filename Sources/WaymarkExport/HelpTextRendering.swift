import WaymarkBase
import WaymarkHelp
import WaymarkMarkdown
import WaymarkRender

/// Inlines to the structured guide's two forms of a text, through cmark as the pages are.
enum HelpTextRendering {
    static func text(_ localized: LocalizedInline, source: LocaleID) -> HelpText {
        text(localized.inlines, language: localized.isFallback ? source.tag : nil)
    }

    static func text(_ inlines: [MarkdownInline], language: String? = nil) -> HelpText {
        var html = CMark.render(MarkdownDocument([.paragraph(inlines)])).html
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        if html.hasSuffix("</p>\n") { html.removeLast(5) }
        return HelpText(html: html, text: CMark.plainText(inlines), language: language)
    }
}
