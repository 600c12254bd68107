import WaymarkBase
import WaymarkPipeline

/// Checks a template's tags against what pages give them: `{{{x}}}` and `{{& x}}` only on
/// values that are HTML, known names only (with a suggestion), partials that exist.
enum TemplateCheck {
    static func check(_ text: String, file: String, partials: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let scalars = Array(text.unicodeScalars)
        var (index, line, column) = (0, 1, 1)
        func advance() {
            let scalar = scalars[index]
            if scalar == "\n" && index > 0 && scalars[index - 1] == "\r" {
                // CR LF is one break.
            } else if SourceText.isBreak(scalar) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        func starts(_ token: String, at position: Int) -> Bool {
            let token = Array(token.unicodeScalars)
            return position + token.count <= scalars.count && Array(scalars[position..<(position + token.count)]) == token
        }
        while index < scalars.count {
            guard starts("{{", at: index) else { advance(); continue }
            let (tagLine, tagColumn) = (line, column)
            let triple = starts("{{{", at: index)
            let close = triple ? "}}}" : "}}"
            var end = index + (triple ? 3 : 2)
            while end < scalars.count, !starts(close, at: end) { end += 1 }
            guard end < scalars.count else { break }  // the parser reports an unclosed tag
            let body = String(String.UnicodeScalarView(scalars[(index + (triple ? 3 : 2))..<end])).trimmingWhitespace
            let width = end + close.unicodeScalars.count - index
            while index < end + close.unicodeScalars.count { advance() }
            let at = SourceRange(start: SourceLocation(line: tagLine, column: tagColumn), end: SourceLocation(line: tagLine, column: tagColumn + width))
            switch diagnose(body, triple: triple, file: file, at: at, partials: partials) {
            case .stop: return diagnostics
            case .found(let found): diagnostics += found
            }
        }
        return diagnostics
    }

    /// What one tag means for the check: its diagnostics, or that the rest is not read.
    private enum Finding {
        case found([Diagnostic])
        case stop
    }

    /// The diagnostics of one tag whose text between the braces is `tag`.
    private static func diagnose(_ tag: String, triple: Bool, file: String, at: SourceRange, partials: Set<String>) -> Finding {
        var body = tag
        let sigil = triple ? "{" : body.first.map(String.init) ?? ""
        if !triple, ["!", "#", "^", "/", ">", "&", "="].contains(sigil) { body = String(body.dropFirst()).trimmingWhitespace }
        switch sigil {
        case "!": return .found([])
        case "=": return .stop  // other delimiters: the rest is not read with these
        case ">":
            guard !partials.contains(body) else { return .found([]) }
            let suggestions = NearMiss.suggestions(for: body, among: partials)
            return .found([
                Diagnostic(
                    SiteRule.templateMissingPartial, "there is no partial '\(body)'",
                    hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "add \(body).mustache to the templates folder",
                    file: file, at: at)
            ])
        case "{", "&":
            if !TemplateVocabulary.isHTML(body), body != "." {
                return .found([
                    Diagnostic(
                        SiteRule.templateUnescaped, "'\(body)' is plain text, but \(triple ? "{{{ }}}" : "{{& }}") publishes it unescaped",
                        hint: "write {{\(body)}}: only body and the values whose names end in HTML are HTML already",
                        file: file, at: at, fixIts: [FixIt(range: at, replacement: "{{\(body)}}")])
                ])
            }
        default: break
        }
        guard body != "." else { return .found([]) }
        let unknown = body.split(separator: ".").map(String.init).filter { !TemplateVocabulary.names.contains($0) }
        guard let name = unknown.first else { return .found([]) }
        let suggestions = NearMiss.suggestions(for: name, among: TemplateVocabulary.names)
        return .found([
            Diagnostic(
                SiteRule.templateUnknownValue, "the template uses '\(body)', which no page has",
                hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "the README lists the values templates get",
                file: file, at: at)
        ])
    }
}
