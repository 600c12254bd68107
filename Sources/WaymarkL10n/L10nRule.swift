/// The rule ids of catalogs, translations and exchange files.
public enum L10nRule {
    public static let poSyntax = "l10n.po-syntax"
    public static let duplicateEntry = "l10n.duplicate-entry"
    public static let missingCatalog = "l10n.missing-catalog"
    public static let missing = "l10n.missing"
    public static let stale = "l10n.stale"
    public static let obsolete = "l10n.obsolete"
    public static let markupMismatch = "l10n.markup-mismatch"
    public static let labelMismatch = "l10n.label-mismatch"
    public static let missingLabel = "l10n.missing-label"
    public static let unsupportedLocale = "l10n.unsupported-locale"
    public static let missingInterface = "l10n.missing-interface"
    public static let xliffSyntax = "l10n.xliff-syntax"
    public static let importUnknownUnit = "l10n.import-unknown-unit"
    public static let importStaleSource = "l10n.import-stale-source"
    public static let importConflict = "l10n.import-conflict"
    public static let writeFailed = "l10n.write-failed"
}
