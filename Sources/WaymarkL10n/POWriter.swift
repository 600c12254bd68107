/// Writes PO catalogs the way gettext's tools do, so `msgfmt --check` and translators'
/// editors read them; the same catalog always gives the same bytes.
public enum POWriter {
    /// The catalog as PO text.
    public static func write(_ file: POFile) -> String {
        var lines: [String] = file.headerComments.map { "# " + $0 }
        lines.append("msgid \"\"")
        lines.append("msgstr \"\"")
        for (name, value) in file.header { lines.append(quote("\(name): \(value)\n")) }
        for entry in file.entries {
            lines.append("")
            lines += write(entry)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ entry: POEntry) -> [String] {
        var lines: [String] = []
        lines += entry.translatorComments.map { $0.isEmpty ? "#" : "# " + $0 }
        lines += entry.extractedComments.map { "#. " + $0 }
        lines += entry.references.map { "#: " + $0 }
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        if let previous = entry.previousMsgid {
            let marker = entry.isObsolete ? "#~| " : "#| "
            if let context = entry.context { lines += field(marker + "msgctxt", context) }
            lines += field(marker + "msgid", previous)
        }
        let prefix = entry.isObsolete ? "#~ " : ""
        if let context = entry.context { lines += field(prefix + "msgctxt", context) }
        lines += field(prefix + "msgid", entry.msgid)
        if let plural = entry.msgidPlural {
            lines += field(prefix + "msgid_plural", plural)
            for (index, form) in entry.pluralForms.enumerated() { lines += field(prefix + "msgstr[\(index)]", form) }
        } else {
            lines += field(prefix + "msgstr", entry.msgstr)
        }
        return lines
    }

    /// `keyword "text"`, or for text with line breaks `keyword ""` and one quoted line each.
    static func field(_ keyword: String, _ text: String) -> [String] {
        let pieces = splitAfterNewlines(text)
        guard pieces.count > 1 else { return ["\(keyword) \(quote(text))"] }
        let continuation = ["#~| ", "#~ ", "#| "].first { keyword.hasPrefix($0) } ?? ""
        return ["\(keyword) \"\""] + pieces.map { continuation + quote($0) }
    }

    static func splitAfterNewlines(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" { pieces.append(current); current = "" }
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
