import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import Yams

/// Reads typed values out of composed YAML nodes, reporting every problem as a positioned
/// diagnostic and carrying on with what it could read.
struct YAMLReader {
    let file: String
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(file: String, text: String) {
        self.file = file
        self.source = SourceText(text)
    }

    // MARK: Reporting

    mutating func report(
        _ rule: RuleDefinition, _ message: String, hint: String? = nil, at node: Node?,
        severity: Severity? = nil, fixIts: [FixIt] = []
    ) {
        report(rule, message, hint: hint, range: node.flatMap(ScalarPositions(source: source).verifiedRange(of:)), severity: severity, fixIts: fixIts)
    }

    mutating func report(
        _ rule: RuleDefinition, _ message: String, hint: String? = nil, range: SourceRange?,
        severity: Severity? = nil, fixIts: [FixIt] = []
    ) {
        diagnostics.append(Diagnostic(rule, reportedAs: severity ?? rule.severity, message, hint: hint, file: file, at: range, fixIts: fixIts))
    }

    // MARK: Mappings

    /// The values of a mapping by key, after reporting unknown keys (with suggestions) and
    /// missing required ones. Returns nil, with a diagnostic, if `node` is not a mapping.
    mutating func fields(
        of node: Node, what: String, allowed: [String], required: [String]
    ) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            report(
                LoaderRule.wrongType, "\(what) must be a mapping of keys to values, found \(node.kindName)",
                hint: "write it as `key: value` lines; allowed keys: \(allowed.joined(separator: ", "))", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report(LoaderRule.wrongType, "a key in \(what) must be text", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                let suggestions = NearMiss.suggestions(for: key, among: allowed)
                if let best = suggestions.first { suggested.insert(best) }
                let range = ScalarPositions.range(of: keyNode)
                let hint =
                    suggestions.first.map { "did you mean '\($0)'?" }
                    ?? "allowed keys in \(what): \(allowed.joined(separator: ", "))"
                report(
                    LoaderRule.unknownKey, "unknown key '\(key)' in \(what)", hint: hint, range: range,
                    fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
                continue
            }
            result[key] = value
        }
        // A misspelt required key is reported once, as the unknown key with its fix-it.
        let missing = required.filter { result[$0] == nil && !suggested.contains($0) }
        for key in missing {
            report(
                LoaderRule.missingField, "\(what) has no '\(key)'",
                hint: "add `\(key): …` to \(what)", range: ScalarPositions.location(of: node).map { SourceRange(start: $0) })
        }
        return result
    }

    // MARK: Scalars

    /// A non-empty text value, checked as inline Markdown.
    mutating func text(_ node: Node?, what: String) -> InlineText? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            report(
                LoaderRule.wrongType, "\(what) must be text, found \(node.kindName)",
                hint: "write the text after the colon, on the same line or as a `|` block", at: node)
            return nil
        }
        let value = scalar.string.trimmingWhitespace
        guard !value.isEmpty, node.isNullScalar == false else {
            report(LoaderRule.emptyValue, "\(what) is empty", hint: "write the text after the colon", at: node)
            return nil
        }
        checkInlineMarkdown(scalar.string, in: node, what: what)
        return InlineText(value, range: ScalarPositions(source: source).verifiedRange(of: node))
    }

    /// A plain string value (ids, kinds, durations), not Markdown.
    mutating func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            report(LoaderRule.wrongType, "\(what) must be a single value, found \(node.kindName)", at: node)
            return nil
        }
        let value = scalar.string.trimmingWhitespace
        guard !value.isEmpty, !node.isNullScalar else {
            report(LoaderRule.emptyValue, "\(what) is empty", hint: "write a value after the colon", at: node)
            return nil
        }
        return value
    }

    /// A slug id, reported with a suggested fix when it is not valid.
    mutating func id(_ node: Node?, what: String) -> (String, SourceRange?)? {
        guard let node, let value = string(node, what: what) else { return nil }
        let range = ScalarPositions.range(of: node)
        guard Slug.isValid(value) else {
            let suggestion = Slug.suggestion(from: value)
            report(
                LoaderRule.invalidID, "'\(value)' is not a valid id for \(what)",
                hint: "use lowercase letters, digits and single hyphens (it becomes a URL path and an anchor)"
                    + (suggestion.isEmpty ? "" : ", e.g. '\(suggestion)'"),
                range: range, fixIts: suggestion.isEmpty ? [] : range.map { [FixIt(range: $0, replacement: suggestion)] } ?? [])
            return nil
        }
        return (value, range)
    }

    /// A true/false value.
    mutating func bool(_ node: Node?, what: String) -> Bool? {
        guard let node else { return nil }
        guard let raw = node.scalar?.string, let value = ["true": true, "false": false][raw] else {
            report(LoaderRule.wrongType, "\(what) must be true or false, found \(node.kindName == "text" ? "'\(node.scalar?.string ?? "")'" : node.kindName)", at: node)
            return nil
        }
        return value
    }

    /// The items of a list; reports and returns nil for anything else.
    mutating func list(_ node: Node?, what: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            if node.isNullScalar { return [] }
            report(
                LoaderRule.wrongType, "\(what) must be a list, found \(node.kindName)",
                hint: "write each entry on its own line, starting with `- `", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts.
    mutating func texts(_ node: Node?, what: String) -> [InlineText] {
        var result: [InlineText] = []
        for item in list(node, what: what) ?? [] { if let value = text(item, what: "an entry of \(what)") { result.append(value) } }
        return result
    }

    // MARK: Inline Markdown

    private mutating func checkInlineMarkdown(_ value: String, in node: Node, what: String) {
        let positions = ScalarPositions(source: source)
        var reportedRawHTML = false
        for finding in CMark.inspectInline(value) {
            // One raw-HTML diagnostic per field: `<b>x</b>` is one problem, not two.
            if case .rawHTML = finding.kind {
                if reportedRawHTML { continue }
                reportedRawHTML = true
            }
            let at = positions.location(ofUTF8Offset: finding.utf8Offset, in: node).map { SourceRange(start: $0) }
            switch finding.kind {
            case .rawHTML(let html):
                report(
                    LoaderRule.rawHTML, "raw HTML '\(html.prefix(40))' in \(what) is not published as markup",
                    hint: "write Markdown instead (**bold**, *emphasis*, `code`, [text](https://…)); to show the characters, escape them as \\<", range: at)
            case .unsafeLink(let url):
                report(
                    LoaderRule.unsafeLink, "the link to '\(url.prefix(60))' in \(what) is not allowed",
                    hint: "links may use http, https, mailto or tel, or be relative, and may not hold spaces, < or >", range: at)
            case .blockContent(let kind):
                report(
                    LoaderRule.blockContent, "\(what) holds block Markdown (\(kind)); only inline Markdown is allowed here",
                    hint: "use the guide's structure instead: steps, sub-steps, choices or callouts", range: at)
            }
        }
    }
}

extension Node {
    /// A word for what a node is, for messages.
    var kindName: String {
        switch self {
        case .scalar: isNullScalar ? "nothing" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Whether the node is an empty value (`key:` with nothing after it, or `~`, or `null`).
    var isNullScalar: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
