import WaymarkBase

/// A ``MarkdownDocument`` lowered to a ``MarkdownTree``: Waymark's own blocks and inlines become
/// nodes as they are, author Markdown is parsed and sanitized, templates get their slots filled.
extension MarkdownTree {
    /// The tree of a document's blocks.
    init(_ document: MarkdownDocument) {
        self.init()
        document.blocks.forEach { append($0) }
    }

    /// The tree of some inlines, side by side.
    init(_ inlines: [MarkdownInline]) {
        self.init()
        inlines.forEach { append($0) }
    }

    mutating func append(_ block: MarkdownBlock) {
        switch block {
        case .heading(let level, let inlines):
            open(.heading(level: level))
            inlines.forEach { append($0) }
            close()
        case .paragraph(let inlines):
            open(.paragraph)
            inlines.forEach { append($0) }
            close()
        case .list(let ordered, let start, let tight, let items):
            open(.list(ordered: ordered, start: start, tight: tight, parenDelimiter: false))
            for blocks in items {
                open(.item)
                blocks.forEach { append($0) }
                close()
            }
            close()
        case .wrapper(let opening, let closing, let blocks):
            open(.customBlock(open: opening, close: closing))
            blocks.forEach { append($0) }
            close()
        }
    }

    mutating func append(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text): leaf(.text(text))
        case .markdown(let markdown): appendAuthorMarkdown(markdown)
        case .template(let markdown, let slots): appendTemplate(markdown, slots: slots)
        case .strong(let children): appendContainer(.strong, children)
        case .emphasis(let children): appendContainer(.emphasis, children)
        case .link(let url, let children): appendContainer(.link(url: url, title: ""), children)
        case .html(let html): leaf(.customInline(html))
        case .pageLink(let html, let commonMark, let hreflang, let children):
            appendContainer(.pageLink(html: html, commonMark: commonMark, hreflang: hreflang), children)
        case .pageHTML(let html, let commonMark): leaf(.pageHTML(html: html, commonMark: commonMark))
        }
    }

    private mutating func appendContainer(_ node: MarkdownNode, _ children: [MarkdownInline]) {
        open(node)
        children.forEach { append($0) }
        close()
    }

    /// Parses author inline Markdown and adds its sanitized inlines. Anything but a single
    /// paragraph is block content in an inline field: it is published as plain text.
    mutating func appendAuthorMarkdown(_ markdown: String) {
        let parsed = CMark.parse(markdown, positions: false)
        guard !parsed.entries.isEmpty, case .paragraph = parsed[0], parsed.entries[0].end == parsed.entries.count else {
            leaf(.text(markdown.trimmingWhitespace))
            return
        }
        Sanitizer.append(parsed, parsed.descendants(of: 0), to: &self)
    }

    /// Author Markdown with `{name}` placeholders: each is swapped for a private-use marker,
    /// the text is parsed and sanitized, then each marker in a text node becomes its slot's
    /// nodes. Works on Unicode scalars throughout, so combining marks cannot hide a marker.
    mutating func appendTemplate(_ markdown: String, slots: [String: MarkdownInline]) {
        let names = slots.keys.sorted()
        var holder = MarkdownTree()
        holder.appendAuthorMarkdown(Placeholders.mark(markdown, names: names))
        PlaceholderFilling(names: names, slots: slots).append(holder, to: &self)
    }
}
