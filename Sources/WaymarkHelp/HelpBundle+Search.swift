import Foundation

/// A guide that matches a search, with the step that matched best.
public struct SearchResult: Sendable, Hashable {
    /// The guide, its title and summary in the answered locale.
    public var guide: String, title: String, summary: String
    /// The best-matching step's anchor and sentence, when a step matched.
    public var step: String?, stepText: String?
    /// SQLite's BM25 score (lower is better), title weighted above summary above steps.
    public var score: Double
    /// Where to open it (at the step when one matched).
    public var link: HelpLink
}

extension HelpBundle {
    /// BM25 weights of the search table's columns: title, summary, step text, UI labels.
    static let weights = "10.0, 5.0, 1.0, 0.5"

    /// Guides matching `query` in `locale` (and its fallback locales), best first: every word
    /// must match the start of a word (prefix search), ignoring case and diacritics; when no
    /// row holds every word, rows holding any word are ranked instead.
    public func search(_ query: String, locale: String, limit: Int = 20) throws(HelpBundleError) -> [SearchResult] {
        let words = Self.words(of: query)
        guard !words.isEmpty, limit > 0 else { return [] }
        let phrases = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        var results = try run(phrases.joined(separator: " "), locale: locale, limit: limit)
        if results.isEmpty, phrases.count > 1 { results = try run(phrases.joined(separator: " OR "), locale: locale, limit: limit) }
        return results
    }

    func run(_ expression: String, locale: String, limit: Int) throws(HelpBundleError) -> [SearchResult] {
        var results: [SearchResult] = []
        var found: Set<String> = []
        for tag in fallbackChain(for: locale) {
            let table = HelpBundleFormat.searchTable(for: tag)
            let rows: [[SQLiteConnection.Value]]
            do {
                rows = try database.query(
                    """
                    SELECT guide, anchor, kind, bm25(\(table), \(Self.weights)) AS score FROM \(table)
                    WHERE \(table) MATCH ?1 ORDER BY score, rowid LIMIT ?2
                    """, [.text(expression), .integer(Int64(max(200, limit * 20)))])
            } catch {
                throw HelpBundleError.searchFailed(reason: error.message)
            }
            var best: [String: (score: Double, step: String?)] = [:]
            var order: [String] = []
            for row in rows {
                guard let guide = row[0].text, !found.contains(guide), let score = row[3].real else { continue }
                let step = row[2].text == "guide" ? nil : row[1].text
                if var current = best[guide] {
                    if current.step == nil, step != nil { current.step = step }
                    best[guide] = current
                } else {
                    best[guide] = (score, step)
                    order.append(guide)
                }
            }
            for guide in order where results.count < limit {
                guard let match = best[guide], let entry = guidesByLocale[tag]?[guide] else { continue }
                found.insert(guide)
                let text = match.step.flatMap { stepText(locale: tag, guide: guide, step: $0) }
                results.append(
                    SearchResult(
                        guide: guide, title: entry.title, summary: entry.summary, step: match.step, stepText: text,
                        score: match.score, link: link(guide: guide, locale: tag, step: match.step)))
            }
        }
        return Array(results.prefix(limit))
    }

    /// The words of a query: runs of letters, digits and combining marks.
    static func words(of query: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in query {
            if character.isLetter || character.isNumber || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(16))
    }
}
