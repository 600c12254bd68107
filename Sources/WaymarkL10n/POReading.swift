import WaymarkBase

/// The state of reading one PO catalog, on its UTF-8 bytes: no `String` index is walked, a
/// value is made into a `String` once, and a column is the count of Unicode scalars before it.
struct POReading {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    typealias Field = POParser.Field

    let file: String
    let allowPlurals: Bool
    var diagnostics: [Diagnostic] = []
    var entries: [POEntry] = []
    var header: [(String, String)] = []
    var headerComments: [String] = []
    var current = POParser.Builder()
    var field: Field?

    init(file: String, allowPlurals: Bool) {
        (self.file, self.allowPlurals) = (file, allowPlurals)
    }

    mutating func report(_ message: String, line: Int, column: Int = 1, hint: String) {
        diagnostics.append(
            Diagnostic(L10nRule.poSyntax, message, hint: hint, file: file, at: SourceRange(start: SourceLocation(line: line, column: column))))
    }

    /// Ends the entry being read, if any.
    mutating func finish() {
        defer { current = POParser.Builder(); field = nil }
        guard current.hasContent else { return }
        guard current.msgid != nil else {
            if current.msgstr != nil || current.context != nil {
                report("an entry has no msgid", line: current.firstLine, hint: "every entry needs `msgid \"…\"` before its msgstr")
            }
            return
        }
        if current.msgstr == nil && current.pluralForms.isEmpty {
            report(
                "the entry '\(current.context ?? current.msgid ?? "")' has no msgstr", line: current.msgidLocation?.line ?? current.firstLine,
                hint: "add `msgstr \"\"` after its msgid; gettext rejects an entry without one")
        }
        let entry = current.entry()
        if entry.isHeader && entries.isEmpty && header.isEmpty {
            header = POParser.parseHeader(entry.msgstr)
            headerComments = entry.translatorComments
        } else {
            entries.append(entry)
        }
    }

    /// Reads every line. Lines end with LF or CR LF.
    mutating func read(_ bytes: Bytes) {
        var start = 0, number = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            number += 1
            let lineEnd = end < bytes.count && end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            line(bytes, start, lineEnd, number)
            start = end + 1
        }
    }

    /// One line, `bytes[first..<end]`.
    mutating func line(_ bytes: Bytes, _ first: Int, _ end: Int, _ number: Int) {
        var at = first
        while at < end && (bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t")) { at += 1 }
        guard at < end else { return finish() }
        func byte(_ offset: Int) -> UInt8? { at + offset < end ? bytes[at + offset] : nil }
        var obsolete = false, previous = false
        if byte(0) == UInt8(ascii: "#") && byte(1) == UInt8(ascii: "~") {
            obsolete = true
            at = Self.skipSpaces(bytes, at + 2, end)
            if byte(0) == UInt8(ascii: "|") { previous = true; at = Self.skipSpaces(bytes, at + 1, end) }
        } else if byte(0) == UInt8(ascii: "#") && byte(1) == UInt8(ascii: "|") {
            previous = true
            at = Self.skipSpaces(bytes, at + 2, end)
        } else if byte(0) == UInt8(ascii: "#") {
            return comment(bytes, at, end, number)
        }
        if byte(0) == UInt8(ascii: "\"") {
            guard let target = field else {
                return report("a quoted line that continues nothing", line: number, hint: "put it after msgid, msgstr or msgctxt")
            }
            guard let value = unquote(bytes, at, end, line: number, column: Self.scalars(bytes, first, at) + 1) else { return }
            return current.append(value, to: target)
        }
        keywordLine(bytes, first: first, at: at, end, number, obsolete: obsolete, previous: previous)
    }

    /// A `#` comment: extracted (`#.`), reference (`#:`), flags (`#,`) or the translator's.
    mutating func comment(_ bytes: Bytes, _ at: Int, _ end: Int, _ number: Int) {
        if current.hasTranslation { finish() }
        current.firstLine = current.hasContent ? current.firstLine : number
        let body = min(at + 2, end)
        switch at + 1 < end ? bytes[at + 1] : 0 {
        case UInt8(ascii: "."): current.extracted.append(Self.string(bytes, Self.skipSpaces(bytes, body, end), end))
        case UInt8(ascii: ":"): current.references.append(Self.string(bytes, Self.skipSpaces(bytes, body, end), end))
        case UInt8(ascii: ","): current.flags += Self.string(bytes, body, end).split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        default: current.translator.append(Self.string(bytes, Self.skipSpaces(bytes, at + 1, end), end))
        }
        current.hasContent = true
    }

    /// `msgid "…"`, `msgstr "…"` and the other keywords.
    mutating func keywordLine(_ bytes: Bytes, first: Int, at: Int, _ end: Int, _ number: Int, obsolete: Bool, previous: Bool) {
        var after = at
        while after < end {
            let (scalar, length) = Self.scalar(bytes, after, end)
            if scalar.properties.isWhitespace { break }
            after += length
        }
        let keyword = Self.string(bytes, at, after)
        var rest = after
        while rest < end && (bytes[rest] == UInt8(ascii: " ") || bytes[rest] == UInt8(ascii: "\t")) { rest += 1 }
        let column = Self.scalars(bytes, first, rest) + 1
        let kind: Field
        switch (keyword, previous) {
        case ("msgctxt", false): kind = .context
        case ("msgid", false): kind = .msgid
        case ("msgstr", false): kind = .msgstr
        case ("msgctxt", true): kind = .previousContext
        case ("msgid", true): kind = .previousMsgid
        case ("msgid_plural", false) where allowPlurals: kind = .msgidPlural
        case _
        where allowPlurals && !previous && keyword.hasPrefix("msgstr[") && keyword.hasSuffix("]")
            && Int(keyword.dropFirst(7).dropLast()).map { (0..<10).contains($0) } == true:
            kind = .pluralForm(Int(keyword.dropFirst(7).dropLast())!)
        case _ where keyword == "msgid_plural" || keyword.hasPrefix("msgstr["):
            report("plural entries (\(keyword)) are not used by Waymark", line: number, hint: "remove the plural forms; Waymark's texts have none")
            field = nil
            return
        default:
            report("'\(keyword)' is not a PO keyword", line: number, hint: "PO lines start with msgctxt, msgid, msgstr, a quote or #")
            field = nil
            return
        }
        if kind == .context || kind == .msgid || kind == .previousContext || kind == .previousMsgid, current.hasTranslation {
            finish()
        }
        if !current.hasContent { current.firstLine = number }
        current.hasContent = true
        current.obsolete = current.obsolete || obsolete
        guard let value = unquote(bytes, rest, end, line: number, column: column) else { field = nil; return }
        current.start(kind, value, at: SourceLocation(line: number, column: column))
        field = kind
    }
}
