import WaymarkGuide
import WaymarkMarkdown

// Issue 15: `[text](guide:slug#step)` in any text of a guide links to another guide (or one of
// its steps), checked like `next` and `see`, and rendered to that guide's page in the page's
// locale (the first locale of its fallback chain that publishes it), in each output's layout.

extension GuideDocumentBuilder {
    /// The scheme of a link to another guide in author Markdown.
    static let guideScheme = "guide:"

    /// `markdown` with each `[text](guide:slug#step)` link that cmark reads as a link replaced by
    /// a `{guide-link-N}` placeholder, and the slots that fill them: a page link with the text.
    /// Anything else (a `guide:` inside a code span) is left to the sanitizer, which keeps its text.
    func proseGuideLinks(_ markdown: String, slots outer: [String: MarkdownInline]) -> (markdown: String, slots: [String: MarkdownInline]) {
        guard markdown.contains("](" + Self.guideScheme) else { return (markdown, [:]) }
        let confirmed = Set(CMark.inlineSignature(markdown).links.filter { $0.hasPrefix(Self.guideScheme) })
        guard !confirmed.isEmpty else { return (markdown, [:]) }
        let chars = Array(markdown)
        let marker = Array("](" + Self.guideScheme)
        var (result, slots, cursor, index) = ("", [String: MarkdownInline](), 0, 0)
        var position = 0
        while position + marker.count <= chars.count {
            guard Array(chars[position..<position + marker.count]) == marker,
                let open = Self.openingBracket(chars, before: position, notBefore: cursor),
                let close = chars[(position + 2)...].firstIndex(where: { $0 == ")" || $0 == " " }), chars[close] == ")"
            else {
                position += 1
                continue
            }
            let destination = String(chars[(position + 2)..<close])
            guard confirmed.contains(destination) else {
                position += 1
                continue
            }
            index += 1
            let name = "guide-link-\(index)"
            let label = String(chars[(open + 1)..<position])
            slots[name] = guideLinkSlot(destination, label: outer.isEmpty ? [.markdown(label)] : [.template(label, slots: outer)])
            result += String(chars[cursor..<open]) + "{\(name)}"
            cursor = close + 1
            position = cursor
        }
        result += String(chars[cursor...])
        return (result, slots)
    }

    /// The page link for `guide:slug#anchor`.
    func guideLinkSlot(_ destination: String, label: [MarkdownInline]) -> MarkdownInline {
        let target = destination.dropFirst(Self.guideScheme.count)
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let guide = String(parts[0])
        let anchor = parts.count > 1 ? "#" + parts[1] : ""
        // The text is the author's, in the page's language; the page may be the stand-in's (issue 16).
        let standIn = guideTitles.pageLocale(of: guide)
        let paths = layout.guidePaths(guide, locale: standIn)
        return .pageLink(html: paths.html + anchor, commonMark: paths.commonMark + anchor, hreflang: standIn, label)
    }

    /// The `[` that opens the link text ending at `end`, matching nested brackets, not before `floor`.
    static func openingBracket(_ chars: [Character], before end: Int, notBefore floor: Int) -> Int? {
        var depth = 0
        var index = end - 1
        while index >= floor {
            let escaped = index > 0 && chars[index - 1] == "\\"
            if chars[index] == "]", !escaped { depth += 1 }
            if chars[index] == "[", !escaped {
                if depth == 0 { return index }
                depth -= 1
            }
            index -= 1
        }
        return nil
    }
}
