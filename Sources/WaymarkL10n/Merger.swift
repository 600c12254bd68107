import WaymarkBase

/// Merges a template into a locale's catalog the way `msgmerge` does: a changed source text
/// keeps its translation but becomes fuzzy with its previous msgid; a removed one becomes
/// obsolete; a new one is added untranslated.
public enum Merger {
    /// `old` brought up to date with `template`, for `locale`. A new catalog's revision date is `today`.
    public static func merge(template: POFile, into old: POFile?, locale: LocaleID, languageName: String, today: String) -> POFile {
        var byKey: [String: POEntry] = [:]
        for entry in old?.entries ?? [] {
            guard let key = entry.context else { continue }
            if byKey[key] == nil || byKey[key]!.isObsolete { byKey[key] = entry }
        }
        var entries: [POEntry] = []
        var used: Set<String> = []
        for fresh in template.entries {
            guard let key = fresh.context else { continue }
            used.insert(key)
            var entry = fresh
            if let previous = byKey[key] {
                entry.translatorComments = previous.translatorComments
                entry.msgstr = previous.msgstr
                if previous.msgid == fresh.msgid {
                    entry.flags = previous.flags
                    entry.previousMsgid = previous.previousMsgid
                } else if !previous.msgstr.isEmpty {
                    entry.flags = previous.flags
                    entry.isFuzzy = true
                    // Keep the source the translation was made for, across several changes.
                    entry.previousMsgid = previous.isFuzzy ? (previous.previousMsgid ?? previous.msgid) : previous.msgid
                }
            }
            entries.append(entry)
        }
        for entry in old?.entries ?? [] {
            guard let key = entry.context, !used.contains(key), !entry.msgstr.isEmpty else { continue }
            var gone = entry
            gone.isObsolete = true
            gone.extractedComments = []
            gone.references = []
            gone.previousMsgid = nil
            gone.flags.removeAll { $0 == "fuzzy" }
            used.insert(key)
            entries.append(gone)
        }
        var result = POFile(header: old?.header ?? [], entries: entries)
        result.headerComments = old?.headerComments ?? []
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
        return result
    }

    /// gettext's Plural-Forms line for a locale.
    static func pluralForms(_ locale: LocaleID) -> String {
        switch locale.tag.split(separator: "-").first.map(String.init) ?? locale.tag {
        case "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        case "pt" where locale.tag == "pt-BR": "nplurals=2; plural=(n > 1);"
        case "fr": "nplurals=2; plural=(n > 1);"
        default: "nplurals=2; plural=(n != 1);"
        }
    }
}
