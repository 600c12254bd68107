import WaymarkBase

extension LoaderRule {
    public static let yamlSyntax = RuleDefinition(
        "yaml.syntax", .error, summary: "A guide or model file that is not valid YAML.",
        explanation:
            "When the YAML cannot be parsed, nothing in the file can be read, so the whole guide or surface is missing and the build writes nothing. The position is where the YAML parser gave up, which can be a line or two after the real mistake.",
        fix:
            "Check the indentation and quoting at and just before the reported line; quote a value that holds `: ` or starts with a special character, for example `text: \"Note: this deletes the chat.\"`.",
        configurable: false)
    public static let duplicateKey = RuleDefinition(
        "yaml.duplicate-key", .error, summary: "A key written twice in one YAML mapping.",
        explanation:
            "YAML keeps only one of the two values and drops the other without a word, so a step could silently lose its text or its action. Waymark refuses the file instead of publishing a guess.",
        fix: "Keep one of the two keys and merge what the other said into it; if they belong to different steps, start the second step with its own `- id: …` line.",
        configurable: false)
    public static let unknownKey = RuleDefinition(
        "guide.unknown-key", .error, summary: "A key that the guide or model format does not have.",
        explanation:
            "A misspelt key such as `txet` is not read, so the text or setting it holds would be missing from the page without anyone noticing. The build stops until every key is one the format knows.",
        fix:
            "Use the key the diagnostic suggests as a fix-it, for example `text:` instead of `txet:`; the README lists the keys of guides, methods, steps, waits, callouts and model files.",
        configurable: false)
    public static let missingField = RuleDefinition(
        "guide.missing-field", .error, summary: "A required key that is missing, such as a step without an `id`.",
        explanation:
            "Without its required keys a guide, method or step cannot be built, so it is left out of the page. It also finds a step whose action needs a `target` but has none, a step text that uses `{label}` without a `target`, an outcome with neither `text` nor `results`, a web surface without `origins` and a model label without English text.",
        fix: "Add the key the message names, for example `text: Tap **Settings**.` on a step, or `target: settings-tab` on a step whose action acts on an element.",
        configurable: false)
    public static let wrongType = RuleDefinition(
        "guide.wrong-type", .error, summary: "A value of the wrong kind, such as a list where text is expected.",
        explanation:
            "Waymark cannot guess what a list means in a text field or a text in a list field, so the value is not read and the part it belongs to is missing from the page. It often comes from a missing `- ` before list entries or from indentation that puts a key under the wrong parent.",
        fix:
            "Write the value in the form its key takes: text after the colon (`title: Reset your password`), list entries on their own lines starting with `- `, `optional: true` or `false`, and an element's actions as `tap: next-screen`.",
        configurable: false)
    public static let emptyValue = RuleDefinition(
        "guide.empty-value", .error, summary: "An empty text, value or list of options, or a guide or model file with nothing in it.",
        explanation:
            "An empty title, step text or option would publish a blank heading or an empty line that readers cannot act on and screen readers announce as nothing. An empty file gives nothing to publish at all.",
        fix: "Write the text after the colon, for example `title: Reset your password`, list at least one entry under `options`, or delete a file that is not needed.",
        configurable: false)
    public static let invalidID = RuleDefinition(
        "guide.invalid-id", .error, summary: "An id that is not a slug of lowercase letters, digits and single hyphens.",
        explanation:
            "Ids become URL paths and page anchors (`en/reset-password/#open-app`), so spaces, capitals or other characters would break links or make them differ between locales. The part with the bad id is not loaded.",
        fix:
            "Use the slug the diagnostic suggests, for example `id: open-settings` instead of `id: Open Settings`; ids take lowercase ASCII letters, digits and single hyphens, at most 80 characters.",
        configurable: false)
    public static let invalidLocale = RuleDefinition(
        "guide.invalid-locale", .error, summary: "A guide's `locale` that is not a BCP 47 language tag.",
        explanation:
            "The locale names the language the guide is written in: its pages are the source in that locale, its `lang` attributes and catalogs follow it. A value that is not a tag cannot name a language, so the guide is not loaded.",
        fix: "Write a language tag such as `locale: es`, `locale: pt-BR` or `locale: zh-Hant`, or leave the key out for a guide in the project's source locale.",
        configurable: false)
    public static let duplicateID = RuleDefinition(
        "guide.duplicate-id", .error, summary: "Two methods, steps or waits of one guide with the same id.",
        explanation:
            "These ids are anchors on the guide's page and the keys of its translations, so a second one would make links jump to the wrong step and translations land on the wrong text. The second one is not loaded.",
        fix: "Give the second one its own id, for example `open-settings-web` next to `open-settings`; the message gives the line where the first one is.",
        configurable: false)
    public static let duplicateGuideID = RuleDefinition(
        "guide.duplicate-guide-id", .error, summary: "Two guide files with the same guide id.",
        explanation: "A guide id is the page's URL path and the name of its catalogs, so two guides would be published at one address and one of them would be lost.",
        fix: "Change the `id` of one of the guides, for example to `reset-password-web`, and rename its file to match.",
        configurable: false)
    public static let fileNameMismatch = RuleDefinition(
        "guide.file-name-mismatch", .warning, summary: "A guide whose id is not its file's name.",
        explanation:
            "The page is published under the id, so someone looking for `reset-password` in `Content/guides/` would not find the file that makes it. The site itself is not affected.",
        fix: "Rename the file after the id, for example `Content/guides/reset-password.yaml` for `id: reset-password`, or change the id.")
    public static let emptyMethod = RuleDefinition(
        "guide.empty-method", .error, summary: "A guide with no methods, or a method with no steps.",
        explanation: "A guide without methods tells readers nothing to do, and an empty method would publish a heading with nothing under it.",
        fix:
            "List at least one method under `methods` and at least one step under each method's `steps`, for example `- id: open-app` with `text: Open the app.`, or remove the empty method.",
        configurable: false)
    public static let emptyStep = RuleDefinition(
        "guide.empty-step", .error, summary: "An empty step, or a step whose list of sub-steps is empty.",
        explanation: "A lone `-` would publish an empty numbered step, and an empty `steps:` list an empty nested list, which readers and screen readers stumble over.",
        fix:
            "Give the step an id and a text, for example `- id: open-settings` and `text: Go to **Settings**.`, remove the stray `-`, or remove `steps:` from a step that has no sub-steps.",
        configurable: false)
    public static let unknownCalloutKind = RuleDefinition(
        "guide.unknown-callout-kind", .error, summary: "A callout kind other than `note`, `tip`, `important` or `warning`.",
        explanation: "The kind decides the callout's label in every locale (Tip, Warning) and its look, so a callout of an unknown kind cannot be shown and is left out.",
        fix: "Use one of the four kinds (the diagnostic suggests the nearest), for example `kind: warning` instead of `kind: caution`.",
        configurable: false)
    public static let malformedDuration = RuleDefinition(
        "guide.malformed-duration", .error, summary: "A wait whose duration cannot be read.",
        explanation:
            "Waymark writes the duration in the reader's language (Wait 1–2 minutes, with each language's plural rules), so it must understand the number and the unit. The wait is left out until it can.",
        fix:
            "Write a whole number or a range and a unit, for example `wait: 30 seconds`, `wait: 1-2 minutes` or `wait: 1 hour`; the units are seconds, minutes, hours and days (or s, min, h).",
        configurable: false)
    public static let invalidURL = RuleDefinition(
        "guide.invalid-url", .error, summary: "A step `url` that is not an absolute http or https address.",
        explanation:
            "The URL becomes a link on the page and the address readers open, so a relative, misspelt or `javascript:` address would lead nowhere or somewhere unsafe.",
        fix: "Write the full address with its scheme, for example `url: https://business.facebook.com/settings`.",
        configurable: false)
    public static let missingURL = RuleDefinition(
        "guide.missing-url", .error, summary: "A step whose action is `open-url` or whose text uses `{url}`, but that has no `url`.",
        explanation: "The step tells readers to open an address without saying which one, so they cannot follow it.",
        fix: "Add the address to the step, for example `url: https://example.com/reset`.",
        configurable: false)
    public static let rawHTML = RuleDefinition(
        "markdown.raw-html", .error, summary: "Raw HTML in a text field.",
        explanation:
            "For safety raw HTML never reaches a page as markup, so readers would see literal characters such as `<b>` in the text. Markdown gives the same formatting on the HTML and Markdown pages and in translations.",
        fix: "Write Markdown instead, for example `**Save**` for bold or `*new*` for emphasis; to show a `<` character, escape it as `\\<`.",
        configurable: false)
    public static let unsafeLink = RuleDefinition(
        "markdown.unsafe-link", .error, summary: "A link whose scheme is not http, https, mailto or tel, or that holds spaces or angle brackets.",
        explanation:
            "Links such as `javascript:` or `data:` can run code or mislead readers, so the page drops them and readers are left with plain text; a link with a space in it is broken.",
        fix:
            "Link to an http or https address, a `mailto:` or `tel:` address or a relative path, for example `[the help center](https://example.com/help)`, and write spaces as `%20`.",
        configurable: false)
    public static let blockContent = RuleDefinition(
        "markdown.block-content", .error, summary: "A heading, list, quote or code block inside a text field that takes inline Markdown only.",
        explanation:
            "Text fields are rendered inside steps, titles and callouts, where block Markdown would break the page's structure and its step numbering. The guide's own structure does the same job in every locale.",
        fix:
            "Use the guide's structure instead: sub-steps under `steps`, options under `choices`, or a `callouts` entry; reword a text that starts with `1.`, `-` or `>` so that it is not read as a list or a quote.",
        configurable: false)
    public static let noGuides = RuleDefinition(
        "content.no-guides", .warning, summary: "A guides folder with no guide files in it.",
        explanation:
            "The site would be built with empty index pages, which almost always means waymark ran in the wrong folder or `paths` in waymark.yml points to the wrong place.",
        fix:
            "Add a guide such as `Content/guides/my-guide.yaml` (see the README), run waymark from the project's root folder or pass `--root`, or correct `paths: {guides: …}` in waymark.yml.",
        configurable: true)
    public static let unknownAction = RuleDefinition(
        "guide.unknown-action", .error, summary: "An action that is not in Waymark's vocabulary, in a guide step or in a model element.",
        explanation:
            "The checker can only prove steps whose action it knows, and steps without text are written from their action (Tap **Account**.), so an unknown action leaves the step unchecked and unwritten.",
        fix:
            "Use one of `open-app`, `open-url`, `tap`, `click`, `select`, `open-tab`, `type`, `toggle`, `confirm` or `go-back` (the diagnostic suggests the nearest), for example `action: tap` instead of `action: press`.",
        configurable: false)
    public static let unknownRelated = RuleDefinition(
        "guide.unknown-related", .error, summary: "A `related` id that is not the id of another guide.",
        explanation: "Related guides are linked at the end of the page, so an unknown id would be a broken link and a guide related to itself a pointless one.",
        fix: "Use the id of another guide in `Content/guides` (the diagnostic suggests the nearest), for example `related: [reset-password]`, or remove the entry.",
        configurable: false)
    public static let modelUnknownScreen = RuleDefinition(
        "model.unknown-screen", .error, summary: "A surface's `start`, or an element's action, that leads to a screen the surface does not have.",
        explanation:
            "The checker walks guides along these links, so a link to a missing screen makes it prove steps against a broken map. A model file with an error is not used, so every guide on that surface fails the check until it is fixed.",
        fix:
            "Use an existing screen id (the diagnostic suggests the nearest), for example `tap: settings`, write `tap: same` when the screen does not change, or add the screen under `screens`.",
        configurable: false)
    public static let modelDuplicateID = RuleDefinition(
        "model.duplicate-id", .error, summary: "Two surfaces, two screens of one surface, or two elements of one screen with the same id.",
        explanation:
            "Guides name surfaces, screens and elements by id, so with two of one id the checker could not tell which one a step means. Waymark does not use the duplicate, and a model file with an error is not used at all.",
        fix: "Give each surface, each screen of a surface and each element of a screen its own id, for example `settings-tab` and `settings-row`.",
        configurable: false)
    public static let modelInvalidValue = RuleDefinition(
        "model.invalid-value", .error, summary: "A surface `kind`, `verified` date, origin or label locale that is not a valid value.",
        explanation:
            "These values decide how the checker walks guides (how the surface is opened, which URLs belong to it, how old its model is) and which label each locale shows. A model file with an error is not used, so every guide on the surface fails the check until it is fixed.",
        fix: "Write `kind: app` or `kind: web`, `verified: 2026-11-20`, origins as a scheme and host such as `https://example.com`, and label locales as tags such as `pt-BR`.",
        configurable: false)
    public static let modelUnknownPlatform = RuleDefinition(
        "model.unknown-platform", .error, summary: "An element on a platform that its surface does not run on.",
        explanation: "An element exists only on the platforms it lists, so a typo such as `andriod` would hide it from every guide step on the real platform.",
        fix: "Use one of the surface's platforms, for example `platforms: [ios]`, or add the platform to the surface's `platforms`.",
        configurable: false)

    /// The definitions of the loader's rules, for `docs/rules.md`, `waymark rules` and SARIF.
    /// `file.unreadable` is defined here once, though other layers report it too.
    public static let definitions: [RuleDefinition] = [
        // Files and YAML.
        unreadableFile,
        tooLarge,
        yamlSyntax,
        duplicateKey,
        // The guide format.
        unknownKey,
        missingField,
        wrongType,
        emptyValue,
        invalidID,
        invalidLocale,
        duplicateID,
        duplicateGuideID,
        fileNameMismatch,
        emptyMethod,
        emptyStep,
        unknownCalloutKind,
        malformedDuration,
        invalidURL,
        missingURL,
        // Inline Markdown in text fields.
        rawHTML,
        unsafeLink,
        blockContent,
        // Across guides.
        noGuides,
        unknownAction,
        unknownRelated,
        // The product model's files.
        modelUnknownScreen,
        modelDuplicateID,
        modelInvalidValue,
        modelUnknownPlatform,
    ]
}
