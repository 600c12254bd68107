/// The rule ids of reading safely: links out of the project, encodings, invisible characters,
/// and the cap on repeated diagnostics. Every layer that reads a file reports them.
public enum SafetyRule {
    /// A file or folder that is (or lies behind) a symbolic link leading out of the project.
    public static let outsideProject = RuleDefinition(
        "file.outside-project", .error, summary: "A guide, model file, catalog, template, asset or content folder that is a symbolic link leading out of the project.",
        explanation:
            "Waymark reads only inside the project folder, as Git does not follow links out of a work tree: a link to a system file would otherwise put that file's text on every page or in an error message. The file is not read, and nothing is published while it is there.",
        fix: "Replace the link with a copy of the file inside the project, or point it at a file inside the project.",
        configurable: false)
    /// A file that is not valid UTF-8 (UTF-16, a broken byte sequence, a NUL byte).
    public static let encoding = RuleDefinition(
        "file.encoding", .error, summary: "A file that is not UTF-8 text: UTF-16, a broken byte sequence or a NUL byte, at the first bad byte.",
        explanation:
            "Every file Waymark reads is UTF-8. A file in another encoding would be published as garbage or cut short, so it is not read; the position is the first byte that is not UTF-8. It is a content error (exit status 1), so every other problem is still reported.",
        fix: "Save the file as UTF-8 in your editor (\"Save with encoding: UTF-8\"), and remove the NUL byte or broken character at the reported position.",
        configurable: false)
    /// A bidirectional control or zero-width character in text ("trojan source").
    public static let invisibleCharacter = RuleDefinition(
        "text.invisible-character", .warning, summary: "A bidirectional control or zero-width character in a guide, model file, catalog or template.",
        explanation:
            "Characters such as RIGHT-TO-LEFT OVERRIDE (U+202E) or ZERO WIDTH SPACE (U+200B) are invisible in editors and reviews, but reorder or split the text readers see (the \"trojan source\" attack), and break search. Marks that right-to-left text needs (U+200E, U+200F, U+061C) and joiners (U+200C, U+200D) are allowed.",
        fix: "Delete the character at the reported position; messages show it escaped, such as \\u{202E}.",
        configurable: false)
    /// The summary that replaces further repetitions of one warning in one file.
    public static let capped = RuleDefinition(
        "diagnostics.capped", .note, summary: "The same warning more than 20 times in one file: the rest are counted, not printed.",
        explanation:
            "A broken or generated file can repeat one warning hundreds of thousands of times, which hides the other problems and floods a CI log. The first 20 are reported with their positions and this note says how many more there were.",
        fix: "Fix the warnings reported; the rest usually have the same cause.",
        configurable: false)

    /// A file larger than its kind may be (the loader lists it with its own rules).
    public static let tooLarge = RuleDefinition(
        "file.too-large", .error,
        summary:
            "A file larger than its kind may be (guides, model files and templates 1 MiB, catalogs 4 MiB, imported XLIFF 32 MiB), or a guide whose YAML aliases expand to more than 50,000 values or 2 MiB of text.",
        explanation:
            "A file this large is a mistake or a hostile file (a few nested YAML aliases can expand into millions of values) and would make every build slow or run out of memory. The size is checked before the file is read, and the expansion before anything is decoded, so the file costs no memory; nothing in it is checked or published.",
        fix:
            "Split a long guide into several guides, and write values out instead of using YAML anchors and aliases (`&name`, `*name`), which guides and model files never need.",
        configurable: false)

    /// The definitions of these rules (`file.too-large` is listed by the loader).
    public static let definitions: [RuleDefinition] = [
        outsideProject,
        encoding,
        invisibleCharacter,
        capped,
    ]
}
