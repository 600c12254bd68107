import WaymarkBase

/// Reads PO catalogs with the position of every entry, reporting what it cannot read.
public enum POParser {
    /// The catalog in `text`, and every problem found; a line it cannot read is reported and skipped.
    /// Plural entries (`msgid_plural`, `msgstr[N]`) are read when `allowPlurals` (interface
    /// catalogs); guide catalogs have none, so there they are reported.
    /// The text is read as UTF-8 bytes, line by line (POReading.swift); columns count Unicode scalars.
    public static func parse(_ text: String, file: String, allowPlurals: Bool = false) -> (POFile, [Diagnostic]) {
        var reading = POReading(file: file, allowPlurals: allowPlurals)
        if text.unicodeScalars.first == "\u{FEFF}" {
            reading.report("the catalog starts with a byte-order mark", line: 1, hint: "save it as UTF-8 without a BOM; gettext rejects it")
        }
        var text = text
        text.withUTF8 { reading.read($0) }
        reading.finish()
        var diagnostics = reading.diagnostics
        var seen: [String: Int] = [:]
        for entry in reading.entries where !entry.isObsolete {
            // Waymark keys entries by msgctxt alone, so a context may appear once.
            let key = entry.context ?? ("\u{4}" + entry.msgid)
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        L10nRule.duplicateEntry, "the entry '\(entry.context ?? entry.msgid)' appears twice",
                        hint: "keep one of them (the first is at line \(first)); gettext rejects a catalog with duplicates",
                        file: file, at: entry.msgidLocation.map { SourceRange(start: $0) }))
            } else {
                seen[key] = entry.msgidLocation?.line ?? 0
            }
        }
        return (POFile(header: reading.header, entries: reading.entries).with(headerComments: reading.headerComments), diagnostics)
    }

    enum Field: Equatable { case context, msgid, msgstr, previousContext, previousMsgid, msgidPlural, pluralForm(Int) }

    struct Builder {
        var hasContent = false
        var firstLine = 1
        var translator: [String] = []
        var extracted: [String] = []
        var references: [String] = []
        var flags: [String] = []
        var previousMsgid: String?
        var context: String?
        var msgid: String?
        var msgstr: String?
        var msgidPlural: String?
        var pluralForms: [Int: String] = [:]
        var obsolete = false
        var msgidLocation: SourceLocation?
        var msgstrLocation: SourceLocation?

        /// Whether a msgstr (or a plural form) was read: what follows starts a new entry.
        var hasTranslation: Bool { msgstr != nil || !pluralForms.isEmpty }

        mutating func start(_ field: Field, _ value: String, at location: SourceLocation) {
            switch field {
            case .context: context = value
            case .msgid: msgid = value; msgidLocation = location
            case .msgstr: msgstr = value; msgstrLocation = location
            case .previousContext: break
            case .previousMsgid: previousMsgid = value
            case .msgidPlural: msgidPlural = value
            case .pluralForm(let index): pluralForms[index] = value; if msgstrLocation == nil { msgstrLocation = location }
            }
        }

        mutating func append(_ value: String, to field: Field) {
            switch field {
            case .context: context = (context ?? "") + value
            case .msgid: msgid = (msgid ?? "") + value
            case .msgstr: msgstr = (msgstr ?? "") + value
            case .previousContext: break
            case .previousMsgid: previousMsgid = (previousMsgid ?? "") + value
            case .msgidPlural: msgidPlural = (msgidPlural ?? "") + value
            case .pluralForm(let index): pluralForms[index, default: ""] += value
            }
        }

        func entry() -> POEntry {
            var entry = POEntry(context: context, msgid: msgid ?? "", msgstr: msgstr ?? "")
            entry.msgidPlural = msgidPlural
            entry.pluralForms = (0..<(pluralForms.keys.max().map { $0 + 1 } ?? 0)).map { pluralForms[$0] ?? "" }
            entry.flags = flags
            entry.previousMsgid = previousMsgid
            entry.extractedComments = extracted
            entry.references = references
            entry.translatorComments = translator
            entry.isObsolete = obsolete
            entry.msgidLocation = msgidLocation
            entry.msgstrLocation = msgstrLocation
            return entry
        }
    }

    static func parseHeader(_ text: String) -> [(String, String)] {
        text.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingWhitespace)
        }
    }
}

extension POFile {
    func with(headerComments: [String]) -> POFile {
        var copy = self
        copy.headerComments = headerComments
        return copy
    }
}
