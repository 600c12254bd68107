import WaymarkBase

/// One entry of a gettext PO catalog.
public struct POEntry: Hashable, Sendable {
    /// The stable key (`msgctxt`).
    public var context: String?
    /// The source text the translation was made for.
    public var msgid: String
    /// The translation; empty when there is none.
    public var msgstr: String
    /// `msgid_plural`: the source's plural form, on an entry with plural forms (interface catalogs only).
    public var msgidPlural: String?
    /// `msgstr[0]`, `msgstr[1]`…: one translation per form of the catalog's `Plural-Forms`.
    public var pluralForms: [String] = []
    /// `#,` flags, e.g. `fuzzy`.
    public var flags: [String] = []
    /// `#|` the source text before it changed (kept on fuzzy entries).
    public var previousMsgid: String?
    /// `#.` comments for the translator, written by Waymark.
    public var extractedComments: [String] = []
    /// `#:` where the source text is.
    public var references: [String] = []
    /// `# ` comments written by translators; kept as they are.
    public var translatorComments: [String] = []
    /// `#~` an entry whose source text is gone.
    public var isObsolete = false
    /// Where `msgid` and `msgstr` start in the file (1-based), when parsed.
    public var msgidLocation: SourceLocation?
    public var msgstrLocation: SourceLocation?

    /// Creates an entry.
    public init(context: String?, msgid: String, msgstr: String = "") {
        self.context = context
        self.msgid = msgid
        self.msgstr = msgstr
    }

    /// Whether the translator marked it as needing review (or Waymark did, when its source changed).
    public var isFuzzy: Bool {
        get { flags.contains("fuzzy") }
        set {
            flags.removeAll { $0 == "fuzzy" }
            if newValue { flags.insert("fuzzy", at: 0) }
        }
    }

    /// Whether it has a translation (a msgstr, or any plural form).
    public var hasTranslation: Bool { !msgstr.isEmpty || pluralForms.contains { !$0.isEmpty } }

    /// Whether it is the header entry (empty msgid, no context).
    public var isHeader: Bool { context == nil && msgid.isEmpty }
}

/// A gettext PO (or POT) catalog: a header and entries.
public struct POFile: Hashable, Sendable {
    /// Header fields in order (`Language`, `Content-Type`, …).
    public var header: [(String, String)]
    /// The header's own comments (translator comments above it).
    public var headerComments: [String] = []
    /// The entries, in file order.
    public var entries: [POEntry]

    /// Creates a catalog.
    public init(header: [(String, String)], entries: [POEntry]) {
        self.header = header
        self.entries = entries
    }

    /// The value of a header field.
    public func headerValue(_ name: String) -> String? { header.first { $0.0 == name }?.1 }

    /// Sets a header field, keeping its place or appending it.
    public mutating func setHeader(_ name: String, _ value: String) {
        if let index = header.firstIndex(where: { $0.0 == name }) { header[index].1 = value } else { header.append((name, value)) }
    }

    /// The live (non-obsolete) entry for a key.
    public func entry(for key: String) -> POEntry? { entries.first { !$0.isObsolete && $0.context == key } }

    /// The live entries by key (the first of each): one pass, for looking up every key of a
    /// guide (a scan per key made checking a 10,000-step guide take half a minute).
    public var liveEntriesByKey: [String: POEntry] {
        var result: [String: POEntry] = [:]
        for entry in entries where !entry.isObsolete {
            if let key = entry.context, result[key] == nil { result[key] = entry }
        }
        return result
    }

    public static func == (a: POFile, b: POFile) -> Bool {
        a.header.map { "\($0.0): \($0.1)" } == b.header.map { "\($0.0): \($0.1)" } && a.entries == b.entries && a.headerComments == b.headerComments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(header.map { "\($0.0): \($0.1)" })
        hasher.combine(entries)
    }
}
