import WaymarkBase

/// The header of a locale's catalog: its `Language` is the folder's, its charset UTF-8, its
/// `Plural-Forms` well formed — what `msgfmt --check` needs, so that no catalog Waymark
/// reads or writes is one msgfmt rejects. (Which plural rule a language has is not checked
/// here: only the syntax and that `plural` stays below `nplurals` for small n.)
package enum POHeaderCheck {

    package static let language = RuleDefinition(
        "l10n.header-language", .error, summary: "A catalog whose `Language` header names another locale than its folder.",
        explanation:
            "Translation tools and msgfmt take the language from the header: a `Language: es` catalog in `pt-BR/` gets Spanish plural rules and spell-checking, and is a sign the file was copied into the wrong folder.",
        fix: "Move the catalog into the folder of its language, or correct the header (`\"Language: pt-BR\\n\"`).",
        configurable: false)
    package static let charset = RuleDefinition(
        "l10n.header-charset", .error, summary: "A catalog whose `Content-Type` header does not say `charset=UTF-8`.",
        explanation: "Waymark reads and writes catalogs as UTF-8; a header that says another charset makes msgfmt and translation tools read every accented letter wrongly.",
        fix: "Save the catalog as UTF-8 and write `\"Content-Type: text/plain; charset=UTF-8\\n\"`.",
        configurable: false)
    package static let pluralForms = RuleDefinition(
        "l10n.header-plural-forms", .error, summary: "A catalog whose `Plural-Forms` header is not `nplurals=N; plural=EXPRESSION;` with a valid C expression of n.",
        explanation: "`msgfmt --check` rejects the catalog, and `waymark l10n update` would write it again as it is, so the header is checked before anything is written.",
        fix: "Write the header as gettext documents it, for example `\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"`.",
        configurable: false)

    package static let definitions: [RuleDefinition] = [
        language,
        charset,
        pluralForms,
    ]

    /// Every problem of `catalog`'s header, positioned on its header line in `text`.
    package static func check(_ catalog: POFile, text: String, file: String, locale: LocaleID) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The lines are split only for a header with a problem.
        func at(_ name: String) -> SourceRange? {
            for (index, line) in SourceText(text).lines.enumerated() {
                if let range = line.range(of: "\"\(name):") {
                    let column = line[..<range.lowerBound].unicodeScalars.count + 2
                    return SourceRange(start: SourceLocation(line: index + 1, column: column))
                }
            }
            return nil
        }
        if let value = catalog.headerValue("Language"), !value.isEmpty {
            let tag = value.replacingOccurrences(of: "_", with: "-")
            if LocaleID(tag) != locale {
                diagnostics.append(
                    Diagnostic(
                        language, "the catalog says it is in '\(value)', but it is in the \(locale) folder",
                        hint: "move it to the folder of its language, or write \"Language: \(locale.tag)\\n\"", file: file, at: at("Language")))
            }
        }
        if let value = catalog.headerValue("Content-Type") {
            let charset = value.lowercased().components(separatedBy: "charset=").dropFirst().first?.trimmingWhitespace ?? ""
            if charset != "utf-8" {
                diagnostics.append(
                    Diagnostic(
                        self.charset, "the catalog's charset is '\(charset.isEmpty ? "not given" : charset)', not UTF-8",
                        hint: "save it as UTF-8 and write \"Content-Type: text/plain; charset=UTF-8\\n\"", file: file, at: at("Content-Type")))
            }
        }
        if let value = catalog.headerValue("Plural-Forms"), let problem = PluralFormsMemo.shared.problem(value) {
            diagnostics.append(
                Diagnostic(
                    pluralForms, "the Plural-Forms header is not valid: \(problem)",
                    hint: "write it as gettext does, e.g. \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"", file: file, at: at("Plural-Forms")))
        }
        return diagnostics
    }
}
