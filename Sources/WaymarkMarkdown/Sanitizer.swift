/// Author Markdown made safe to publish: raw HTML becomes text, and a link or image whose
/// destination is not allowed (``LinkSafety``) keeps its content but loses the link.
enum Sanitizer {
    /// Adds sanitized copies of the nodes at `indices` of `source` (whole subtrees) to `tree`.
    static func append(_ source: MarkdownTree, _ indices: Range<Int>, to tree: inout MarkdownTree) {
        // For each entered node, whether it was added (and so must be closed on leaving it).
        var added: [Bool] = []
        source.walk(indices) { index, entering in
            guard entering else {
                if added.removeLast() { tree.close() }
                return
            }
            let node = source[index]
            if case .htmlInline(let html) = node {
                tree.open(.text(html))
                added.append(true)
            } else if node.isUnsafeLink {
                added.append(false)
            } else {
                tree.open(node)
                added.append(true)
            }
        }
    }
}
