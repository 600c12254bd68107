import WaymarkBase

/// Merges a template into a locale's catalog the way `msgmerge` does: a changed source text
/// keeps its translation but becomes fuzzy with its previous msgid; a removed one becomes
/// obsolete; a new one is added untranslated.
public enum Merger {
    /// `old` brought up to date with `template`, for `locale`. A new catalog's revision date is `today`.
    public static func merge(template: POFile, into old: POFile?, locale: LocaleID, languageName: String, today: String) -> POFile {
        let oldEntries = (old?.entries ?? []).filter { $0.context != nil }
        var used = Set<Int>()
        // First the exact matches (same key and source), then the same source under another
        // key (a list item that moved), and only then the same key with a changed source.
        // Each pass looks candidates up by key, first unused first: linear, not a scan per entry.
        func exactKey(_ entry: POEntry) -> String { "\(entry.context ?? "")\u{4}\(entry.msgid)" }
        let exactKeys = Set(template.entries.map(exactKey))
        var byExact = Candidates(oldEntries.indices.map { (exactKey(oldEntries[$0]), $0) })
        var byMovedSource = Candidates(
            oldEntries.indices.compactMap { index in
                let old = oldEntries[index]
                return old.hasTranslation && !exactKeys.contains(exactKey(old)) ? (old.msgid, index) : nil
            })
        var byContext = Candidates(oldEntries.indices.map { (oldEntries[$0].context ?? "", $0) })
        var matches: [Int?] = template.entries.map { fresh in
            guard let index = byExact.first(exactKey(fresh), unused: used) else { return nil }
            used.insert(index)
            return index
        }
        for (position, fresh) in template.entries.enumerated() where matches[position] == nil {
            if let index = byMovedSource.first(fresh.msgid, unused: used) {
                used.insert(index)
                matches[position] = index
            }
        }
        for (position, fresh) in template.entries.enumerated() where matches[position] == nil {
            if let index = byContext.first(fresh.context ?? "", unused: used) {
                used.insert(index)
                matches[position] = index
            }
        }
        var entries: [POEntry] = []
        for (position, fresh) in template.entries.enumerated() {
            entries.append(matches[position].map { carried(fresh, from: oldEntries[$0]) } ?? fresh)
        }
        // What is left becomes obsolete, keeping its fuzzy flag and previous source, as msgmerge does.
        for (index, entry) in oldEntries.enumerated() where !used.contains(index) && entry.hasTranslation {
            var gone = entry
            gone.isObsolete = true
            gone.extractedComments = []
            gone.references = []
            entries.append(gone)
        }
        var result = POFile(header: old?.header ?? [], entries: entries)
        result.headerComments = old?.headerComments ?? []
        completeHeader(of: &result, template: template, locale: locale, languageName: languageName, today: today)
        return result
    }

    /// The template's entry `fresh` with the translation of the old entry it matched: unchanged,
    /// or fuzzy with the source the translation was made for when the source (or its plural) changed.
    private static func carried(_ fresh: POEntry, from previous: POEntry) -> POEntry {
        var entry = fresh
        entry.translatorComments = previous.translatorComments
        entry.msgstr = previous.msgstr
        if fresh.msgidPlural != nil {
            // One form per plural category of the locale: extra forms go, missing ones are empty.
            entry.pluralForms = fresh.pluralForms.indices.map { $0 < previous.pluralForms.count ? previous.pluralForms[$0] : "" }
        }
        let changedPlurals = fresh.msgidPlural != previous.msgidPlural || fresh.pluralForms.count != previous.pluralForms.count
        if previous.msgid == fresh.msgid && !(changedPlurals && previous.hasTranslation) {
            entry.flags = previous.flags
            entry.previousMsgid = previous.previousMsgid
        } else if previous.hasTranslation {
            entry.flags = previous.flags
            entry.isFuzzy = true
            // Keep the source the translation was made for, across several changes.
            entry.previousMsgid = previous.isFuzzy ? (previous.previousMsgid ?? previous.msgid) : previous.msgid
        }
        return entry
    }

    /// The header fields a catalog must have, added where missing; the language and its plural
    /// forms always set to the locale's.
    private static func completeHeader(of result: inout POFile, template: POFile, locale: LocaleID, languageName: String, today: String) {
        let defaults: [(String, String)] = [
            ("Project-Id-Version", template.headerValue("Project-Id-Version") ?? "waymark"),
            ("PO-Revision-Date", today),
            ("Last-Translator", "none yet"),
            ("Language-Team", languageName),
            ("Language", locale.tag),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("Plural-Forms", pluralForms(locale)),
        ]
        for (name, value) in defaults where result.headerValue(name) == nil { result.setHeader(name, value) }
        result.setHeader("Language", locale.tag)
        result.setHeader("Plural-Forms", pluralForms(locale))
    }

    /// gettext's Plural-Forms line for a locale.
    /// From CLDR's plural rules of the locale (or of the first locale of its fallback chain that has some).
    static func pluralForms(_ locale: LocaleID) -> String { PluralRules.forLocale(locale).gettextPluralForms }
}

/// Old entries' indices by a key, in file order, handed out first unused first; each index is
/// passed over at most once, so all the lookups of a merge cost linear time.
struct Candidates {
    private var queues: [String: [Int]] = [:]
    private var cursors: [String: Int] = [:]

    init(_ pairs: [(String, Int)]) {
        for (key, index) in pairs { queues[key, default: []].append(index) }
    }

    mutating func first(_ key: String, unused used: Set<Int>) -> Int? {
        guard let queue = queues[key] else { return nil }
        var cursor = cursors[key] ?? 0
        while cursor < queue.count, used.contains(queue[cursor]) { cursor += 1 }
        cursors[key] = cursor
        return cursor < queue.count ? queue[cursor] : nil
    }
}
