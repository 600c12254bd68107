/// Markdown held in Swift: a forest of nodes stored flat, in document order, each node
/// knowing where its subtree ends. ``CMark`` converts cmark's trees to and from it; every
/// other pass (sanitizing, filling placeholders, inspecting, the translation signature)
/// is a Swift walk over it. Flat storage keeps every walk iterative, so deeply nested
/// input (100,000 `*`) cannot exhaust the stack, neither while walking nor while freeing.
struct MarkdownTree: Sendable {
    struct Entry: Sendable {
        var node: MarkdownNode
        /// The index just past the last node of this node's subtree.
        var end: Int
        /// Where the node starts in the parsed text, in UTF-8 bytes, when cmark says (nil for built nodes).
        var utf8Start: Int?
        /// Where the node ends in the parsed text (exclusive), in UTF-8 bytes, when cmark says.
        var utf8End: Int?
    }

    /// The nodes in document order: a node's children follow it, up to its `end`.
    private(set) var entries: [Entry] = []
    /// The nodes opened and not yet closed, innermost last.
    private var open: [Int] = []

    /// Whether every opened node has been closed.
    var isComplete: Bool { open.isEmpty }

    /// The indices of the top-level nodes.
    var roots: ChildIndices { ChildIndices(entries: entries, start: 0, end: entries.count) }

    /// The indices of the children of the node at `index`.
    func children(of index: Int) -> ChildIndices {
        ChildIndices(entries: entries, start: index + 1, end: entries[index].end)
    }

    /// The indices of the nodes below the node at `index`, in document order.
    func descendants(of index: Int) -> Range<Int> { (index + 1)..<entries[index].end }

    subscript(index: Int) -> MarkdownNode {
        get { entries[index].node }
        set { entries[index].node = newValue }
    }

    // MARK: - Building

    /// Adds a node under the innermost open one and opens it: what follows, up to ``close()``, are its children.
    mutating func open(_ node: MarkdownNode, utf8Start: Int? = nil, utf8End: Int? = nil) {
        open.append(entries.count)
        entries.append(Entry(node: node, end: entries.count + 1, utf8Start: utf8Start, utf8End: utf8End))
    }

    /// Closes the innermost open node.
    mutating func close() {
        guard let index = open.popLast() else { preconditionFailure("MarkdownTree.close() without an open node") }
        entries[index].end = entries.count
    }

    /// Adds a node without children.
    mutating func leaf(_ node: MarkdownNode) {
        entries.append(Entry(node: node, end: entries.count + 1))
    }

    /// Adds copies of the nodes at `indices` of `other` (whole subtrees, in order) under the innermost open node.
    mutating func append(_ other: MarkdownTree, _ indices: Range<Int>) {
        let shift = entries.count - indices.lowerBound
        entries.reserveCapacity(entries.count + indices.count)
        for index in indices {
            var entry = other.entries[index]
            entry.end += shift
            entries.append(entry)
        }
    }

    /// Adds copies of all of `other`'s nodes under the innermost open node.
    mutating func append(_ other: MarkdownTree) {
        precondition(other.isComplete, "MarkdownTree.append: the appended tree has open nodes")
        append(other, 0..<other.entries.count)
    }

    // MARK: - Walking

    /// Calls `visit` on entering each node at `indices` (whole subtrees) and on leaving it, in document order.
    func walk(_ indices: Range<Int>, _ visit: (_ index: Int, _ entering: Bool) -> Void) {
        var ancestors: [Int] = []
        for index in indices {
            while let last = ancestors.last, entries[last].end <= index {
                ancestors.removeLast()
                visit(last, false)
            }
            visit(index, true)
            ancestors.append(index)
        }
        while let last = ancestors.popLast() { visit(last, false) }
    }

    /// The text of the nodes at `indices` with all markup removed (Waymark's own HTML left out):
    /// text and code literals, a space for each line break.
    func plainText(_ indices: Range<Int>) -> String {
        var text = ""
        for index in indices {
            switch entries[index].node {
            case .text(let literal), .code(let literal): text += literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }

    /// The indices of some sibling nodes: from `start`, each next one after the previous one's subtree.
    struct ChildIndices: Sequence, IteratorProtocol {
        fileprivate let entries: [Entry]
        fileprivate var position: Int
        fileprivate let end: Int

        fileprivate init(entries: [Entry], start: Int, end: Int) {
            self.entries = entries
            self.position = start
            self.end = end
        }

        mutating func next() -> Int? {
            guard position < end else { return nil }
            defer { position = entries[position].end }
            return position
        }
    }
}
