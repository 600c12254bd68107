import WaymarkBase
import WaymarkGuide
import WaymarkModel

extension JSONSchemas {
    /// The `$id` of the product-model schema.
    public static let modelSchemaID = "https://waymark.dev/schemas/model.schema.json"

    /// One sentence per key of a model file (README.md, "The product model"), by key name;
    /// `scope.key` is for a key that means something else in one place.
    static let modelDescriptions: [String: String] = [
        "surface.id": "The slug methods name in `surface:`.",
        "surface.name": "The surface's name as users know it (\"Open the **Example** app.\").",
        "kind": "app (an app on some platforms) or web (a website).",
        "owner": "For a third-party surface: who makes it.",
        "verified": "The day the model was last checked against the product, as YYYY-MM-DD.",
        "surface.platforms": "The platforms the surface runs on, e.g. [ios, android] or [web].",
        "start": "The screen that opening the surface leads to.",
        "origins": "Web surfaces: the origins (scheme and host) their URLs may have.",
        "screens": "The surface's screens.",
        "screen.id": "The screen's slug, unique in the surface; actions name it as where they lead.",
        "screen.name": "The screen's name: one text, or a mapping of locale to text.",
        "elements": "The controls on the screen.",
        "errors": "Optional: the error messages the screen shows, each with an id and its message per locale (issue 15).",
        "error.id": "A slug that troubleshooting entries name the error by (`error:`).",
        "error.message": "The error message as the product shows it: a text, or one per locale.",
        "element.id": "The element's slug; it names the same control wherever it appears in the surface.",
        "label": "The UI label the product shows: one text, or per locale ({en: Settings, pt-BR: Ajustes}); without one, steps that target it need a text.",
        "element.platforms": "Optional: where the element exists (default: everywhere the surface runs).",
        "actions": "The actions the element supports, each with the screen it leads to (`same` to stay).",
    ]

    /// A locale tag as ``LocaleID`` reads one: a language, then subtags.
    static let localePattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

    static var modelSchema: Value {
        let descriptions = modelDescriptions
        let string: Value = ref("string")
        let slugs = list(ref("slug"), nullable: true)
        let root = mapping(
            "surface", keys: ModelDecoder.Keys.surface, required: ["id", "name", "kind", "platforms", "start", "screens"],
            properties: [
                "id": ref("slug"), "name": string, "kind": oneOf(Surface.Kind.allCases.map(\.rawValue)), "owner": string,
                "verified": ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"],
                "platforms": slugs, "start": ref("slug"),
                "origins": list(["type": "string", "pattern": "^https?://[^\\s/?#]+/?$"], nullable: true),
                "screens": list(ref("screen"), nullable: true),
            ],
            descriptions: descriptions,
            // A web surface lists the origins its URLs may have.
            extra: ["if": ["required": ["kind"], "properties": ["kind": ["const": .string(Surface.Kind.web.rawValue)]]],
                    "then": ["required": ["origins"]]]
        )
        let screen = mapping("screen", keys: ModelDecoder.Keys.screen, required: ["id", "elements"], properties: [
            "id": ref("slug"), "name": ref("localized"), "elements": list(ref("element"), nullable: true),
            "errors": list(mapping("error", keys: ModelDecoder.Keys.error, required: ["id", "message"], properties: [
                "id": ref("slug"), "message": ref("localized"),
            ], descriptions: descriptions), nullable: true),
        ], descriptions: descriptions)
        let element = mapping("element", keys: ModelDecoder.Keys.element, required: ["id", "actions"], properties: [
            "id": ref("slug"), "label": ref("localized"), "platforms": slugs, "actions": ref("actions"),
        ], descriptions: descriptions)
        // Every action of the vocabulary may appear; each leads to a screen, `same`, or nowhere (empty).
        let leadsTo: Value = ["anyOf": [ref("slug"), ["type": "null"]]]
        var actionDescriptions: [String: String] = [:]
        for name in Action.names {
            actionDescriptions[name] = "The screen '\(name)' leads to, or `same` when the screen does not change."
        }
        let actions = mapping("actions", keys: Action.names, required: [],
                              properties: Dictionary(uniqueKeysWithValues: Action.names.map { ($0, leadsTo) }),
                              descriptions: actionDescriptions)
        let defs: [String: Value] = [
            "slug": [
                "type": "string", "pattern": .string(slugPattern), "maxLength": .int(Slug.maximumLength),
                "description": "A slug: lowercase ASCII letters and digits joined by single hyphens.",
            ],
            "string": ["type": "string", "pattern": .string(nonBlankPattern)],
            "localized": [
                "anyOf": [
                    ref("string"),
                    [
                        "type": "object", "propertyNames": ["pattern": .string(localePattern)],
                        "additionalProperties": ref("string"), "required": [.string(LocaleID.english.tag)],
                    ],
                ],
            ],
            "screen": screen,
            "element": element,
            "actions": actions,
        ]
        return document(
            id: modelSchemaID, title: "Waymark product model",
            description: "One surface of the product model (an app or a website): one YAML file in Content/model/ (README.md, \"The product model\").",
            root: root, defs: defs
        )
    }
}
