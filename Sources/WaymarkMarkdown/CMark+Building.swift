internal import CCmark
import WaymarkBase

/// A ``MarkdownTree`` built as cmark nodes and rendered by cmark's HTML and CommonMark writers.
extension CMark {
    /// The HTML of a tree of blocks, in cmark's safe mode.
    static func html(of tree: MarkdownTree) -> String {
        withDocument(tree) { root, _ in takeString(cmark_render_html(root, CMARK_OPT_DEFAULT), "cmark_render_html") }
    }

    /// The HTML (safe mode) and the CommonMark of a tree of blocks, built as cmark nodes once:
    /// the nodes that differ between the two pages are switched between the two renderings.
    static func renderings(of tree: MarkdownTree) -> (html: String, commonMark: String) {
        withDocument(tree) { root, pageNodes in
            let html = takeString(cmark_render_html(root, CMARK_OPT_DEFAULT), "cmark_render_html")
            for page in pageNodes {
                switch page.kind {
                case .link: check(cmark_node_set_url(page.node, page.commonMark), "a link's address")
                case .html: check(cmark_node_set_on_enter(page.node, page.commonMark), "a custom inline's HTML")
                case .linkInHTML:
                    // A Markdown link has no attributes: the `<a hreflang>` becomes `[text](page.md)`.
                    check(cmark_node_set_on_enter(page.node, "["), "a link's opening")
                    check(cmark_node_set_on_exit(page.node, "](\(page.commonMark))"), "a link's address")
                }
            }
            let commonMark = takeString(cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0), "cmark_render_commonmark")
            return (html, commonMark)
        }
    }

    /// A node that differs between the two pages, built with its HTML-page value.
    private struct PageNode {
        /// A cmark link; a custom inline of HTML; a custom inline that is an `<a>` with attributes cmark cannot write.
        enum Kind { case link, html, linkInHTML }
        var node: OpaquePointer
        var kind: Kind
        var commonMark: String
    }

    /// Builds the tree under a cmark document (depth first, without recursion), passes it to `body`, and frees it.
    private static func withDocument<Result>(_ tree: MarkdownTree, _ body: (OpaquePointer, [PageNode]) -> Result) -> Result {
        precondition(tree.isComplete, "CMark: a tree with open nodes cannot be rendered")
        let root = newNode(CMARK_NODE_DOCUMENT)
        defer { cmark_node_free(root) }
        var pageNodes: [PageNode] = []
        var parents: [(end: Int, node: OpaquePointer)] = [(tree.entries.count, root)]
        for (index, entry) in tree.entries.enumerated() {
            while parents.count > 1, parents[parents.count - 1].end <= index { parents.removeLast() }
            let node = cmarkNode(entry.node, pageNodes: &pageNodes)
            let parent = parents[parents.count - 1].node
            precondition(
                cmark_node_append_child(parent, node) == 1,
                "cmark refused a \(string(cmark_node_get_type_string(node))) inside a \(string(cmark_node_get_type_string(parent)))")
            parents.append((entry.end, node))
        }
        return body(root, pageNodes)
    }

    /// A new cmark node for one Swift node, without its children.
    private static func cmarkNode(_ node: MarkdownNode, pageNodes: inout [PageNode]) -> OpaquePointer {
        switch node {
        case .paragraph: return newNode(CMARK_NODE_PARAGRAPH)
        case .heading(let level):
            let heading = newNode(CMARK_NODE_HEADING)
            check(cmark_node_set_heading_level(heading, Int32(clamping: level)), "heading level \(level)")
            return heading
        case .list(let ordered, let start, let tight, let parenDelimiter):
            let list = newNode(CMARK_NODE_LIST)
            check(cmark_node_set_list_type(list, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST), "a list type")
            if ordered {
                check(cmark_node_set_list_start(list, Int32(clamping: start)), "list start \(start)")
                check(cmark_node_set_list_delim(list, parenDelimiter ? CMARK_PAREN_DELIM : CMARK_PERIOD_DELIM), "a list delimiter")
            }
            check(cmark_node_set_list_tight(list, tight ? 1 : 0), "a list's tightness")
            return list
        case .item: return newNode(CMARK_NODE_ITEM)
        case .customBlock(let open, let close): return custom(CMARK_NODE_CUSTOM_BLOCK, open: open, close: close)
        case .htmlBlock(let html): return literal(CMARK_NODE_HTML_BLOCK, html)
        case .other(let name): preconditionFailure("CMark builds no '\(name)' node: Waymark renders only nodes it writes itself")
        case .text(let text): return literal(CMARK_NODE_TEXT, text)
        case .code(let code): return literal(CMARK_NODE_CODE, code)
        case .softBreak: return newNode(CMARK_NODE_SOFTBREAK)
        case .lineBreak: return newNode(CMARK_NODE_LINEBREAK)
        case .htmlInline(let html): return literal(CMARK_NODE_HTML_INLINE, html)
        case .customInline(let html): return custom(CMARK_NODE_CUSTOM_INLINE, open: html, close: "")
        case .emphasis: return newNode(CMARK_NODE_EMPH)
        case .strong: return newNode(CMARK_NODE_STRONG)
        case .link(let url, let title): return link(CMARK_NODE_LINK, url: url, title: title)
        case .image(let url, let title): return link(CMARK_NODE_IMAGE, url: url, title: title)
        case .pageLink(let html, let commonMark, nil):
            let node = link(CMARK_NODE_LINK, url: html, title: "")
            pageNodes.append(PageNode(node: node, kind: .link, commonMark: commonMark))
            return node
        case .pageLink(let html, let commonMark, let hreflang?):
            let open = "<a href=\"\(XMLEscaping.escape(html))\" hreflang=\"\(XMLEscaping.escape(hreflang))\">"
            let node = custom(CMARK_NODE_CUSTOM_INLINE, open: open, close: "</a>")
            pageNodes.append(PageNode(node: node, kind: .linkInHTML, commonMark: commonMark))
            return node
        case .pageHTML(let html, let commonMark):
            let node = custom(CMARK_NODE_CUSTOM_INLINE, open: html, close: "")
            pageNodes.append(PageNode(node: node, kind: .html, commonMark: commonMark))
            return node
        }
    }

    private static func newNode(_ type: cmark_node_type) -> OpaquePointer {
        guard let node = cmark_node_new(type) else { preconditionFailure("cmark_node_new(\(type.rawValue)) returned NULL (out of memory)") }
        return node
    }

    private static func literal(_ type: cmark_node_type, _ text: String) -> OpaquePointer {
        let node = newNode(type)
        check(cmark_node_set_literal(node, text), "a literal")
        return node
    }

    private static func custom(_ type: cmark_node_type, open: String, close: String) -> OpaquePointer {
        let node = newNode(type)
        check(cmark_node_set_on_enter(node, open), "a custom node's opening")
        check(cmark_node_set_on_exit(node, close), "a custom node's closing")
        return node
    }

    private static func link(_ type: cmark_node_type, url: String, title: String) -> OpaquePointer {
        let node = newNode(type)
        check(cmark_node_set_url(node, url), "a destination")
        if !title.isEmpty { check(cmark_node_set_title(node, title), "a title") }
        return node
    }

    /// cmark's setters return 1 when the node type has the attribute and the value is valid.
    private static func check(_ result: Int32, _ what: @autoclosure () -> String) {
        precondition(result == 1, "cmark refused \(what())")
    }
}
