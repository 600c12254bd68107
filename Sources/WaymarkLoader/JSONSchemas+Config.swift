import WaymarkBase

extension JSONSchemas {
    /// The schema of `waymark.yml`, with a property for each configurable rule of `rules`
    /// (its parameters included), in the same form as the others.
    public static func config(rules: [RuleDefinition]) -> String { render(configSchema(rules: rules)) }

    /// What each key of `waymark.yml` means, for editors' hover help.
    static let configDescriptions: [String: String] = [
        "source-locale": "The language the guides are written in (default en).",
        "locales": "The locales to build and check besides the source; default: every folder of the locales path.",
        "paths": "Where the project's parts are, relative to the project root.",
        "rules": "Rule settings by rule id: a severity (error, warning, note) or off, or a mapping with `severity` and the rule's parameters. See docs/rules.md.",
        "paths.guides": "The guides folder (default Content/guides).",
        "paths.model": "The product model's folder (default Content/model).",
        "paths.locales": "The translations' folder (default Content/locales).",
        "paths.templates": "The page templates' folder (default Templates).",
        "paths.public": "The static assets' folder (default Public).",
        "paths.output": "Where `waymark build` writes the site (default Site).",
        "paths.images": "The guides' images (default Content/images); per-locale versions in <locale>/ under it.",
        "publish": "When a locale's page of a guide is published: minimum-translated, a share such as 80% (a guide's own publish: wins).",
        "links": "Links out of the help site (issue 15).",
        "links.allowed-origins":
            "The origins (scheme and host, e.g. https://www.whatsapp.com) that links out may go to; others are reported (links.external-origin). Default: any.",
    ]

    static func configSchema(rules: [RuleDefinition]) -> Value {
        let locale: Value = ["type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"]
        let path: Value = ["type": "string", "pattern": "^(?!/)(?!.*(^|/)\\.{1,2}(/|$))[^\\\\]+$"]
        var ruleProperties: [String: Value] = [:]
        for rule in rules where rule.configurable {
            var settings: [String: Value] = ["severity": ref("severity")]
            for parameter in rule.parameters {
                settings[parameter.name] = [
                    "type": "integer", "minimum": .int(parameter.minimum), "default": .int(parameter.defaultValue),
                    "description": .string(parameter.summary),
                ]
            }
            ruleProperties[rule.id] = [
                "description": .string("\(rule.summary) Default: \(rule.severity.rawValue)."),
                "anyOf": [ref("severity"), ["type": "object", "additionalProperties": false, "properties": .object(settings)]],
            ]
        }
        let root = mapping(
            "config", keys: ConfigLoader.Keys.root, required: [],
            properties: [
                "source-locale": locale,
                "locales": list(locale, nullable: true),
                "paths": mapping(
                    "paths", keys: ConfigLoader.Keys.paths, required: [],
                    properties: Dictionary(uniqueKeysWithValues: ConfigLoader.Keys.paths.map { ($0, path) }),
                    descriptions: configDescriptions),
                "rules": ["type": ["object", "null"], "additionalProperties": false, "properties": .object(ruleProperties)],
                "links": mapping(
                    "links", keys: ConfigLoader.Keys.links, required: [],
                    properties: [
                        "allowed-origins": list(["type": "string", "pattern": "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+$"], nullable: true)
                    ], descriptions: configDescriptions),
                "publish": publishSchema(guide: false),
            ], descriptions: configDescriptions)
        return document(
            id: "https://waymark.dev/schemas/waymark.schema.json", title: "Waymark configuration",
            description: "waymark.yml at the project root: paths, locales and rule settings.",
            root: root,
            defs: [
                "severity": [
                    "description": "error, warning or note; off turns the rule off (YAML 1.1 readers see off as false).",
                    "enum": ["error", "warning", "note", "off", false],
                ]
            ]
        )
    }
}
