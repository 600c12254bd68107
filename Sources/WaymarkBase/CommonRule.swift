/// Rules that more than one layer reports.
public enum CommonRule {
    /// A file or folder that cannot be read, or is not UTF-8 text. A failure to read, not a
    /// problem in the content: the command exits with status 2.
    public static let unreadableFile = RuleDefinition(
        "file.unreadable", .error, summary: "A file or folder that cannot be read, or a file that is not UTF-8 text.",
        explanation:
            "Waymark cannot check or publish what it cannot read, so the guides folder, guide, model file, PO catalog, waymark.yml or imported XLIFF file is left out and the build writes nothing. It is an I/O error, so the command exits with status 2.",
        fix: "Check that the file or folder exists and is readable, run waymark from the project's root folder (or pass `--root`), and save the file as UTF-8 text.",
        configurable: false, exitStatus: .usageOrIO)
}
