import WaymarkBase

@testable import WaymarkL10n

/// The PO parser as it was before it read bytes (on `String` and `Substring`), kept as the
/// reference the byte parser is compared with (POByteParserTests).
enum POParserReference {
    static func parse(_ text: String, file: String, allowPlurals: Bool = false) -> (POFile, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [POEntry] = []
        var header: [(String, String)] = []
        var headerComments: [String] = []
        var current = POParser.Builder()
        var field: POParser.Field?

        func report(_ message: String, line: Int, column: Int = 1, hint: String) {
            diagnostics.append(
                Diagnostic(
                    L10nRule.poSyntax, message, hint: hint, file: file,
                    at: SourceRange(start: SourceLocation(line: line, column: column))))
        }
        func finish() {
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

        if text.unicodeScalars.first == "\u{FEFF}" {
            report("the catalog starts with a byte-order mark", line: 1, hint: "save it as UTF-8 without a BOM; gettext rejects it")
        }
        // Lines end with LF or CR LF (a Swift Character holds "\r\n" whole, so split on scalars).
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = normalized.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring(String(String.UnicodeScalarView($0))) }
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            var line = Substring(rawLine)
            while line.first == " " || line.first == "\t" { line.removeFirst() }
            if line.isEmpty { finish(); continue }
            var obsolete = false
            var previous = false
            if line.hasPrefix("#~") {
                obsolete = true
                line = line.dropFirst(2).drop { $0 == " " }
                if line.hasPrefix("|") { previous = true; line = line.dropFirst().drop { $0 == " " } }
            } else if line.hasPrefix("#|") {
                previous = true
                line = line.dropFirst(2).drop { $0 == " " }
            } else if line.hasPrefix("#") {
                if current.hasTranslation { finish() }
                current.firstLine = current.hasContent ? current.firstLine : number
                let body = line.dropFirst(2)
                switch line.dropFirst().first {
                case ".": current.extracted.append(String(body.drop { $0 == " " }))
                case ":": current.references.append(String(body.drop { $0 == " " }))
                case ",": current.flags += body.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
                default: current.translator.append(String(line.dropFirst().drop { $0 == " " }))
                }
                current.hasContent = true
                continue
            }
            if line.hasPrefix("\"") {
                guard let target = field else {
                    report("a quoted line that continues nothing", line: number, hint: "put it after msgid, msgstr or msgctxt")
                    continue
                }
                guard let value = unquote(line, line: number, column: rawLine.count - line.count + 1, report: report) else { continue }
                current.append(value, to: target)
                continue
            }
            let keyword = line.prefix { !$0.isWhitespace }
            let rest = line.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            let column = rawLine.count - rest.count + 1
            let kind: POParser.Field
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
                continue
            default:
                report("'\(keyword)' is not a PO keyword", line: number, hint: "PO lines start with msgctxt, msgid, msgstr, a quote or #")
                field = nil
                continue
            }
            if (kind == .context || kind == .msgid || kind == .previousContext || kind == .previousMsgid), current.hasTranslation {
                finish()
            }
            if !current.hasContent { current.firstLine = number }
            current.hasContent = true
            current.obsolete = current.obsolete || obsolete
            guard let value = unquote(rest, line: number, column: column, report: report) else { field = nil; continue }
            current.start(kind, value, at: SourceLocation(line: number, column: column))
            field = kind
        }
        finish()
        var seen: [String: Int] = [:]
        for entry in entries where !entry.isObsolete {
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
        return (POFile(header: header, entries: entries).with(headerComments: headerComments), diagnostics)
    }

    /// The text of a quoted PO string, or nil (reported) when it is not one.
    static func unquote(_ text: Substring, line: Int, column: Int, report: (String, Int, Int, String) -> Void) -> String? {
        var trimmed = text
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        guard trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" else {
            report("a string must be in double quotes", line, column, "write it as \"…\", with \\\" for a quote inside")
            return nil
        }
        var result = ""
        var escaping = false
        for scalar in trimmed.dropFirst().dropLast().unicodeScalars {
            if escaping {
                switch scalar {
                case "n": result += "\n"
                case "t": result += "\t"
                case "r": result += "\r"
                case "\\": result += "\\"
                case "\"": result += "\""
                default:
                    report("'\\\(scalar)' is not an escape PO files know", line, column, "use \\n, \\t, \\\\ or \\\"")
                    return nil
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "\"" {
                report("a quote inside a string must be escaped", line, column, "write \\\" for a quote inside a string")
                return nil
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                report(
                    "a control character (U+\(String(scalar.value, radix: 16, uppercase: true))) is in the string", line, column,
                    "remove it; only \\n and \\t are allowed")
                return nil
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping {
            report("the string ends with a lone backslash", line, column, "write \\\\ for a backslash")
            return nil
        }
        return result
    }

}
