/// Adjacent lists that cmark reads back as the lists they were built as.
extension MarkdownTree {
    /// Makes every list that directly follows another list one that CommonMark cannot read
    /// as the same list without a comment: a bullet list after an ordered one (or the other
    /// way round) is a new list anyway, and an ordered list after an ordered one alternates
    /// its delimiter (`1.` then `1)`). Two adjacent bullet lists would need a comment; the
    /// document builder never writes them, and ``ListSeparators`` keeps the comment then.
    mutating func separateAdjacentLists() {
        // One pass in document order; for each open parent, the child seen last (the next one's previous sibling).
        var parents: [(end: Int, lastChild: Int?)] = [(entries.count, nil)]
        for index in entries.indices {
            while parents.count > 1, parents[parents.count - 1].end <= index { parents.removeLast() }
            let previous = parents[parents.count - 1].lastChild
            parents[parents.count - 1].lastChild = index
            if case .list = self[index] { separate(list: index, after: previous) }
            if entries[index].end > index + 1 { parents.append((entries[index].end, nil)) }
        }
    }

    private mutating func separate(list index: Int, after previous: Int?) {
        guard case .list(let ordered, let start, var tight, var parenDelimiter) = self[index] else { return }
        // A list of one item that holds one paragraph cannot be loose in CommonMark: cmark
        // would read the Markdown page back as a tight list, so it is tight on both pages.
        if holdsOneParagraph(list: index) { tight = true }
        if ordered, let previous, case .list(true, _, _, let previousParen) = self[previous] {
            parenDelimiter = !previousParen
        }
        self[index] = .list(ordered: ordered, start: start, tight: tight, parenDelimiter: parenDelimiter)
    }

    /// Whether the list at `index` has one item, and that item one child, a paragraph.
    private func holdsOneParagraph(list index: Int) -> Bool {
        let item = index + 1, only = index + 2
        guard item < entries[index].end, entries[item].end == entries[index].end else { return false }
        guard only < entries[item].end, entries[only].end == entries[item].end, case .paragraph = self[only] else { return false }
        return true
    }
}
