import WaymarkBase
import WaymarkGuide
import Yams

/// Loads one guide file's text: YAML syntax first, then the guide's structure.
package enum GuideFileLoader {
    /// The guide, if it could be read, and every problem found in the file.
    package static func load(text: String, file: String) -> (Guide?, [Diagnostic]) {
        var reader = YAMLReader(file: file, text: text)
        let root: Node?
        switch compose(text, file: file) {
        case .success(let node): root = node
        case .failure(let failure): return (nil, [failure.diagnostic])
        }
        guard let root, !root.isNullScalar else {
            reader.report(
                LoaderRule.emptyValue, "the guide file is empty",
                hint: "start with `id:`, `title:`, `summary:` and `methods:` (see the README)", range: nil)
            return (nil, reader.diagnostics)
        }
        var decoder = GuideDecoder(reader: reader)
        let guide = decoder.guide(from: root)
        return (guide, decoder.reader.diagnostics)
    }

    /// The largest file read, in bytes, and the most values it may expand to (YAML aliases
    /// can make a small file expand exponentially: a "billion laughs" file).
    static let maximumBytes = 1 << 20
    static let maximumValues = 50_000
    /// The most bytes of text the values may add up to once aliases are expanded: what the
    /// loader and renderer hold in memory and write, whatever the file's own size.
    static let maximumExpandedBytes = 2 << 20

    struct Failure: Error { var diagnostic: Diagnostic }

    /// The file's root node, or the one diagnostic that stops the file.
    static func compose(_ text: String, file: String) -> Result<Node?, Failure> {
        guard text.utf8.count <= maximumBytes else {
            return .failure(
                Failure(
                    diagnostic: Diagnostic(
                        LoaderRule.tooLarge, "the file is larger than \(maximumBytes >> 20) MiB",
                        hint: "split it into several guides", file: file)))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(Failure(diagnostic: diagnostic(for: error, file: file, text: text)))
        } catch {
            return .failure(Failure(diagnostic: Diagnostic(LoaderRule.yamlSyntax, "the file is not valid YAML: \(error)", file: file)))
        }
        if let root, let excess = excess(root, values: maximumValues, bytes: maximumExpandedBytes) {
            let what = excess == .values ? "more than \(maximumValues) values" : "more than \(ByteSize.words(maximumExpandedBytes)) of text"
            return .failure(
                Failure(
                    diagnostic: Diagnostic(
                        LoaderRule.tooLarge, "the file expands to \(what) once its aliases are expanded",
                        hint: "YAML anchors and aliases (&name, *name) are not needed in guides; write the values out",
                        file: file, at: ScalarPositions.location(of: root).map { SourceRange(start: $0) })))
        }
        return .success(root)
    }

    enum Excess { case values, bytes }

    /// Which budget the expanded tree exceeds, if any: more than `values` nodes or more than
    /// `bytes` of scalar text (UTF-8). Stops counting as soon as one is exceeded.
    static func excess(_ root: Node, values: Int, bytes: Int) -> Excess? {
        var (remainingValues, remainingBytes) = (values, bytes)
        var stack = [root]
        while let node = stack.popLast() {
            remainingValues -= 1
            if remainingValues < 0 { return .values }
            switch node {
            case .mapping(let mapping): for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .scalar(let scalar):
                remainingBytes -= scalar.string.utf8.count
                if remainingBytes < 0 { return .bytes }
            case .alias: break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, text: String = "") -> Diagnostic {
        func at(_ mark: Mark) -> SourceRange { SourceRange(start: SourceLocation(line: mark.line, column: mark.column)) }
        let hint = "check the indentation and the quoting around this place; a value that holds `: ` or starts with a special character needs quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = "YAML syntax error: \(problem)" + (context.map { " (\($0.text) at line \($0.mark.line))" } ?? "")
            return Diagnostic(LoaderRule.yamlSyntax, message, hint: hint, file: file, at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(
                LoaderRule.duplicateKey, "the key \(names) appears more than once in one mapping",
                hint: "keep one of them; YAML would silently drop the other", file: file,
                at: DuplicateKeys.second(of: duplicates, mappingAt: context.mark, in: text) ?? at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(
                LoaderRule.yamlSyntax, "the file cannot be read as text: \(problem)",
                hint: "save it as UTF-8", file: file)
        default:
            return Diagnostic(LoaderRule.yamlSyntax, "the file is not valid YAML: \(error)", file: file)
        }
    }
}
