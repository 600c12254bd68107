/// Waymark's documents and author inline Markdown rendered: lowered to a ``MarkdownTree`` in
/// Swift, then written by cmark.
extension CMark {
    /// Renders a document as CommonMark (the Markdown page) and as HTML (the page body).
    ///
    /// Author Markdown inside the document is parsed by cmark and sanitized: raw HTML becomes
    /// text and links with a disallowed scheme keep their text but lose the link. HTML is
    /// rendered in cmark's safe mode; only Waymark's own wrappers and anchors are raw HTML.
    package static func render(_ document: MarkdownDocument) -> RenderedDocument {
        var tree = MarkdownTree(document)
        tree.separateAdjacentLists()
        let rendered = renderings(of: tree)
        return RenderedDocument(commonMark: ListSeparators.removeComments(rendered.commonMark), html: rendered.html)
    }

    /// Renders one piece of author inline Markdown (a title, say) as HTML and as plain text.
    package static func renderInline(_ markdown: String) -> RenderedInline {
        var tree = MarkdownTree()
        tree.open(.paragraph)
        tree.appendAuthorMarkdown(markdown)
        tree.close()
        var html = html(of: tree)
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        if html.hasSuffix("</p>\n") { html.removeLast(5) }
        return RenderedInline(html: html, plainText: tree.plainText(tree.descendants(of: 0)))
    }

    /// The text of some inlines with all markup removed (Waymark's own HTML left out), for a search index.
    package static func plainText(_ inlines: [MarkdownInline]) -> String {
        let tree = MarkdownTree(inlines)
        return tree.plainText(0..<tree.entries.count)
    }
}
