import WaymarkBase
import WaymarkExport
import WaymarkL10n
import WaymarkProject

/// The rule ids the site builder reports.
public enum SiteRule {
    public static let templateSyntax = "template.syntax"
    public static let templateMissing = "template.missing"
    public static let templateUnreadable = "template.unreadable"
    public static let templateMissingPartial = "template.missing-partial"
    public static let templateUnescaped = "template.unescaped-text"
    public static let templateUnknownValue = "template.unknown-value"
    public static let assetConflict = "site.asset-conflict"
    public static let unsafePath = "site.unsafe-path"
    public static let foreignOutput = "site.foreign-output"
    public static let outputOverlapsSources = "site.output-overlaps-sources"
    public static let writeFailed = "site.write-failed"
    public static let locked = "site.locked"
    public static let cleanupFailed = "site.cleanup-failed"

    /// Rules that mean a command could not read or write files: exit status 2, not 1.
    public static let ioRules: Set<String> = [
        foreignOutput, outputOverlapsSources, writeFailed, unsafePath, templateUnreadable, locked,
        CommonRule.unreadableFile, L10nRule.writeFailed, LintRule.baselineUnreadable, ExportRule.writeFailed,
    ]
}
