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

        // Issue 14.
        "url": "Web surfaces: the address `open` goes to, so guides open the surface by name.",
        "sign-in": "The screen where users sign in; an element on it supports `sign-in`.",
        "navigation": "Persistent navigation (a sidebar, a tab bar, an account menu): elements on every screen, or on the screens listed.",
        "requirements": "Roles, plans, versions and features that elements and actions may require.",
        "surface.variants": "The variants of the surface a reader has one of (a classic and a new console, plans, editions).",
        "screen.verified": "Optional: the day this screen was last checked against the product, when verified apart from the surface.",
        "icon": "For an icon-only control: its symbol (⋮, ⚙); `label` is its accessible name.",
        "aliases": "Former labels, so a guide that names one is told the current label.",
        "element.requires": "Requirement ids that must all hold for the element to be there.",
        "element.variants": "Optional: the variants the element exists in (default: all).",
        "format": "For a field: the format a typed value must have (min-length, max-length, pattern).",
        "to": "The screen the action (or branch) leads to, `same` to stay.",
        "action.surface": "Another surface the action opens (another device, a browser); `to` is its screen.",
        "branches": "System branches: where the product leads instead when a state holds (`when`, `to`).",
        "action.requires": "Requirement ids that must all hold for the action to be offered.",
        "destructive": "true when the action deletes, removes access or cannot be undone: guide steps on it need a warning.",
        "when": "The state's slug, which guide steps name in `when:`.",
        "requirement.id": "The slug guides name in `requires:`.",
        "requirement.kind": "role, plan, version or feature.",
        "requirement.name": "How the product names it: one text, or per locale.",
        "implies": "Other requirements this one includes (an owner is also an admin).",
        "variant.id": "The slug steps name in `variants:`.",
        "variant.name": "The variant's name as users know it: one text, or per locale.",
        "navigation.id": "A slug naming the navigation group.",
        "navigation.screens": "Optional: the screens it is on (default: every screen).",
        "navigation.elements": "Its elements, in the element format.",
        "min-length": "The fewest characters.",
        "max-length": "The most characters.",
        "pattern": "A regular expression the whole value must match.",
        "format.description": "What the format is, for messages (\"a 6-digit code\").",
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
                "url": ["type": "string", "pattern": "^https?://[^\\s/?#]+"], "sign-in": ref("slug"),
                "navigation": list(ref("navigation"), nullable: true), "requirements": list(ref("requirement"), nullable: true),
                "variants": list(ref("variant"), nullable: true),
            ],
            descriptions: descriptions,
            // A web surface lists the origins its URLs may have.
            extra: [
                "if": ["required": ["kind"], "properties": ["kind": ["const": .string(Surface.Kind.web.rawValue)]]],
                "then": ["required": ["origins"]],
            ]
        )
        let screen = mapping(
            "screen", keys: ModelDecoder.Keys.screen, required: ["id", "elements"],
            properties: [
                "id": ref("slug"), "name": ref("localized"), "elements": list(ref("element"), nullable: true),
                "errors": list(
                    mapping(
                        "error", keys: ModelDecoder.Keys.error, required: ["id", "message"],
                        properties: [
                            "id": ref("slug"), "message": ref("localized"),
                        ], descriptions: descriptions), nullable: true),
                "verified": ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"],
            ], descriptions: descriptions)
        let element = mapping(
            "element", keys: ModelDecoder.Keys.element, required: ["id", "actions"],
            properties: [
                "id": ref("slug"), "label": ref("localized"), "platforms": slugs, "actions": ref("actions"),
                "icon": string, "aliases": list(string, nullable: true), "requires": ref("slugs"), "variants": ref("slugs"),
                "format": ref("format"),
            ], descriptions: descriptions)
        let action = mapping(
            "action", keys: ModelDecoder.Keys.action, required: [],
            properties: [
                "to": ref("slug"), "surface": ref("slug"), "branches": list(ref("branch"), nullable: true),
                "requires": ref("slugs"), "destructive": ["type": "boolean"],
            ], descriptions: descriptions)
        let branch = mapping(
            "branch", keys: ModelDecoder.Keys.branch, required: ["when", "to"],
            properties: [
                "when": ref("slug"), "to": ref("slug"),
            ], descriptions: descriptions)
        let requirement = mapping(
            "requirement", keys: ModelDecoder.Keys.requirement, required: ["id", "kind", "name"],
            properties: [
                "id": ref("slug"), "kind": oneOf(Requirement.Kind.allCases.map(\.rawValue)), "name": ref("localized"), "implies": ref("slugs"),
            ], descriptions: descriptions)
        let variant = mapping(
            "variant", keys: ModelDecoder.Keys.variant, required: ["id", "name"],
            properties: [
                "id": ref("slug"), "name": ref("localized"),
            ], descriptions: descriptions)
        let navigation = mapping(
            "navigation", keys: ModelDecoder.Keys.navigation, required: ["id", "elements"],
            properties: [
                "id": ref("slug"), "screens": slugs, "elements": list(ref("element"), nullable: true),
            ], descriptions: descriptions)
        let format = mapping(
            "format", keys: ModelDecoder.Keys.format, required: [],
            properties: [
                "min-length": ["type": "integer", "minimum": 0], "max-length": ["type": "integer", "minimum": 0],
                "pattern": string, "description": string,
            ], descriptions: descriptions)
        // Every action of the vocabulary may appear; each leads to a screen, `same`, or nowhere
        // (empty), or is a mapping (another surface, branches, requirements, destructive).
        let leadsTo: Value = ["anyOf": [ref("slug"), ["type": "null"], ref("action")]]
        var actionDescriptions: [String: String] = [:]
        for name in Action.names {
            actionDescriptions[name] = "The screen '\(name)' leads to, or `same` when the screen does not change."
        }
        let actions = mapping(
            "actions", keys: Action.names, required: [],
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
                ]
            ],
            "screen": screen,
            "element": element,
            "actions": actions,
            "action": action, "branch": branch, "requirement": requirement, "variant": variant,
            "navigation": navigation, "format": format,
            "slugs": ["anyOf": [ref("slug"), list(ref("slug"))]],
        ]
        return document(
            id: modelSchemaID, title: "Waymark product model",
            description: "One surface of the product model (an app or a website): one YAML file in Content/model/ (README.md, \"The product model\").",
            root: root, defs: defs
        )
    }
}
