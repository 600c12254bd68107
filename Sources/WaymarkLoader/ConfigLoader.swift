import Foundation
import WaymarkBase
import WaymarkProject
import Yams

/// Reads `waymark.yml`, reporting every problem with its position and applying what is valid.
public enum ConfigLoader {
    /// What loading found: the configuration (defaults where the file says nothing or is
    /// wrong), its problems, and its text for showing source lines.
    public struct Result: Sendable {
        public var config: ProjectConfig
        public var diagnostics: [Diagnostic]
        public var source: String?
    }

    enum Keys {
        static let root = ["source-locale", "locales", "paths", "rules"] + ["links"] + ["publish"]  // issue 15, issue 16
        static let links = ["allowed-origins"]
        static let paths = ["guides", "model", "locales", "templates", "public", "output"] + ["images"]  // issue 15
        static let severities = ["error", "warning", "note", "off"]
    }

    /// Reads `root/waymark.yml`; with no file, the defaults and no diagnostics.
    public static func load(root: URL, rules: [RuleDefinition]) -> Result {
        let file = ProjectConfig.fileName
        let url = root.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return Result(config: ProjectConfig(), diagnostics: [], source: nil) }
        // A symbolic link out of the project is not followed: its target could be anything on the machine.
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard url.standardizedFileURL.resolvingSymlinksInPath().path.hasPrefix(base + "/") else {
            var config = ProjectConfig()
            config.file = file
            return Result(
                config: config,
                diagnostics: [
                    Diagnostic(
                        ConfigRule.invalidValue, "\(file) is a symbolic link to a file outside the project",
                        hint: "make it a regular file in the project folder", file: file)
                ], source: nil)
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return Result(config: ProjectConfig(), diagnostics: [Diagnostic(CommonRule.unreadableFile, "cannot read \(file) as UTF-8 text", file: file)], source: nil)
        }
        let (config, diagnostics) = parse(text, file: file, rules: rules)
        return Result(config: config, diagnostics: diagnostics, source: text)
    }

    /// Parses the text of a configuration file.
    public static func parse(_ text: String, file: String, rules: [RuleDefinition]) -> (ProjectConfig, [Diagnostic]) {
        var config = ProjectConfig()
        config.file = file
        let root: Node?
        switch GuideFileLoader.compose(text, file: file) {
        case .success(let node): root = node
        case .failure(let failure): return (config, [failure.diagnostic])
        }
        guard let root, !root.isNullScalar else { return (config, []) }
        var decoder = ConfigDecoder(reader: YAMLReader(file: file, text: text), rules: Dictionary(rules.map { ($0.id, $0) }) { a, _ in a })
        decoder.decode(root, into: &config)
        return (config, decoder.reader.diagnostics.map(ConfigDecoder.renamed))
    }
}

/// Reads the configuration's nodes; every problem is a positioned `config.*` diagnostic.
struct ConfigDecoder {
    var reader: YAMLReader
    let rules: [String: RuleDefinition]

    /// The reader's generic rule ids, as the configuration's own.
    static func renamed(_ diagnostic: Diagnostic) -> Diagnostic {
        var result = diagnostic
        switch diagnostic.rule {
        case LoaderRule.unknownKey: result.rule = ConfigRule.unknownKey
        case LoaderRule.wrongType, LoaderRule.emptyValue, LoaderRule.missingField, LoaderRule.invalidID: result.rule = ConfigRule.invalidValue
        default: break
        }
        return result
    }

    mutating func decode(_ root: Node, into config: inout ProjectConfig) {
        guard let fields = reader.fields(of: root, what: "the configuration", allowed: ConfigLoader.Keys.root, required: []) else { return }
        if let node = fields["source-locale"], let locale = locale(node) {
            config.sourceLocale = locale
            config.sourceLocaleRange = ScalarPositions.range(of: node)
        }
        if let node = fields["locales"], !node.isNullScalar {
            var locales: [LocaleID] = []
            for item in reader.list(node, what: "'locales'") ?? [] {
                guard let locale = locale(item) else { continue }
                if locale == config.sourceLocale {
                    reader.report(
                        ConfigRule.invalidValue, "'\(locale)' is the source locale; 'locales' lists the translations",
                        hint: "remove it from 'locales'", at: item)
                } else if locales.contains(locale) {
                    reader.report(ConfigRule.invalidValue, "'\(locale)' is listed twice in 'locales'", hint: "remove one", at: item)
                } else {
                    locales.append(locale)
                    config.localeRanges[locale] = ScalarPositions.range(of: item)
                }
            }
            config.locales = locales
        }
        if let node = fields["paths"] { paths(node, into: &config.paths, ranges: &config.pathRanges) }
        if let node = fields["rules"] { config.rules = ruleSettings(node) }
        if let node = fields["links"] { links(node, into: &config) }
        if let threshold = reader.publishThreshold(fields["publish"], what: "'publish'") { config.publish = threshold }
    }

    /// `links: {allowed-origins: [https://…]}`: the origins links out of the help site may go to.
    private mutating func links(_ node: Node, into config: inout ProjectConfig) {
        guard let fields = reader.fields(of: node, what: "'links'", allowed: ConfigLoader.Keys.links, required: []) else { return }
        guard let list = fields["allowed-origins"] else { return }
        var origins: [String] = []
        for item in reader.list(list, what: "'allowed-origins'") ?? [] {
            guard let value = reader.string(item, what: "an origin") else { continue }
            guard let origin = ExternalLinks.origin(of: value), origin == value.lowercased().trimmingSuffix("/") else {
                reader.report(
                    ConfigRule.invalidValue, "'\(value)' is not an origin",
                    hint: "write a scheme and a host, such as https://www.whatsapp.com (no path)", at: item)
                continue
            }
            origins.append(origin)
        }
        config.allowedOrigins = origins
        config.allowedOriginsRange = ScalarPositions.location(of: list).map { SourceRange(start: $0) }
    }

    private mutating func locale(_ node: Node) -> LocaleID? {
        guard let tag = reader.string(node, what: "a locale") else { return nil }
        guard let locale = LocaleID(tag) else {
            reader.report(ConfigRule.invalidValue, "'\(tag)' is not a locale tag", hint: "write a language tag such as en, pt-BR, es or ar", at: node)
            return nil
        }
        return locale
    }

    private mutating func paths(_ node: Node, into paths: inout ProjectConfig.Paths, ranges: inout [String: SourceRange]) {
        guard let fields = reader.fields(of: node, what: "'paths'", allowed: ConfigLoader.Keys.paths, required: []) else { return }
        for key in ConfigLoader.Keys.paths {
            guard let valueNode = fields[key], var value = reader.string(valueNode, what: "the \(key) path") else { continue }
            while value.count > 1, value.hasSuffix("/") { value.removeLast() }
            let parts = value.split(separator: "/", omittingEmptySubsequences: false)
            guard !value.hasPrefix("/"), !value.contains("\\"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                reader.report(
                    ConfigRule.invalidValue, "the \(key) path '\(value)' is not a folder inside the project",
                    hint: "write a path relative to the project root without '..', such as Content/guides", at: valueNode)
                continue
            }
            ranges[key] = ScalarPositions.range(of: valueNode)
            switch key {
            case "guides": paths.guides = value
            case "model": paths.model = value
            case "locales": paths.locales = value
            case "templates": paths.templates = value
            case "public": paths.assets = value
            case "images": paths.images = value
            default: paths.output = value
            }
        }
    }

    private mutating func ruleSettings(_ node: Node) -> [String: ProjectConfig.RuleSetting] {
        guard case .mapping(let mapping) = node else {
            reader.report(
                ConfigRule.invalidValue, "'rules' must be a mapping of rule ids to settings, found \(node.kindName)",
                hint: "write one rule per line, e.g. `style.step-length: warning`", at: node)
            return [:]
        }
        var result: [String: ProjectConfig.RuleSetting] = [:]
        for (keyNode, value) in mapping {
            guard let id = keyNode.scalar?.string else {
                reader.report(ConfigRule.invalidValue, "a key of 'rules' must be a rule id", hint: "write one rule id per line, e.g. `style.step-length: warning`", at: keyNode)
                continue
            }
            guard let definition = rules[id] else {
                let suggestions = NearMiss.suggestions(for: id, among: Array(rules.keys))
                let range = ScalarPositions.range(of: keyNode)
                reader.report(
                    ConfigRule.unknownRule, "there is no rule '\(id)'",
                    hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the rules are listed in docs/rules.md and by `waymark rules`",
                    range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
                continue
            }
            guard definition.configurable else {
                reader.report(
                    ConfigRule.lockedRule, "the rule '\(id)' cannot be turned off or re-graded",
                    hint: "it guards loading, safety or writing; remove this line and fix what it reports", at: keyNode)
                continue
            }
            if let setting = setting(value, for: definition) { result[id] = setting }
        }
        return result
    }

    private mutating func setting(_ node: Node, for definition: RuleDefinition) -> ProjectConfig.RuleSetting? {
        if case .scalar = node { return severity(node).map { ProjectConfig.RuleSetting(severity: $0) } }
        let allowed = ["severity"] + definition.parameters.map(\.name)
        guard let fields = reader.fields(of: node, what: "the setting of '\(definition.id)'", allowed: allowed, required: []) else { return nil }
        var setting = ProjectConfig.RuleSetting(severity: definition.severity)
        var valid = true
        if let node = fields["severity"] {
            if let severity = severity(node) { setting.severity = severity } else { valid = false }
        }
        for parameter in definition.parameters {
            guard let valueNode = fields[parameter.name], let raw = reader.string(valueNode, what: "'\(parameter.name)'") else { continue }
            guard let value = Int(raw), value >= parameter.minimum else {
                reader.report(
                    ConfigRule.invalidValue, "'\(parameter.name)' must be a whole number of at least \(parameter.minimum), not '\(raw)'",
                    hint: parameter.summary, at: valueNode)
                continue
            }
            setting.parameters[parameter.name] = value
        }
        return valid ? setting : nil
    }

    /// A severity, or `.some(nil)` for `off`.
    private mutating func severity(_ node: Node) -> Severity?? {
        guard let raw = reader.string(node, what: "a severity") else { return nil }
        // `false` is how YAML 1.1 tools (and some editors) write `off`.
        if raw == "off" || raw == "false" { return .some(nil) }
        if let severity = Severity(rawValue: raw) { return .some(severity) }
        let suggestions = NearMiss.suggestions(for: raw, among: ConfigLoader.Keys.severities)
        let range = ScalarPositions.range(of: node)
        reader.report(
            ConfigRule.invalidValue, "'\(raw)' is not a severity",
            hint: "write error, warning, note or off", range: range,
            fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
        return nil
    }
}
