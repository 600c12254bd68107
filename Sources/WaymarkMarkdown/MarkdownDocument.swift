/// A Markdown document built in Swift, lowered to a ``MarkdownTree`` and turned into a cmark tree only to be rendered.
public struct MarkdownDocument: Hashable, Sendable {
    /// The top-level blocks.
    public var blocks: [MarkdownBlock]

    /// Creates a document.
    public init(_ blocks: [MarkdownBlock]) { self.blocks = blocks }
}

/// A block of a ``MarkdownDocument``.
public indirect enum MarkdownBlock: Hashable, Sendable {
    /// A heading of `level` 1 to 6.
    case heading(level: Int, [MarkdownInline])
    /// A paragraph.
    case paragraph([MarkdownInline])
    /// A list; each item is a list of blocks. Ordered lists count from `start`.
    case list(ordered: Bool, start: Int = 1, tight: Bool, items: [[MarkdownBlock]])
    /// Blocks wrapped in trusted HTML written by Waymark (never by content), e.g. an `<aside>`.
    case wrapper(open: String, close: String, [MarkdownBlock])
}

/// An inline element of a ``MarkdownDocument``.
public indirect enum MarkdownInline: Hashable, Sendable {
    /// Literal text; escaped in both renderings.
    case text(String)
    /// Author inline Markdown: parsed by cmark, raw HTML turned into text, unsafe links dropped.
    case markdown(String)
    /// Author inline Markdown with placeholders such as `{url}`: parsed and sanitized like
    /// `markdown`, then each placeholder is replaced by its inline, as a node, so what fills
    /// a placeholder is never read as Markdown.
    case template(String, slots: [String: MarkdownInline])
    /// Strong emphasis.
    case strong([MarkdownInline])
    /// Emphasis.
    case emphasis([MarkdownInline])
    /// A link written by Waymark.
    case link(url: String, [MarkdownInline])
    /// Trusted inline HTML written by Waymark (never by content), e.g. an anchor.
    case html(String)
    /// A link written by Waymark whose address differs between the HTML page and the Markdown
    /// page (another guide's page, or its `.md`), e.g. `../reset-password/#open-app` and
    /// `reset-password.md#open-app`. A page in another language than the linking page's says
    /// so with `hreflang` (the HTML page's `<a>` only: a Markdown link has no attributes).
    case pageLink(html: String, commonMark: String, hreflang: String? = nil, [MarkdownInline])
    /// Trusted inline HTML that differs between the two pages (an image's relative path).
    case pageHTML(html: String, commonMark: String)
}

/// A document rendered by libcmark.
package struct RenderedDocument: Hashable, Sendable {
    /// The CommonMark rendering: the Markdown page.
    package var commonMark: String
    /// The HTML rendering: the page body.
    package var html: String
}

/// One inline fragment rendered by libcmark: as HTML and as plain text.
public struct RenderedInline: Hashable, Sendable {
    /// The HTML, without a surrounding paragraph.
    public var html: String
    /// The text content, with markup removed (for `<title>` and descriptions).
    public var plainText: String
}
