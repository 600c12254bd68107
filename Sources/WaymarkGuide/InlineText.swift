import WaymarkBase

/// Author text that may hold inline Markdown (emphasis for UI labels, links, code), with
/// the position of the YAML value it came from.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text as the author wrote it.
    public var markdown: String
    /// Where the value starts in its file, when it came from one.
    public var range: SourceRange?

    /// Creates a text with an optional source range.
    public init(_ markdown: String, range: SourceRange? = nil) {
        self.markdown = markdown
        self.range = range
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A list of conditions ("this applies when…"), with an optional lead-in sentence.
public struct Conditions: Hashable, Sendable {
    /// The sentence before the list, e.g. "This can happen when the number:".
    public var intro: InlineText?
    /// The conditions, one per list item.
    public var items: [InlineText]

    /// Creates a condition list.
    public init(intro: InlineText? = nil, items: [InlineText]) {
        self.intro = intro
        self.items = items
    }
}
