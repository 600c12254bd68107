import Foundation
import WaymarkBase
import WaymarkGuide

/// How complete each locale is: current, stale and missing texts per guide and in total.
public struct L10nStatus: Sendable, Hashable {
    /// One row: a locale and a guide, or a locale's total (`guide` nil).
    public struct Row: Sendable, Hashable, Codable {
        public var locale: String
        public var guide: String?
        public var current: Int, stale: Int, missing: Int
        public var total: Int { current + stale + missing }
    }

    /// The rows, per locale: its guides in id order, then its total.
    public var rows: [Row]

    /// Counts every translatable text of every guide in every locale: the rows in parallel, each
    /// kept by the build cache (`waymark serve`) until its guide or one of its catalogs changes.
    public static func compute(guides: [Guide], catalogs: Catalogs) -> L10nStatus {
        let cache = BuildCache.current
        var pairs: [(locale: LocaleID, guide: Guide)] = []
        var locales: [LocaleID] = []
        for locale in [catalogs.sourceLocale] + catalogs.locales {
            let translated = guides.filter { catalogs.targetLocales(of: $0).contains(locale) }
            if translated.isEmpty { continue }
            locales.append(locale)
            pairs += translated.map { (locale, $0) }
        }
        let counted = ParallelMap.map(Array(pairs.indices)) { [pairs] index in
            let (locale, guide) = pairs[index]
            return cache.cachedOrNot("l10n-status", locale.tag + "/" + guide.id, dependsOn: [BuildCache.guide(guide.id)]) {
                row(guide, locale: locale, catalogs: catalogs)
            }
        }
        var rows: [Row] = []
        var next = 0
        for locale in locales {
            var total = Row(locale: locale.tag, guide: nil, current: 0, stale: 0, missing: 0)
            while next < counted.count, counted[next].locale == locale.tag {
                let row = counted[next]
                total.current += row.current
                total.stale += row.stale
                total.missing += row.missing
                rows.append(row)
                next += 1
            }
            rows.append(total)
        }
        return L10nStatus(rows: rows)
    }

    /// One guide's counts in one locale.
    static func row(_ guide: Guide, locale: LocaleID, catalogs: Catalogs) -> Row {
        var row = Row(locale: locale.tag, guide: guide.id, current: 0, stale: 0, missing: 0)
        let byKey = catalogs.catalog(locale: locale, guide: guide.id)?.liveEntriesByKey ?? [:]
        for unit in TranslationKey.units(of: guide) {
            let state = TranslationStatus.state(of: byKey[unit.key], source: unit.text.markdown)
            let inherited =
                state != .translated
                && catalogs.inherits(locale: locale, guide: guide.id, key: unit.key, source: unit.text.markdown, state: state, written: catalogs.writtenLocale(of: guide))
            switch inherited ? .translated : state {
            case .translated, .source: row.current += 1
            case .stale: row.stale += 1
            case .missing: row.missing += 1
            }
        }
        return row
    }

    /// A plain-text table for the terminal.
    public var table: String {
        let header = ["locale", "guide", "current", "stale", "missing", "total", "done"]
        let body = rows.map { row in
            [
                row.locale, row.guide ?? "(all guides)", String(row.current), String(row.stale), String(row.missing), String(row.total),
                row.total == 0 ? "–" : "\(row.current * 100 / row.total)%",
            ]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index < 2
                    ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + body.map(line)).joined(separator: "\n") + "\n"
    }

    /// The versioned JSON document (schema version 1).
    public var json: String {
        struct Document: Codable { var version: Int; var rows: [Row] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(Document(version: 1, rows: rows))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
