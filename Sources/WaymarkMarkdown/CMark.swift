internal import CCmark
import WaymarkBase

/// libcmark, and the only file (with its `CMark+Building.swift`) that talks to it: cmark's
/// tree converted to a ``MarkdownTree`` and back, and rendered. Nothing else happens here;
/// sanitizing, placeholders, inspection and signatures are Swift walks over the tree.
///
/// Every function frees the tree and every string cmark allocated before it returns, and no
/// cmark type leaves these two files. What Waymark assumes of cmark (it allocates, it accepts
/// the nodes Waymark builds) is stated as a precondition with a message.
package enum CMark {
    /// Parses CommonMark and renders it as HTML, as a reader's Markdown tool would.
    ///
    /// - Parameter allowRawHTML: pass raw HTML through (cmark's unsafe mode), to compare a
    ///   Markdown page that holds Waymark's own anchors and wrappers with its HTML page.
    package static func html(fromCommonMark markdown: String, allowRawHTML: Bool) -> String {
        let root = parseDocument(markdown)
        defer { cmark_node_free(root) }
        return takeString(cmark_render_html(root, allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT), "cmark_render_html")
    }

    /// Parses Markdown into the document's blocks, each node with its UTF-8 range in `markdown`
    /// (cmark counts lines and UTF-8 columns; they are converted here, once).
    ///
    /// - Parameter positions: whether to read the ranges (rendering does not need them).
    static func parse(_ markdown: String, positions: Bool = true) -> MarkdownTree {
        let root = parseDocument(markdown)
        defer { cmark_node_free(root) }
        let lines = positions ? LineStarts(markdown) : nil
        var tree = MarkdownTree()
        // Depth first without recursion: down to the first child, else across, else up.
        var next = cmark_node_first_child(root)
        while let node = next {
            let range = lines?.range(of: node)
            tree.open(swiftNode(node), utf8Start: range?.start, utf8End: range?.end)
            next = cmark_node_first_child(node)
            var leaving: OpaquePointer? = next == nil ? node : nil
            while let done = leaving {
                tree.close()
                if let sibling = cmark_node_next(done) {
                    next = sibling
                    break
                }
                guard let parent = cmark_node_parent(done) else { preconditionFailure("cmark: a node below the document has no parent") }
                leaving = parent == root ? nil : parent
            }
        }
        precondition(tree.isComplete, "CMark.parse: the walk left nodes open")
        return tree
    }

    /// The Swift value for one cmark node, without its children.
    private static func swiftNode(_ node: OpaquePointer) -> MarkdownNode {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_LIST:
            .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0, parenDelimiter: cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM)
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock(open: string(cmark_node_get_on_enter(node)), close: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_HTML_BLOCK: .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_TEXT: .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_HTML_INLINE: .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CUSTOM_INLINE: .customInline(string(cmark_node_get_on_enter(node)))
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: .other(string(cmark_node_get_type_string(node)))
        }
    }

    // MARK: - Helpers

    static func parseDocument(_ markdown: String) -> OpaquePointer {
        // `withCString` hands over the string's own UTF-8 (interior NULs included); cmark reads `count` bytes.
        let root = markdown.withCString { cmark_parse_document($0, markdown.utf8.count, CMARK_OPT_DEFAULT) }
        guard let root else { preconditionFailure("cmark_parse_document returned NULL (out of memory)") }
        return root
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Copies a string cmark allocated, then frees it with cmark's own allocator.
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?, _ function: StaticString) -> String {
        guard let pointer else { preconditionFailure("\(function) returned NULL (out of memory)") }
        let result = String(cString: pointer)
        cmark_get_default_mem_allocator().pointee.free(pointer)
        return result
    }
}

/// Where each line of a text starts, in UTF-8 bytes, as cmark counts lines: `\n`, `\r\n`
/// and a lone `\r` end one. Turns cmark's 1-based line and UTF-8 column into an offset.
private struct LineStarts {
    private var offsets = [0]

    init(_ text: String) {
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "\n") {
                if previous == UInt8(ascii: "\r") { offsets[offsets.count - 1] = index + 1 } else { offsets.append(index + 1) }
            } else if byte == UInt8(ascii: "\r") {
                offsets.append(index + 1)
            }
            previous = byte
        }
    }

    /// The node's start and (exclusive) end offsets, each nil where cmark gives no position.
    func range(of node: OpaquePointer) -> (start: Int?, end: Int?) {
        let start = offset(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))
        let end = offset(line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node)).map { $0 + 1 }
        return (start, end)
    }

    private func offset(line: Int32, column: Int32) -> Int? {
        let line = Int(line), column = Int(column)
        guard line >= 1, column >= 1, line <= offsets.count else { return nil }
        return offsets[line - 1] + column - 1
    }
}
