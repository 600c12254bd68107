/// What a translation of inline Markdown must keep from its source: a Swift walk over the parsed tree.
extension CMark {
    /// The parts of inline Markdown that a translation must keep: link destinations, code
    /// spans, the number of emphasized and strong runs, and the strong texts themselves.
    package static func inlineSignature(_ markdown: String) -> InlineSignature {
        InlineSignature(CMark.parse(markdown, positions: false))
    }
}

/// What a translation of inline Markdown must keep from its source.
package struct InlineSignature: Hashable, Sendable {
    /// Link and image destinations, sorted.
    package var links: [String] = []
    /// Code span contents, sorted.
    package var code: [String] = []
    /// How many emphasized and strong runs there are.
    package var emphasis = 0, strong = 0
    /// The text of each strong run, in order (UI labels, usually).
    package var strongTexts: [String] = []
}

extension InlineSignature {
    init(_ tree: MarkdownTree) {
        for index in tree.entries.indices {
            switch tree[index] {
            case .link(let url, _), .image(let url, _): links.append(url)
            case .code(let literal): code.append(literal)
            case .emphasis: emphasis += 1
            case .strong:
                strong += 1
                strongTexts.append(tree.plainText(tree.descendants(of: index)))
            default: break
            }
        }
        links.sort()
        code.sort()
    }
}
