/// The second half of a template (``MarkdownInline/template(_:slots:)``): a parsed and
/// sanitized tree whose text holds ``Placeholders`` markers, copied with each marker in a
/// text node replaced by its slot's nodes. A marker in a code span or a link destination
/// turns back into the placeholder the author wrote: it stays as written.
struct PlaceholderFilling {
    /// The slot names, sorted: a marker holds an index into them.
    let names: [String]
    let slots: [String: MarkdownInline]

    /// Adds `holder`'s nodes to `tree`, filling the placeholders.
    func append(_ holder: MarkdownTree, to tree: inout MarkdownTree) {
        var added: [Bool] = []
        var linkDepth = 0
        holder.walk(0..<holder.entries.count) { index, entering in
            let node = holder[index]
            if case .link = node { linkDepth += entering ? 1 : -1 }
            guard entering else {
                if added.removeLast() { tree.close() }
                return
            }
            switch node {
            case .text(let literal) where literal.unicodeScalars.contains(Placeholders.open):
                fill(literal, insideLink: linkDepth > 0, into: &tree)
                added.append(false)
            case .code(let literal) where literal.unicodeScalars.contains(Placeholders.open):
                tree.open(.code(Placeholders.unmark(literal, names: names)))
                added.append(true)
            case .link(let url, let title) where url.unicodeScalars.contains(Placeholders.open):
                tree.open(.link(url: Placeholders.unmark(url, names: names), title: title))
                added.append(true)
            case .image(let url, let title) where url.unicodeScalars.contains(Placeholders.open):
                tree.open(.image(url: Placeholders.unmark(url, names: names), title: title))
                added.append(true)
            default:
                tree.open(node)
                added.append(true)
            }
        }
    }

    /// A text node's pieces: its plain text as text nodes, each marker as its slot's nodes.
    private func fill(_ literal: String, insideLink: Bool, into tree: inout MarkdownTree) {
        for piece in Placeholders.split(literal) {
            switch piece {
            case .text(let text):
                tree.leaf(.text(text))
            case .slot(let index):
                guard names.indices.contains(index), var slot = slots[names[index]] else { continue }
                // A link cannot hold a link: inside one, a link slot gives its text only.
                if insideLink, case .link(_, let children) = slot { slot = .strong(children) }
                tree.append(slot)
            }
        }
    }
}
