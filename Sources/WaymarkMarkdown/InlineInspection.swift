import WaymarkBase

/// What in author inline Markdown cannot be published as written: a Swift walk over the
/// parsed tree, each finding placed at its node's UTF-8 offset.
extension CMark {
    /// What in a piece of author inline Markdown cannot be published as written.
    package static func inspectInline(_ markdown: String) -> [InlineFinding] {
        var inspection = InlineInspection(markdown)
        return inspection.findings()
    }
}

private struct InlineInspection {
    let tree: MarkdownTree
    /// The inspected text's UTF-8, read once for every finding that cmark gives no position.
    let bytes: [UInt8]
    /// Where the next search for a finding without a position starts.
    var searchFrom = 0

    init(_ markdown: String) {
        tree = CMark.parse(markdown)
        bytes = Array(markdown.utf8)
    }

    mutating func findings() -> [InlineFinding] {
        var findings: [InlineFinding] = []
        for block in tree.roots {
            if case .htmlBlock(let literal) = tree[block] {
                let html = literal.trimmingWhitespace
                findings.append(InlineFinding(kind: .rawHTML(html), utf8Offset: locate(block, needle: html)))
            } else if block != 0 || tree[block] != .paragraph {
                findings.append(InlineFinding(kind: .blockContent(tree[block].typeName), utf8Offset: tree.entries[block].utf8Start ?? 0))
            }
            for index in tree.descendants(of: block) {
                switch tree[index] {
                case .htmlInline(let html):
                    findings.append(InlineFinding(kind: .rawHTML(html), utf8Offset: locate(index, needle: html)))
                // A `guide:` link is checked against the project's guides, not refused here (the
                // sanitizer still unwraps one that reaches it unrewritten).
                case let node where node.isUnsafeLink && !node.isGuideLink:
                    let url = node.destination ?? ""
                    let needle = LinkSafety.scheme(of: url).map { $0 + ":" } ?? url
                    findings.append(InlineFinding(kind: .unsafeLink(url), utf8Offset: locate(index, needle: needle)))
                default:
                    break
                }
            }
        }
        return findings.sorted { $0.utf8Offset < $1.utf8Offset }
    }

    /// The node's offset, or else the next place after the previous such search where `needle` is, or else 0.
    private mutating func locate(_ index: Int, needle: String) -> Int {
        if let exact = tree.entries[index].utf8Start { return exact }
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, searchFrom <= bytes.count - pattern.count else { return 0 }
        for start in searchFrom...(bytes.count - pattern.count) where bytes[start..<start + pattern.count].elementsEqual(pattern) {
            searchFrom = start + 1
            return start
        }
        return 0
    }
}
