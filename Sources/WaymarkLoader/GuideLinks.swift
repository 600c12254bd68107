import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown

/// Links inside the help site: `#step` in prose, `guide#step` in `next` and troubleshooting
/// `see`, checked against every guide's anchors once all are loaded (issue 15).
public enum GuideLinks {
    /// Every anchor of a guide: its methods, steps, waits and troubleshooting entries.
    public static func anchors(of guide: Guide) -> Set<String> {
        var result: Set<String> = []
        func walk(_ items: [ProcedureItem]) {
            for item in items {
                result.insert(item.id)
                if case .step(let step) = item { walk(step.substeps) }
            }
        }
        for entry in guide.troubleshooting { result.insert(entry.id); walk(entry.steps) }
        // The sections' own anchors.
        if !guide.troubleshooting.isEmpty { result.insert(sectionAnchor(method: nil)) }
        if !guide.next.isEmpty { result.insert(nextStepsAnchor) }
        for method in guide.methods {
            if !method.troubleshooting.isEmpty { result.insert(sectionAnchor(method: method.id)) }
            result.insert(method.id)
            walk(method.items)
            for entry in method.troubleshooting { result.insert(entry.id); walk(entry.steps) }
        }
        return result
    }

    /// The scheme of a link to another guide in prose: `[text](guide:slug#step)`.
    public static let guideScheme = "guide:"

    /// Where a link's destination is written in a text: on it when the text stands verbatim in its file.
    static func linkRange(_ url: String, in text: InlineText, source: SourceText?) -> SourceRange? {
        guard let found = text.markdown.range(of: "](" + url) else { return text.range }
        let offset = text.markdown.utf8.distance(from: text.markdown.utf8.startIndex, to: found.lowerBound.samePosition(in: text.markdown.utf8)!) + 2
        return text.range(utf8Offset: offset, scalarLength: url.unicodeScalars.count, source: source) ?? text.range
    }

    static func sectionAnchor(method: String?) -> String { GuideAnchors.troubleshooting(method: method) }
    static let nextStepsAnchor = GuideAnchors.nextSteps

    /// Every guide reference a guide makes (`next`, troubleshooting `see`).
    public static func references(of guide: Guide) -> [GuideReference] {
        var result: [GuideReference] = []
        for step in guide.next { if case .guide(let reference) = step { result.append(reference) } }
        for entry in guide.troubleshooting + guide.methods.flatMap(\.troubleshooting) {
            if let see = entry.see { result.append(see) }
        }
        return result
    }

    /// A link a guide makes to an anchor of its own or of another guide, as written.
    struct Link: Sendable {
        var guide: String?
        var anchor: String?
        var range: SourceRange?
        var written: String
    }

    /// Every link `guide` makes: `next` and troubleshooting `see`, then `[text](#step)` and
    /// `[text](guide:slug#step)` in any of its texts, at the link.
    static func links(of guide: Guide, source text: String?) -> [Link] {
        var links = references(of: guide).map { reference in
            Link(guide: reference.guide, anchor: reference.anchor, range: reference.range, written: (reference.guide ?? "") + (reference.anchor.map { "#" + $0 } ?? ""))
        }
        // The file's lines are split only for a guide that has such a link.
        var split: SourceText??
        func source() -> SourceText? {
            if let split { return split }
            let made = text.map(SourceText.init)
            split = .some(made)
            return made
        }
        for unit in TranslationKey.units(of: guide) where unit.text.markdown.containsBytes("](#") || unit.text.markdown.containsBytes("](guide:") {
            for url in CMark.inlineSignature(unit.text.markdown).links {
                let range = linkRange(url, in: unit.text, source: source())
                if url.hasPrefix("#") {
                    links.append(Link(guide: nil, anchor: String(url.dropFirst()), range: range, written: url))
                } else if url.hasPrefix(guideScheme) {
                    let parts = url.dropFirst(guideScheme.count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    links.append(Link(guide: String(parts[0]), anchor: parts.count > 1 ? String(parts[1]) : nil, range: range, written: url))
                }
            }
        }
        return links
    }

    /// Each link checked against the guides' anchors. A guide's links and anchors are found in
    /// parallel (`waymark serve` keeps them until the guide changes), then checked in order.
    static func diagnostics(_ guides: [Guide], sources: [String: String] = [:]) -> [Diagnostic] {
        let byID = Dictionary(guides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let cache = BuildCache.current
        let found = ParallelMap.map(guides) { guide in
            cache.cachedOrNot("links", guide.cacheKey, dependsOn: [BuildCache.guide(guide.id)]) {
                (links: links(of: guide, source: sources[guide.file]), anchors: anchors(of: guide))
            }
        }
        var anchorsByID: [String: Set<String>] = [:]
        for (guide, found) in zip(guides, found) where anchorsByID[guide.id] == nil { anchorsByID[guide.id] = found.anchors }
        var result: [Diagnostic] = []
        for (guide, found) in zip(guides, found) {
            for link in found.links {
                let target = link.guide ?? guide.id
                guard byID[target] != nil else {
                    let suggestions = NearMiss.suggestions(for: target, among: Array(byID.keys).sorted())
                    result.append(
                        Diagnostic(
                            LoaderRule.brokenAnchor, "there is no guide '\(target)' to link to",
                            hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "link to the id of a guide in Content/guides",
                            file: guide.file, at: link.range, guideID: guide.id))
                    continue
                }
                let anchors = anchorsByID[target] ?? []
                guard let anchor = link.anchor, !anchors.contains(anchor) else { continue }
                let suggestions = NearMiss.suggestions(for: anchor, among: anchors.sorted())
                result.append(
                    Diagnostic(
                        LoaderRule.brokenAnchor,
                        "'\(link.written)' links to '#\(anchor)', which \(link.guide == nil ? "this guide" : "the guide '\(target)'") does not have",
                        hint: suggestions.first.map { "did you mean '#\($0)'?" } ?? "link to a method, step, wait or troubleshooting entry of the guide",
                        file: guide.file, at: link.range, guideID: guide.id))
            }
        }
        return result
    }
}
