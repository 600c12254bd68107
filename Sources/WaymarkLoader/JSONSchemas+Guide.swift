import WaymarkGuide
import WaymarkModel

extension JSONSchemas {
    /// The `$id` of the guide schema.
    public static let guideSchemaID = "https://waymark.dev/schemas/guide.schema.json"

    /// One sentence per key of a guide file (README.md, "The guide format"), by key name;
    /// `scope.key` is for a key that means something else in one place.
    static let guideDescriptions: [String: String] = [
        "guide.id": "A slug (lowercase letters, digits, single hyphens): the guide's URL path and file name, unique across guides.",
        "guide.title": "The guide's title.",
        "guide.summary": "What the guide is for, in a sentence or two; shown under the title and in the list of guides.",
        "topic": "Optional: index pages group guides by topic.",
        "related": "Optional: ids of other guides to suggest at the end.",
        "applies-when": "Optional: when to follow this; a list of conditions, or a mapping with an intro and the conditions.",
        "callouts": "Optional notes set apart from the steps, each with a kind (note, tip, important, warning) and a text.",
        "methods": "One or more alternative procedures, each with its own steps.",
        "outcome": "Closes the guide: what the reader has achieved.",
        "lint-ignore": "Rule ids to suppress here (see docs/rules.md).",
        "locale": "Optional: the language the guide is written in (a BCP 47 tag such as es), when it is not the project's source locale.",
        "publish": "Optional: when this guide's translated pages are published (minimum-translated), over waymark.yml's publish setting.",

        "method.id": "A slug: the method's anchor on the page (…/<guide-id>/#<method-id>), unique within the guide.",
        "method.title": "The method's title.",
        "method.summary": "Optional: a sentence on the method, e.g. when it is the quickest way.",
        "surface": "A surface of Content/model/ (its id); the checker walks the steps through it.",
        "start": "Optional: the screen of the surface the user is on when the method begins.",
        "end": "Optional: the screen the user must be on at the end.",
        "method.platforms": "Optional: the platforms the method applies to (default: all of its surface's platforms).",
        "method.steps": "The steps, in order; an entry with a `wait` key is a typed wait.",

        "step.id": "A slug: the step's anchor on the page, the same in every locale and unique within the guide.",
        "step.text": "What the user does, in inline Markdown ({url} and {label} are filled in); without it, the sentence is made from the action and its target's UI label.",
        "action": "What the user does, from the action vocabulary; the checker walks it through the product model.",
        "target": "The element of the product model the action acts on, on the screen the user is on.",
        "step.platforms": "Optional: the step applies only on these platforms (\"On iPhone:\" on the page).",
        "url": "An absolute http or https URL; {url} in the text becomes a link to it.",
        "optional": "true marks an optional step.",
        "result": "What the user sees next.",
        "choices": "Options shown on that screen: a list, or a mapping with a prompt and the options.",
        "step.steps": "Sub-steps, in the same format (waits allowed).",

        "wait.id": "A slug: the wait's anchor on the page, unique within the guide.",
        "wait": "How long the user waits: N unit or N-M unit, in s/sec/seconds, min/minutes, h/hours or days.",
        "before": "Optional: what the user waits before, e.g. \"you sign in on another device\".",
        "reason": "Optional: why the user has to wait.",

        "kind": "The kind of callout: note, tip, important or warning.",
        "callout.text": "The callout's text, in inline Markdown.",
        "prompt": "Optional: a line that introduces the options.",
        "options": "The options, as the product shows them.",
        "outcome.title": "Optional: the outcome's heading (default \"Result\").",
        "outcome.text": "What the reader has achieved, in inline Markdown.",
        "results": "Optional: the results, one text each.",
        "intro": "Optional: a line that introduces the conditions.",
        "conditions": "The conditions, one text each.",
        // Issue 15.
        "wait-for": "What the wait is for: email, text-message, notification, phone-call, approval (someone's) or review (by the product's staff).",
        "event": "Optional: the event in your words, e.g. \"the confirmation email from Example\".",
        "usually": "Optional: how long the event usually takes: N unit, N-M unit, up to N unit, at least N unit or a few units.",
        "actor": "Optional: who does the step when it is not the reader, e.g. \"Your admin\" (rendered \"Your admin: …\").",
        "channel": "Optional: the channel outside the product the step is done in: email, text-message, notification or phone-call.",
        "troubleshooting": "Optional: symptom → cause → fix entries, rendered as a Troubleshooting section.",
        "next": "Optional: follow-up tasks: guide ids, guide#step, or {url, title} pages elsewhere.",
        "symptom": "What the reader notices going wrong.",
        "message": "Optional: the error message as the product shows it (quoted on the page).",
        "error": "Optional: the id of an error the surface's model lists on a screen (checked and localized like labels).",
        "cause": "Optional: why it happens.",
        "fix": "Optional: what to do, in a sentence.",
        "trouble.id": "A slug: the entry's anchor on the page, unique within the guide.",
        "trouble.steps": "Optional: the steps that fix it (same format as a method's).",
        "support.channel": "How the reader reaches support: email, phone, chat or form.",
        "support.url": "Where: a mailto:, tel: or https address.",
        "see": "Optional: a guide, guide#step or #step that fixes it.",
        "contact-support": "Optional: contacting support as the fix: a channel (email, phone, chat, form) and its url (mailto:, tel: or https).",
        "link.url": "An absolute http or https URL outside the help site.",
        "image": "Optional: a screenshot or picture, with src (under Content/images) and alt text; per-locale files in <locale>/, name@2x for high density.",
        "image.src": "The file, relative to Content/images: PNG, JPEG, WebP or SVG.",
        "image.alt": "What the image shows, for readers who cannot see it (translated like every text).",
        "image.dark": "Optional: the file for dark mode, relative to Content/images.",
        "image.label": "Optional: the UI label of the step's target that the screenshot shows; when the model's label changes, the image is reported as possibly stale.",
        "link.title": "The link's text, as readers see it.",

        // Issue 14.
        "requires": "Optional: requirement ids of the product model (roles, plans, versions, features) the reader needs; shown as \"Before you begin\".",
        "method.variants": "Optional: the variants of its surface the method covers (default: all).",
        "step.surface": "Optional: the surface the step is done in, when it changes (another product or device); later steps stay there.",
        "navigate": "A navigation path: element ids gone through in order, each checked hop by hop (\"Go to Settings › Accounts\").",
        "if": "Optional: the condition under which the reader does the step, in their words; rendered \"If …:\".",
        "otherwise": "true: the reader does this step when the previous step's `if` does not hold; rendered \"Otherwise:\".",
        "when": "Optional: the system branch of the model (a state the product branches on) the step handles.",
        "done": "true: when the condition holds, the method ends after this step (\"You are done.\").",
        "expect": "What the reader then sees: a screen id, or a mapping with screen, element and text; checked by the walk.",
        "value": "A literal value the reader types, rendered as copyable code and checked against the field's format.",
        "step.variants": "Optional: the variants the step applies to (labelled on the page, chosen with the switcher).",
        "for-each": "A repeat over the sub-steps: what is repeated over (\"remaining partner\"), rendered \"For each …:\".",
        "not-applicable": "System branches of the model that cannot happen to this guide's readers at this step.",
        "expect.screen": "The screen the reader is on after the step.",
        "expect.element": "An element that must be on that screen.",
        "expect.text": "What the reader sees, in their words.",
    ]

    /// The duration grammar of ``DurationParser``: a number or a range (`-`, `–` or `—`), then a
    /// unit in any case, spaces between them optional; white space around it is trimmed.
    static var waitPattern: String {
        let number = boundedNumberPattern(maximum: DurationParser.maximumValue, digits: 6)
        let units = DurationParser.units.keys.sorted { ($0.count, $0) > ($1.count, $1) }.map(caseInsensitive)
        let unit = "(?:\(units.joined(separator: "|")))"
        let bound = "(?:(?:\(["up to", "within", "at least"].map(caseInsensitive).joined(separator: "|"))) +)"
        let one = "(?:\(caseInsensitive("an")) +|\(caseInsensitive("a")) +)"
        let few = "(?:\(["a few", "a couple of", "several", "some"].map(caseInsensitive).joined(separator: "|"))) +"
        // Issue 15: `up to 2 days`, `at least an hour`, `a few minutes`.
        return "^\\s*(?:\(few)\(unit)|\(bound)?(?:\(one)\(unit)|\(number) *\(unit))|\(number) *(?:[-–—]|\(caseInsensitive("to"))) *\(number) *\(unit))\\s*$"
    }

    static var guideSchema: Value {
        let descriptions = guideDescriptions
        let text: Value = ref("text")
        let slugs = list(ref("slug"), nullable: true)
        let root = mapping(
            "guide", keys: GuideDecoder.Keys.guide, required: ["id", "title", "summary", "methods"],
            properties: [
                "id": ref("slug"), "title": text, "summary": text, "topic": text,
                "related": list(["anyOf": [ref("slug"), ref("link")]], nullable: true),
                "troubleshooting": ref("troubleshooting"), "next": list(["anyOf": [ref("guide-ref"), ref("link")]], nullable: true),
                "applies-when": ref("conditions"), "callouts": ref("callouts"),
                "methods": list(ref("method"), minItems: 1), "outcome": ref("outcome"), "lint-ignore": ref("lint-ignore"),
                "locale": .object(["type": .string("string"), "pattern": .string("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]),
                "requires": ref("platforms"), "publish": publishSchema(guide: true),
            ], descriptions: descriptions)
        let method = mapping(
            "method", keys: GuideDecoder.Keys.method, required: ["id", "title", "steps"],
            properties: [
                "id": ref("slug"), "title": text, "summary": text, "applies-when": ref("conditions"), "callouts": ref("callouts"),
                "surface": ref("slug"), "start": ref("slug"), "end": ref("slug"), "platforms": ref("platforms"),
                "steps": ref("steps"), "lint-ignore": ref("lint-ignore"), "troubleshooting": ref("troubleshooting"),
                "requires": ref("platforms"), "variants": ref("platforms"),
            ], descriptions: descriptions)
        // `text` is required unless the step names an action (its sentence is then made from the model).
        let step = mapping(
            "step", keys: GuideDecoder.Keys.step, required: ["id"],
            properties: [
                "id": ref("slug"), "text": text, "action": oneOf(Action.names), "target": ref("slug"),
                "platforms": ref("platforms"), "url": ref("url"), "optional": ["type": "boolean"], "result": text,
                "choices": ref("choices"), "callouts": ref("callouts"), "steps": ref("steps"), "lint-ignore": ref("lint-ignore"),
                "actor": text, "channel": oneOf(Channel.allCases.map(\.rawValue)), "image": ref("image"),
                "surface": ref("slug"), "navigate": list(ref("slug"), minItems: 1), "if": text, "otherwise": ["type": "boolean"], "when": ref("slug"),
                "done": ["type": "boolean"], "expect": ["anyOf": [ref("slug"), ref("expect")]], "value": text,
                "variants": ref("platforms"), "for-each": text, "not-applicable": ref("platforms"),
            ], descriptions: descriptions,
            extra: ["if": ["required": ["action"]], "else": ["anyOf": [["required": ["text"]], ["required": ["navigate"]], ["required": ["for-each"]]]]])
        let expect = mapping(
            "expect", keys: GuideDecoder.Keys.expect, required: [],
            properties: [
                "screen": ref("slug"), "element": ref("slug"), "text": text,
            ], descriptions: descriptions)
        let wait = mapping(
            "wait", keys: GuideDecoder.Keys.wait, required: ["id"],
            properties: [
                "id": ref("slug"), "wait": ["type": "string", "pattern": .string(waitPattern)], "before": text, "reason": text,
                "wait-for": oneOf(WaitEvent.Kind.allCases.map(\.rawValue)), "event": text, "usually": ["type": "string", "pattern": .string(waitPattern)],
            ], descriptions: descriptions, extra: ["oneOf": [["required": ["wait"]], ["required": ["wait-for"]]]])
        let trouble = mapping(
            "trouble", keys: GuideDecoder.FormatKeys.troubleshooting, required: ["id", "symptom"],
            properties: [
                "id": ref("slug"), "symptom": text, "message": text, "error": ref("slug"), "cause": text, "fix": text,
                "steps": ref("steps"), "see": ref("guide-ref"),
                "contact-support": mapping(
                    "support", keys: GuideDecoder.FormatKeys.support, required: ["channel", "url"],
                    properties: [
                        "channel": oneOf(SupportChannel.allCases.map(\.rawValue)),
                        "url": ["type": "string", "pattern": "^(?:[hH][tT][tT][pP][sS]?://|mailto:|tel:)\\S+$"],
                    ], descriptions: descriptions),
            ], descriptions: descriptions, extra: ["anyOf": [["required": ["fix"]], ["required": ["steps"]], ["required": ["see"]], ["required": ["contact-support"]]]])
        let link = mapping(
            "link", keys: GuideDecoder.FormatKeys.externalLink, required: ["url", "title"],
            properties: [
                "url": ref("url"), "title": text,
            ], descriptions: descriptions)
        let callout = mapping(
            "callout", keys: GuideDecoder.Keys.callout, required: ["kind", "text"],
            properties: [
                "kind": oneOf(Callout.Kind.allCases.map(\.rawValue)), "text": text, "image": ref("image"),
            ], descriptions: descriptions)
        let choices = mapping(
            "choices", keys: GuideDecoder.Keys.choices, required: ["options"],
            properties: [
                "prompt": text, "options": list(text, minItems: 1),
            ], descriptions: descriptions)
        let conditions = mapping(
            "conditions", keys: GuideDecoder.Keys.conditions, required: ["conditions"],
            properties: [
                "intro": text, "conditions": list(text, nullable: true),
            ], descriptions: descriptions)
        let outcome = mapping(
            "outcome", keys: GuideDecoder.Keys.outcome, required: [],
            properties: [
                "title": text, "text": text, "results": list(text, nullable: true), "image": ref("image"),
            ], descriptions: descriptions, extra: ["anyOf": [["required": ["text"]], ["required": ["results"]]]])
        let defs: [String: Value] = [
            "slug": [
                "type": "string", "pattern": .string(slugPattern), "maxLength": .int(Slug.maximumLength),
                "description": "A slug: lowercase ASCII letters and digits joined by single hyphens.",
            ],
            "text": ["type": "string", "pattern": .string(nonBlankPattern), "description": "Text in inline Markdown: **UI labels**, *emphasis*, `code`, [links](https://…)."],
            "url": [
                "type": "string", "format": "uri",
                "pattern": .string("^\(caseInsensitive("http"))[sS]?://[^\\s/?#@<>\\\\]+(?:[/?#][^\\s<>\\\\]*)?$"),
            ],
            "platforms": [
                "description": "A platform (ios, android, web…), or a list of them.",
                "anyOf": [ref("slug"), list(ref("slug"))],
            ],
            "lint-ignore": [
                "anyOf": [["type": "string", "pattern": .string(nonBlankPattern)], list(["type": "string", "pattern": .string(nonBlankPattern)])]
            ],
            "method": method,
            "steps": list(ref("item"), minItems: 1),
            // The loader reads an entry with a `wait` or `wait-for` key as a wait, any other as a step.
            "item": ["if": ["type": "object", "anyOf": [["required": ["wait"]], ["required": ["wait-for"]]]], "then": ref("wait"), "else": ref("step")],
            "step": step,
            "expect": expect,
            "wait": wait,
            "callouts": list(ref("callout"), nullable: true),
            "callout": callout,
            "choices": ["anyOf": [list(text), choices]],
            "conditions": ["anyOf": [list(text, nullable: true), conditions]],
            "outcome": outcome,
            "troubleshooting": list(trouble, nullable: true),
            "link": link,
            "image": mapping(
                "image", keys: GuideDecoder.FormatKeys.image, required: ["src", "alt"],
                properties: [
                    "src": ref("image-path"), "alt": text, "dark": ref("image-path"), "label": ["type": "string", "pattern": .string(nonBlankPattern)],
                ], descriptions: descriptions),
            "image-path": ["type": "string", "pattern": "^(?!/)(?!.*(?:^|/)\\.)[^\\\\:]+\\.(?:[pP][nN][gG]|[jJ][pP][eE]?[gG]|[wW][eE][bB][pP]|[sS][vV][gG])$"],
            "guide-ref": [
                "type": "string", "pattern": .string("^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$"), "minLength": 1,
                "description": "A guide id, guide#step, or #step of this guide.",
            ],
        ]
        return document(
            id: guideSchemaID, title: "Waymark guide",
            description: "A guide: one YAML file in Content/guides/, named <id>.yaml (README.md, \"The guide format\").",
            root: root, defs: defs
        )
    }
}
