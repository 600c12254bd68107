import WaymarkBase
import WaymarkGuide
import Yams

/// Loads one guide file's text: YAML syntax first, then the guide's structure.
enum GuideFileLoader {
    /// The guide, if it could be read, and every problem found in the file.
    static func load(text: String, file: String) -> (Guide?, [Diagnostic]) {
        var reader = YAMLReader(file: file, text: text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, file: file)])
        } catch {
            return (nil, [Diagnostic(LoaderRule.yamlSyntax, .error, "the file is not valid YAML: \(error)", file: file)])
        }
        guard let root, !root.isNullScalar else {
            reader.report(LoaderRule.emptyValue, "the guide file is empty",
                          hint: "start with `id:`, `title:`, `summary:` and `methods:` (see the README)", range: nil)
            return (nil, reader.diagnostics)
        }
        var decoder = GuideDecoder(reader: reader)
        let guide = decoder.guide(from: root)
        return (guide, decoder.reader.diagnostics)
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceRange { SourceRange(start: SourceLocation(line: mark.line, column: mark.column)) }
        let hint = "check the indentation and the quoting around this place; a value that holds `: ` or starts with a special character needs quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let message = "YAML syntax error: \(problem)" + (context.map { " (\($0.text) at line \($0.mark.line))" } ?? "")
            return Diagnostic(LoaderRule.yamlSyntax, .error, message, hint: hint, file: file, at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(LoaderRule.duplicateKey, .error, "the key \(names) appears more than once in one mapping",
                              hint: "keep one of them; YAML would silently drop the other", file: file, at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(LoaderRule.yamlSyntax, .error, "the file cannot be read as text: \(problem)",
                              hint: "save it as UTF-8", file: file)
        default:
            return Diagnostic(LoaderRule.yamlSyntax, .error, "the file is not valid YAML: \(error)", file: file)
        }
    }
}
