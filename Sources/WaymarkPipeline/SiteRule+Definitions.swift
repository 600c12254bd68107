import WaymarkBase

extension SiteRule {
    public static let templateSyntax = RuleDefinition(
        "template.syntax", .error, summary: "A page template that Mustache cannot parse.",
        explanation: "Every page of its kind is rendered from the template, so the site cannot be built until it parses. The position is where the parser stopped.",
        fix: "Check that every `{{#section}}` has a matching `{{/section}}` and that every tag is closed with `}}`, at and before the reported line.",
        configurable: false)
    public static let templateMissing = RuleDefinition(
        "template.missing", .error, summary: "A required page template that the project does not have.",
        explanation:
            "The site needs the `guide`, `locale-index`, `root-index` and `not-found` templates for its guide pages, index pages and 404 pages, so it cannot be built without one of them.",
        fix: "Add the missing file, for example `Templates/not-found.mustache`, starting from a copy of the one in Waymark's own `Templates/` folder.",
        configurable: false)
    public static let templateUnreadable = RuleDefinition(
        "template.unreadable", .error, summary: "A page template that cannot be read, or is not UTF-8 text.",
        explanation: "Waymark cannot render pages from a template it cannot read, so the site is not built. It is an I/O error, so the command exits with status 2.",
        fix: "Check that the file is readable and save it as UTF-8 text.",
        configurable: false, exitStatus: .usageOrIO)
    public static let templateMissingPartial = RuleDefinition(
        "template.missing-partial", .error, summary: "A template that includes a partial (`{{> name}}`) the templates folder does not have.",
        explanation: "Mustache renders a missing partial as nothing, so a page would silently lose its header or its head section. The position is the tag in the template.",
        fix: "Correct the name as the suggestion says (partials are named by their path without `.mustache`, such as `partials/head`), or add the file.",
        configurable: false)
    public static let templateUnescaped = RuleDefinition(
        "template.unescaped-text", .error, summary: "Triple braces (`{{{x}}}` or `{{& x}}`) on a value that is plain text, not HTML.",
        explanation:
            "Triple braces publish a value without escaping it. On a title, topic or page title, that turns a guide's `<script>` into a live script on every page. Only `body` and the values whose names end in `HTML` are HTML that Waymark made safe.",
        fix: "Use double braces (`{{titleText}}`), which escape the value; the fix-it does it.",
        configurable: false)
    public static let templateUnknownValue = RuleDefinition(
        "template.unknown-value", .warning, summary: "A template tag that names a value no page has.",
        explanation:
            "Mustache renders an unknown name as nothing, so a misspelt `{{titelText}}` leaves an empty heading without a word. The position is the tag, and the nearest known name is suggested.",
        fix: "Use the name the suggestion gives; the README's Templates table lists every value.",
        configurable: false)
    public static let assetConflict = RuleDefinition(
        "site.asset-conflict", .error, summary: "A file in `Public/` at the same path as a generated page.",
        explanation:
            "Generated files own their paths (`index.html`, `help-index.json`, `sitemap.xml`, and each locale's index, 404 page, search index and guide pages), so an asset at one of them would replace a page or be replaced by it, and readers would get the wrong file.",
        fix: "Rename or move the asset, for example from `Public/index.html` to `Public/start.html`, and update the links to it.",
        configurable: false)
    public static let unsafePath = RuleDefinition(
        "site.unsafe-path", .error, summary: "A generated file whose path would fall outside the output folder.",
        explanation:
            "Writing outside the output folder could overwrite files anywhere the command may write, so the whole site is refused and nothing is written. It is an I/O error, so the command exits with status 2.",
        fix:
            "Make sure every guide id and locale is a plain slug or tag such as `reset-password` or `pt-BR`; the loader reports ids that are not, so fix those diagnostics first.",
        configurable: false, exitStatus: .usageOrIO)
    public static let foreignOutput = RuleDefinition(
        "site.foreign-output", .error, summary: "An output folder that Waymark did not make, or a file or symbolic link where the output folder should be.",
        explanation:
            "A build replaces its output folder whole, so building into a folder that Waymark did not create could delete someone's files; it refuses and leaves the folder untouched. It is an I/O error, so the command exits with status 2.",
        fix:
            "Choose another folder with `--output`, or move the existing one away; an empty folder, or one marked with the `.waymark-site` file of an earlier build, is replaced.",
        configurable: false, exitStatus: .usageOrIO)
    public static let outputOverlapsSources = RuleDefinition(
        "site.output-overlaps-sources", .error, summary: "An output folder that is the project folder, or that holds or sits inside the project's sources.",
        explanation:
            "A build replaces its output folder whole, so building into `Content/`, `Templates/`, `Public/` or the project root would delete the guides, model, catalogs or templates the site is built from. It is an I/O error, so the command exits with status 2.",
        fix: "Write the site to a folder of its own, such as `Site/` (the default), for example with `--output Site`.",
        configurable: false, exitStatus: .usageOrIO)
    public static let locked = RuleDefinition(
        "site.locked", .error, summary: "A build that found another build writing into the same folder.",
        explanation:
            "Two builds that swap their sites into one folder at once would mix their pages or remove each other's, so a build takes a lock on the folder that holds the output folder while it writes, and a second one stops. It is an I/O error, so the command exits with status 2.",
        fix: "Wait for the other build to finish, then build again; in CI, do not run two builds with the same `--output` at once.",
        configurable: false, exitStatus: .usageOrIO)
    public static let cleanupFailed = RuleDefinition(
        "site.cleanup-failed", .warning, summary: "A previous copy of the site, or one left by an interrupted build, that could not be removed.",
        explanation:
            "A build writes the new site beside the old one and swaps them; the old copy, and the copies builds killed midway left (`.Site.waymark-tmp-PID`, `.Site.waymark-old-PID`), are removed afterwards. Only folders holding Waymark's marker file are removed. When one cannot be (a read-only folder inside it), the new site is in place but the old copy takes disk space.",
        fix: "Make the folder writable (`chmod -R u+w`) and remove it by hand; the next build tries again.",
        configurable: false)
    public static let writeFailed = RuleDefinition(
        "site.write-failed", .error, summary: "A site that could not be written to the output folder.",
        explanation:
            "The site is written into a temporary folder and swapped into place, so a failed write leaves the previous site exactly as it was, but the new content is not published. It is an I/O error, so the command exits with status 2.",
        fix: "Check that the output folder's parent exists and is writable and that the disk is not full, then build again.",
        configurable: false, exitStatus: .usageOrIO)

    /// The definitions of the site builder's rules, for `docs/rules.md`, `waymark rules` and SARIF.
    public static let definitions: [RuleDefinition] = [
        // Templates.
        templateSyntax,
        templateMissing,
        templateUnreadable,
        templateMissingPartial,
        templateUnescaped,
        templateUnknownValue,
        // What the site holds.
        assetConflict,
        // Writing the site.
        unsafePath,
        foreignOutput,
        outputOverlapsSources,
        locked,
        cleanupFailed,
        writeFailed,
    ]
}
