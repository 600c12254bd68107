import WaymarkBase

extension L10nRule {
    public static let poSyntax = RuleDefinition(
        "l10n.po-syntax", .error, summary: "A line of a PO catalog that gettext cannot read.",
        explanation:
            "The entry the line belongs to may be read wrongly, and gettext tools such as `msgfmt` and PO editors reject the whole catalog. Waymark skips the line and the build writes nothing until it is fixed.",
        fix:
            "Fix the line as the hint says: each entry has `msgctxt`, `msgid` and `msgstr` lines with double-quoted text, for example `msgstr \"Toque em **Ajustes**.\"`, without plural forms; save the catalog as UTF-8 without a byte-order mark.",
        configurable: false)
    public static let duplicateEntry = RuleDefinition(
        "l10n.duplicate-entry", .error, summary: "Two entries of one PO catalog with the same `msgctxt`.",
        explanation:
            "Waymark finds each translation by its key, so with two entries it could not tell which translation to publish, and gettext rejects a catalog with duplicates.",
        fix: "Keep one of the two entries (the message gives the line of the first) and delete the other.",
        configurable: false)
    public static let missingCatalog = RuleDefinition(
        "l10n.missing-catalog", .warning, summary: "A guide with no PO catalog in some locales (one finding per guide, with the locales and the count of texts).",
        explanation:
            "The guide is still published in those locales (unless `publish: minimum-translated` holds it back), but every text of it falls back to the language it is written in, with a notice, so readers of those languages get an untranslated page.",
        fix: "Run `waymark l10n update` to create `Content/locales/<locale>/<guide-id>.po` in every locale, then translate them.")
    public static let unpublished = RuleDefinition(
        "l10n.unpublished", .note, summary: "A guide whose translation in some locales is below `publish: minimum-translated`, so its pages there are not published.",
        explanation:
            "Those locales link to the guide's page in its own language instead, with a notice in the reader's language; their index says so, and `sitemap.xml` and the `hreflang` alternates leave the pages out. The help export falls back to the guide's own language for them too.",
        fix: "Translate the guide's catalogs (`waymark l10n status` shows what is left), or lower `minimum-translated` in `publish:` of waymark.yml or of the guide.")
    public static let missing = RuleDefinition(
        "l10n.missing", .warning, summary: "A text of a guide with no translation in a locale's catalog.",
        explanation:
            "The page in that locale shows the English text for that step instead, marked as English and with a short notice in the reader's language, so readers get a page in two languages.",
        fix:
            "Write the translation in the entry's `msgstr`, for example `msgstr \"Toque em **Ajustes**.\"`; run `waymark l10n update` first if the catalog has no entry for the text yet."
    )
    public static let stale = RuleDefinition(
        "l10n.stale", .warning, summary: "A translation made for an older version of its source text, or an entry marked fuzzy.",
        explanation:
            "The source text changed since it was translated, so the translation may now say something else. Until it is updated, the page shows the current English text for that step, with a notice that the translation may be out of date.",
        fix:
            "Compare the translation with the new `msgid` (the old one is in the `#| msgid` line), update the `msgstr` and remove the `#, fuzzy` flag; run `waymark l10n update` first if the catalog still has the old `msgid`."
    )
    public static let obsolete = RuleDefinition(
        "l10n.obsolete", .warning, summary: "A catalog entry whose text is no longer in the guide.",
        explanation: "The entry is never shown, but it clutters the catalog and translators may spend time on text that no reader will see.",
        fix: "Run `waymark l10n update`, which marks the entry obsolete (`#~`) so that translation tools keep it out of the way, or delete it.")
    public static let markupMismatch = RuleDefinition(
        "l10n.markup-mismatch", .error,
        summary: "A translation that does not keep its source's links, code, emphasis or placeholders, or that adds raw HTML, unsafe links or block Markdown.",
        explanation:
            "Links, code and the `{label}` and `{url}` placeholders carry meaning, so a dropped link or a mistyped placeholder breaks the step in that language, and markup a translator adds must be as safe as the source's. The build writes nothing until the translation keeps the source's markup.",
        fix:
            "Translate only the words and keep the Markdown of the `msgid`, for example `msgid \"Tap **Settings**, then open {url}.\"` becomes `msgstr \"Toque em **Ajustes** e abra {url}.\"`.",
        configurable: false)
    public static let labelMismatch = RuleDefinition(
        "l10n.label-mismatch", .warning, summary: "A translation that does not write a UI label the way the product shows it in that locale.",
        explanation:
            "Readers look for the words on their screen, so if the translation says **Configurações** while the app shows **Ajustes** they will not find the control. The model's labels for each locale are the reference.",
        fix: "Write the label in bold exactly as the message gives it, for example `**Ajustes**`; if the model's label is wrong, correct it in the model file instead.")
    public static let missingLabel = RuleDefinition(
        "l10n.missing-label", .warning, summary: "An element that a guide uses with no label in the model for a locale.",
        explanation:
            "Steps written from the model (Tap **Account**.) show the English label on that locale's pages meanwhile, which does not match what readers see on their screen.",
        fix: "Add the locale's label to the element in the model file, for example `label: {en: Settings, pt-BR: Ajustes}`.")
    public static let unsupportedLocale = RuleDefinition(
        "l10n.unsupported-locale", .error, summary: "A locale folder whose name is not a language tag, two folders for one locale, or a translation into the source locale.",
        explanation:
            "A folder whose name is not a BCP 47 tag cannot be a locale, two folders whose names differ only in case (`pt-br`, `pt-BR`) are the same locale, and the source locale has no translations (its folder may hold only `_interface.po`). It is also reported for an `l10n update --locale` or an imported XLIFF file in the source locale. Any language tag is a locale: none is refused for lack of Waymark's own strings.",
        fix: "Name locale folders with a language tag such as `pt-BR`, `de` or `zh-Hant`, keep one folder per locale, and move other folders out of `Content/locales`.",
        configurable: false)
    public static let missingInterface = RuleDefinition(
        "l10n.missing-interface", .warning, summary: "A locale with no interface catalog: Waymark's own words on its pages (Method 1:, Tip, notices, search) would be English.",
        explanation:
            "Waymark ships interface strings for about twenty languages, and a regional locale uses its language's (`en-GB` uses `en`, `es-419` uses `es`). A locale outside them is built, but with an English interface around its translated guides.",
        fix: "Run `waymark l10n update --locale <locale>`, which creates `Content/locales/<locale>/_interface.po`, and translate it in any PO editor.")
    public static let xliffSyntax = RuleDefinition(
        "l10n.xliff-syntax", .error, summary: "An XLIFF file that is not well-formed XML, declares a DOCTYPE, or is not XLIFF 2.0 with a `trgLang`.",
        explanation:
            "`waymark l10n import` cannot read translations from it safely, so nothing in it is imported. A DOCTYPE is refused because entities can hide or inflate text.",
        fix:
            "Export the file again from your translation tool as XLIFF 2.0 (`version=\"2.0\"` with a `trgLang`) and without a DOCTYPE, or start again from `waymark l10n export --format xliff`.",
        configurable: false)
    public static let importUnknownUnit = RuleDefinition(
        "l10n.import-unknown-unit", .warning, summary: "A unit of an imported XLIFF file that is in no guide.",
        explanation:
            "The guide changed since the file was exported (a step was renamed or removed), so the translation has nowhere to go and is skipped. The rest of the file is imported.",
        fix: "Export again with `waymark l10n export --format xliff`, and carry the translation over to the new unit if its text is still in the guide under another id.",
        configurable: false)
    public static let importStaleSource = RuleDefinition(
        "l10n.import-stale-source", .error, summary: "An imported translation whose source text no longer matches the guide.",
        explanation:
            "It translates text the guide no longer says, so importing it would publish a translation of old instructions. The unit is refused and the rest of the file is imported.",
        fix: "Export again with `waymark l10n export --format xliff`, translate the new source text and import the new file.",
        configurable: false)
    public static let importConflict = RuleDefinition(
        "l10n.import-conflict", .error, summary: "An imported translation that differs from a current translation already in the catalog.",
        explanation:
            "Two translators may have translated the same text differently, and Waymark does not replace a current translation without being asked, so no work is lost. The unit is refused and the rest of the file is imported.",
        fix: "Compare the two translations and keep the better one in the catalog, or import again with `--overwrite` to take the file's translations.",
        configurable: false)
    public static let writeFailed = RuleDefinition(
        "l10n.write-failed", .error, summary: "A catalog, template or export that could not be written, or that would be written outside the project.",
        explanation:
            "The command's work is incomplete: the files it names keep their old text (each file is written atomically, so none is left half-written). It is an I/O error, so the command exits with status 2.",
        fix: "Check that the folder exists and is writable and that the disk is not full, and give `--output` a folder inside the project, for example `--output Exports`.",
        configurable: false, exitStatus: .usageOrIO)

    /// The definitions of the rules of catalogs, translations and exchange files, for
    /// `docs/rules.md`, `waymark rules` and SARIF.
    public static let definitions: [RuleDefinition] = [
        // Reading catalogs.
        poSyntax,
        duplicateEntry,
        missingCatalog,
        // Translations against the guides.
        missing,
        stale,
        obsolete,
        markupMismatch,
        labelMismatch,
        missingLabel,
        unsupportedLocale,
        missingInterface, unpublished,
        // Exchange files and writing.
        xliffSyntax,
        importUnknownUnit,
        importStaleSource,
        importConflict,
        writeFailed,
    ]
}
