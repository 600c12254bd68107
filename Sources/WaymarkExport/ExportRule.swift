import WaymarkBase

/// The rule ids the export reports.
public enum ExportRule {

    public static let writeFailed = RuleDefinition(
        "export.write-failed", .error, summary: "A help bundle or its archive that could not be made or written.",
        explanation:
            "The bundle is written whole or not at all: when its search database cannot be built or the archive cannot be written, nothing is left half-made, and an app keeps the bundle it has. It is an I/O error, so the command exits with status 2.",
        fix: "Check that the temporary folder and the archive's folder exist and are writable, and that the disk has room; then run `waymark export` again.",
        configurable: false, exitStatus: .usageOrIO)

    /// The definitions, for `docs/rules.md`, `waymark rules` and SARIF.
    public static let definitions: [RuleDefinition] = [
        writeFailed
    ]
}
