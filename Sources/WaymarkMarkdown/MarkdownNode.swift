/// What one node of a ``MarkdownTree`` is: cmark's node types as Swift values, with the
/// attributes Waymark reads or writes, plus the two nodes whose content differs between
/// the HTML page and the Markdown page.
enum MarkdownNode: Hashable, Sendable {
    // Blocks.
    case paragraph
    /// A heading of `level` 1 to 6.
    case heading(level: Int)
    /// A list; `start` and `parenDelimiter` (`1)` rather than `1.`) mean something for ordered lists only.
    case list(ordered: Bool, start: Int, tight: Bool, parenDelimiter: Bool)
    case item
    /// Blocks wrapped in trusted HTML written by Waymark.
    case customBlock(open: String, close: String)
    /// Raw HTML as a block, as the author wrote it.
    case htmlBlock(String)
    /// A node Waymark reads only by name (a block quote, a code block, a thematic break), by
    /// cmark's name for its type (`block_quote`, `code_block`, `thematic_break`).
    case other(String)

    // Inlines.
    case text(String)
    case code(String)
    case softBreak
    case lineBreak
    /// Raw inline HTML, as the author wrote it.
    case htmlInline(String)
    /// Trusted inline HTML written by Waymark.
    case customInline(String)
    case emphasis
    case strong
    case link(url: String, title: String)
    case image(url: String, title: String)
    /// A link written by Waymark whose address differs between the two pages, with the
    /// language of the page it goes to when that differs from the linking page's.
    case pageLink(html: String, commonMark: String, hreflang: String?)
    /// Trusted inline HTML that differs between the two pages.
    case pageHTML(html: String, commonMark: String)

    /// cmark's name for the node's type (`cmark_node_get_type_string`), as diagnostics say it.
    var typeName: String {
        switch self {
        case .paragraph: "paragraph"
        case .heading: "heading"
        case .list: "list"
        case .item: "item"
        case .customBlock: "custom_block"
        case .htmlBlock: "html_block"
        case .other(let name): name
        case .text: "text"
        case .code: "code"
        case .softBreak: "softbreak"
        case .lineBreak: "linebreak"
        case .htmlInline: "html_inline"
        case .customInline, .pageHTML: "custom_inline"
        case .emphasis: "emph"
        case .strong: "strong"
        case .link, .pageLink: "link"
        case .image: "image"
        }
    }

    /// The destination of a link or an image written by the author, or nil.
    var destination: String? {
        switch self {
        case .link(let url, _), .image(let url, _): url
        default: nil
        }
    }

    /// Whether the node is a link to another guide (`guide:slug#step`), which the renderer rewrites.
    var isGuideLink: Bool {
        if case .link(let url, _) = self { return LinkSafety.isGuideLink(url) }
        return false
    }

    /// Whether the node is a link or image whose destination may not be published.
    var isUnsafeLink: Bool {
        switch self {
        case .link(let url, _): !LinkSafety.isSafe(url)
        case .image(let url, _): !LinkSafety.isSafeImage(url)
        default: false
        }
    }
}
