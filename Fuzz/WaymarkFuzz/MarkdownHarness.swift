import Foundation
import WaymarkMarkdown

/// Inline Markdown through cmark as the loader inspects it and the renderer renders it.
enum MarkdownHarness {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = CMark.inspectInline(text)
        _ = CMark.renderInline(text)
        _ = CMark.inlineSignature(text)
        let html = CMark.html(fromCommonMark: text, allowRawHTML: false)
        precondition(!html.contains("<script"), "raw HTML passed with allowRawHTML: false")
    }
}
