internal import CCmark
import Foundation
import WaymarkBase

/// libcmark, and the only file that talks to it.
///
/// Every function builds or parses a cmark tree, turns the result into Swift strings or
/// values at once, and frees the tree and every string cmark allocated before it returns.
/// No cmark type leaves this file.
public enum CMark {
    /// Renders a document as CommonMark (the Markdown page) and as HTML (the page body).
    ///
    /// Author Markdown inside the document is parsed by cmark and sanitized: raw HTML becomes
    /// text and links with a disallowed scheme keep their text but lose the link. HTML is
    /// rendered in cmark's safe mode; only Waymark's own wrappers and anchors are raw HTML.
    public static func render(_ document: MarkdownDocument) -> RenderedDocument {
        let root = cmark_node_new(CMARK_NODE_DOCUMENT)!
        defer { cmark_node_free(root) }
        for block in document.blocks { append(block, to: root) }
        separateAdjacentLists(in: root)
        let perPage = PagePaths.collect(in: root, nodes: descendants(of: root))
        PagePaths.apply(perPage, html: true)
        let html = takeString(cmark_render_html(root, CMARK_OPT_DEFAULT))
        PagePaths.apply(perPage, html: false)
        return RenderedDocument(
            commonMark: ListSeparators.removeComments(takeString(cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0))),
            html: html
        )
    }

    /// Renders one piece of author inline Markdown (a title, say) as HTML and as plain text.
    public static func renderInline(_ markdown: String) -> RenderedInline {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        let root = cmark_node_new(CMARK_NODE_DOCUMENT)!
        defer { cmark_node_free(root) }
        cmark_node_append_child(root, paragraph)
        appendAuthorMarkdown(markdown, to: paragraph)
        var html = takeString(cmark_render_html(root, CMARK_OPT_DEFAULT))
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        if html.hasSuffix("</p>\n") { html.removeLast(5) }
        return RenderedInline(html: html, plainText: plainText(of: paragraph))
    }

    /// The text of some inlines with all markup removed (Waymark's own HTML left out), for a search index.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        defer { cmark_node_free(paragraph) }
        inlines.forEach { append($0, to: paragraph) }
        return plainText(of: paragraph)
    }

    /// Parses CommonMark and renders it as HTML, as a reader's Markdown tool would.
    ///
    /// - Parameter allowRawHTML: pass raw HTML through (cmark's unsafe mode), to compare a
    ///   Markdown page that holds Waymark's own anchors and wrappers with its HTML page.
    public static func html(fromCommonMark markdown: String, allowRawHTML: Bool) -> String {
        let root = parse(markdown)
        defer { cmark_node_free(root) }
        return takeString(cmark_render_html(root, allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT))
    }

    /// What in a piece of author inline Markdown cannot be published as written.
    public static func inspectInline(_ markdown: String) -> [InlineFinding] {
        let root = parse(markdown)
        defer { cmark_node_free(root) }
        let lineOffsets = utf8LineOffsets(markdown)
        func offset(of node: OpaquePointer) -> Int? {
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            guard line >= 1, column >= 1, line <= lineOffsets.count else { return nil }
            return lineOffsets[line - 1] + column - 1
        }
        var findings: [InlineFinding] = []
        var searchFrom = 0
        func locate(_ node: OpaquePointer, needle: String) -> Int {
            if let exact = offset(of: node) { return exact }
            let bytes = Array(markdown.utf8), pattern = Array(needle.utf8)
            if !pattern.isEmpty, searchFrom <= bytes.count - pattern.count {
                for start in searchFrom...(bytes.count - pattern.count) where Array(bytes[start..<start + pattern.count]) == pattern {
                    searchFrom = start + 1
                    return start
                }
            }
            return 0
        }
        var block = cmark_node_first_child(root)
        while let current = block {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_HTML_BLOCK {
                let literal = string(cmark_node_get_literal(current))
                findings.append(InlineFinding(kind: .rawHTML(literal.trimmingWhitespace), utf8Offset: locate(current, needle: literal.trimmingWhitespace)))
            } else if type != CMARK_NODE_PARAGRAPH || cmark_node_previous(current) != nil {
                let name = string(cmark_node_get_type_string(current))
                findings.append(InlineFinding(kind: .blockContent(name), utf8Offset: offset(of: current) ?? 0))
            }
            for node in descendants(of: current) {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HTML_INLINE:
                    let literal = string(cmark_node_get_literal(node))
                    findings.append(InlineFinding(kind: .rawHTML(literal), utf8Offset: locate(node, needle: literal)))
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = string(cmark_node_get_url(node))
                    let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                    if !(isImage ? LinkSafety.isSafeImage(url) : LinkSafety.isSafe(url) || LinkSafety.isGuideLink(url)) {
                        let needle = LinkSafety.scheme(of: url).map { $0 + ":" } ?? url
                        findings.append(InlineFinding(kind: .unsafeLink(url), utf8Offset: locate(node, needle: needle)))
                    }
                default:
                    break
                }
            }
            block = cmark_node_next(current)
        }
        return findings.sorted { $0.utf8Offset < $1.utf8Offset }
    }

    /// The parts of inline Markdown that a translation must keep: link destinations, code
    /// spans, the number of emphasized and strong runs, and the strong texts themselves.
    public static func inlineSignature(_ markdown: String) -> InlineSignature {
        let root = parse(markdown)
        defer { cmark_node_free(root) }
        var signature = InlineSignature()
        for node in descendants(of: root) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: signature.links.append(string(cmark_node_get_url(node)))
            case CMARK_NODE_CODE: signature.code.append(string(cmark_node_get_literal(node)))
            case CMARK_NODE_EMPH: signature.emphasis += 1
            case CMARK_NODE_STRONG:
                signature.strong += 1
                signature.strongTexts.append(plainText(of: node))
            default: break
            }
        }
        signature.links.sort()
        signature.code.sort()
        return signature
    }

    // MARK: - Building the tree

    private static func append(_ block: MarkdownBlock, to parent: OpaquePointer) {
        switch block {
        case .heading(let level, let inlines):
            let node = cmark_node_new(CMARK_NODE_HEADING)!
            cmark_node_set_heading_level(node, Int32(level))
            inlines.forEach { append($0, to: node) }
            cmark_node_append_child(parent, node)
        case .paragraph(let inlines):
            let node = cmark_node_new(CMARK_NODE_PARAGRAPH)!
            inlines.forEach { append($0, to: node) }
            cmark_node_append_child(parent, node)
        case .list(let ordered, let start, let tight, let items):
            let node = cmark_node_new(CMARK_NODE_LIST)!
            cmark_node_set_list_type(node, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            if ordered {
                cmark_node_set_list_start(node, Int32(start))
                cmark_node_set_list_delim(node, CMARK_PERIOD_DELIM)
            }
            cmark_node_set_list_tight(node, tight ? 1 : 0)
            for blocks in items {
                let item = cmark_node_new(CMARK_NODE_ITEM)!
                blocks.forEach { append($0, to: item) }
                cmark_node_append_child(node, item)
            }
            cmark_node_append_child(parent, node)
        case .wrapper(let open, let close, let blocks):
            let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(node, open)
            cmark_node_set_on_exit(node, close)
            blocks.forEach { append($0, to: node) }
            cmark_node_append_child(parent, node)
        }
    }

    private static func append(_ inline: MarkdownInline, to parent: OpaquePointer) {
        switch inline {
        case .text(let text):
            appendText(text, to: parent)
        case .markdown(let markdown):
            appendAuthorMarkdown(markdown, to: parent)
        case .template(let markdown, let slots):
            appendTemplate(markdown, slots: slots, to: parent)
        case .strong(let children), .emphasis(let children):
            let node = cmark_node_new(inline.isStrong ? CMARK_NODE_STRONG : CMARK_NODE_EMPH)!
            children.forEach { append($0, to: node) }
            cmark_node_append_child(parent, node)
        case .link(let url, let children):
            let node = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(node, url)
            children.forEach { append($0, to: node) }
            cmark_node_append_child(parent, node)
        case .html(let html):
            let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(node, html)
            cmark_node_set_on_exit(node, "")
            cmark_node_append_child(parent, node)
        case .pageLink(let html, let commonMark, let children):
            append(.link(url: html + PagePaths.separator + commonMark, children), to: parent)
        case .pageHTML(let html, let commonMark):
            append(.html(html + PagePaths.separator + commonMark), to: parent)
        }
    }

    private static func appendText(_ text: String, to parent: OpaquePointer) {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        cmark_node_append_child(parent, node)
    }

    /// Parses author Markdown and moves its sanitized inlines under `parent`.
    private static func appendAuthorMarkdown(_ markdown: String, to parent: OpaquePointer) {
        let fragment = parse(markdown)
        defer { cmark_node_free(fragment) }
        guard let paragraph = cmark_node_first_child(fragment),
            cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
            cmark_node_next(paragraph) == nil
        else {
            // Not a single paragraph: block content in an inline field. Publish it as plain text.
            appendText(markdown.trimmingWhitespace, to: parent)
            return
        }
        sanitize(paragraph)
        while let child = cmark_node_first_child(paragraph) {
            cmark_node_unlink(child)
            cmark_node_append_child(parent, child)
        }
    }

    /// Author Markdown with `{name}` placeholders: each is swapped for a private-use marker,
    /// the text is parsed and sanitized, then each marker in a text node becomes its slot's
    /// nodes. Works on Unicode scalars throughout, so combining marks cannot hide a marker.
    private static func appendTemplate(_ markdown: String, slots: [String: MarkdownInline], to parent: OpaquePointer) {
        let names = slots.keys.sorted()
        let marked = Placeholders.mark(markdown, names: names)
        let holder = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        defer { cmark_node_free(holder) }
        appendAuthorMarkdown(marked, to: holder)
        for node in descendants(of: holder) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                let literal = string(cmark_node_get_literal(node))
                guard literal.unicodeScalars.contains(Placeholders.open) else { continue }
                let insideLink = isInsideLink(node)
                for piece in Placeholders.split(literal) {
                    switch piece {
                    case .text(let text):
                        insertText(text, before: node)
                    case .slot(let index):
                        guard names.indices.contains(index), var slot = slots[names[index]] else { continue }
                        // A link cannot hold a link: inside one, a link slot gives its text only.
                        if insideLink, case .link(_, let children) = slot { slot = .strong(children) }
                        let scratch = cmark_node_new(CMARK_NODE_PARAGRAPH)!
                        append(slot, to: scratch)
                        while let child = cmark_node_first_child(scratch) {
                            cmark_node_unlink(child)
                            cmark_node_insert_before(node, child)
                        }
                        cmark_node_free(scratch)
                    }
                }
                cmark_node_unlink(node)
                cmark_node_free(node)
            case CMARK_NODE_CODE:
                // A placeholder in a code span stays as the author wrote it.
                let literal = string(cmark_node_get_literal(node))
                if literal.unicodeScalars.contains(Placeholders.open) {
                    cmark_node_set_literal(node, Placeholders.unmark(literal, names: names))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = string(cmark_node_get_url(node))
                if url.unicodeScalars.contains(Placeholders.open) {
                    cmark_node_set_url(node, Placeholders.unmark(url, names: names))
                }
            default:
                break
            }
        }
        while let child = cmark_node_first_child(holder) {
            cmark_node_unlink(child)
            cmark_node_append_child(parent, child)
        }
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var current = cmark_node_parent(node)
        while let ancestor = current {
            if cmark_node_get_type(ancestor) == CMARK_NODE_LINK { return true }
            current = cmark_node_parent(ancestor)
        }
        return false
    }

    private static func insertText(_ text: String, before node: OpaquePointer) {
        let textNode = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(textNode, text)
        cmark_node_insert_before(node, textNode)
    }

    /// Turns raw HTML into text and unwraps links whose destination is not allowed.
    private static func sanitize(_ container: OpaquePointer) {
        for node in descendants(of: container) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_INLINE:
                let text = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(text, cmark_node_get_literal(node))
                cmark_node_replace(node, text)
                cmark_node_free(node)
            case CMARK_NODE_LINK where !LinkSafety.isSafe(string(cmark_node_get_url(node))),
                CMARK_NODE_IMAGE where !LinkSafety.isSafeImage(string(cmark_node_get_url(node))):
                while let child = cmark_node_first_child(node) {
                    cmark_node_unlink(child)
                    cmark_node_insert_before(node, child)
                }
                cmark_node_unlink(node)
                cmark_node_free(node)
            default:
                break
            }
        }
    }

    /// Makes every list that directly follows another list one that CommonMark cannot read
    /// as the same list without a comment: a bullet list after an ordered one (or the other
    /// way round) is a new list anyway, and an ordered list after an ordered one alternates
    /// its delimiter (`1.` then `1)`). Two adjacent bullet lists would need a comment; the
    /// document builder never writes them, and ``ListSeparators`` keeps the comment then.
    private static func separateAdjacentLists(in root: OpaquePointer) {
        for node in descendants(of: root) + [root] where cmark_node_get_type(node) == CMARK_NODE_LIST {
            // A list of one item that holds one paragraph cannot be loose in CommonMark: cmark
            // would read the Markdown page back as a tight list, so it is tight on both pages.
            if let item = cmark_node_first_child(node), cmark_node_next(item) == nil,
                let only = cmark_node_first_child(item), cmark_node_next(only) == nil, cmark_node_get_type(only) == CMARK_NODE_PARAGRAPH
            {
                cmark_node_set_list_tight(node, 1)
            }
            guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_LIST,
                cmark_node_get_list_type(previous) == CMARK_ORDERED_LIST, cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            else { continue }
            cmark_node_set_list_delim(node, cmark_node_get_list_delim(previous) == CMARK_PAREN_DELIM ? CMARK_PERIOD_DELIM : CMARK_PAREN_DELIM)
        }
    }

    // MARK: - Helpers

    private static func parse(_ markdown: String) -> OpaquePointer {
        let bytes = Array(markdown.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)!
            }
        }
    }

    /// All nodes below `node`, in document order, collected before any is changed.
    /// Iterative (cmark's own iterator), so deeply nested input cannot exhaust the stack.
    private static func descendants(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(node) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node {
                result.append(current)
            }
        }
        return result
    }

    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        for child in descendants(of: node) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Where each line starts, as cmark counts lines: `\n`, `\r\n` and a lone `\r` end one.
    private static func utf8LineOffsets(_ text: String) -> [Int] {
        var offsets = [0]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                offsets.append(index + 1)
            } else if bytes[index] == UInt8(ascii: "\n") {
                offsets.append(index + 1)
            }
            index += 1
        }
        return offsets
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Copies a string cmark allocated, then frees it with cmark's own allocator.
    private static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        let result = String(cString: pointer)
        cmark_get_default_mem_allocator().pointee.free(pointer)
        return result
    }
}

extension MarkdownInline {
    fileprivate var isStrong: Bool {
        if case .strong = self { return true }
        return false
    }
}

/// Addresses and HTML that differ between the two renderings of one tree: written into the
/// node as `html` + separator + `commonMark`, and set to one or the other before each rendering.
enum PagePaths {
    /// A character that cannot be in a link destination that cmark parsed, nor in Waymark's own HTML.
    static let separator = "\u{1F}"

    struct Entry {
        var node: OpaquePointer
        var isLink: Bool
        var html: String
        var commonMark: String
    }

    static func collect(in root: OpaquePointer, nodes: [OpaquePointer]) -> [Entry] {
        var result: [Entry] = []
        for node in nodes {
            let type = cmark_node_get_type(node)
            let value: UnsafePointer<CChar>?
            if type == CMARK_NODE_LINK { value = cmark_node_get_url(node) } else if type == CMARK_NODE_CUSTOM_INLINE { value = cmark_node_get_on_enter(node) } else { continue }
            guard let value else { continue }
            let text = String(cString: value)
            guard text.contains(separator) else { continue }
            let parts = text.components(separatedBy: separator)
            result.append(Entry(node: node, isLink: type == CMARK_NODE_LINK, html: parts[0], commonMark: parts.count > 1 ? parts[1] : parts[0]))
        }
        return result
    }

    static func apply(_ entries: [Entry], html: Bool) {
        for entry in entries {
            let value = html ? entry.html : entry.commonMark
            if entry.isLink { cmark_node_set_url(entry.node, value) } else { cmark_node_set_on_enter(entry.node, value) }
        }
    }
}
