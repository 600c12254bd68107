import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkL10n
import WaymarkModel
import WaymarkSite

/// `waymark l10n …`: the translators' workflow.
struct L10nCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "l10n",
        abstract: "Extract, merge, exchange and measure translations (PO catalogs in Content/locales/).",
        subcommands: [L10nExtract.self, L10nUpdate.self, L10nStatusCommand.self, L10nExport.self, L10nImport.self]
    )
}

/// Prints a workflow report and decides the exit status.
func finish(_ report: L10nWorkflow.Report, format: OutputFormat, console: Console, success: String?) -> Int32 {
    DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: format, console: console)
    let status = ExitStatus.status(for: report.diagnostics)
    if status == ExitStatus.success, format == .text, let success { console.out(success) }
    return status
}

struct L10nExtract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Write the templates: Content/locales/templates/<guide>.pot.")
    @OptionGroup var project: ProjectOptions

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let report = L10nWorkflow.extract(root: project.rootURL(in: workingDirectory))
        return finish(report, format: project.format, console: console, success: report.written.map { "wrote \($0)\n" }.joined())
    }
}

struct L10nUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Extract, then merge into every locale's catalogs (or only --locale's) as msgmerge does.",
        discussion:
            "A changed source text keeps its translation, marked fuzzy with the previous msgid; a removed one becomes obsolete (#~). With --locale, only that locale's catalogs are created or merged (and the templates written); other locales' files are left alone."
    )
    @OptionGroup var project: ProjectOptions

    @Option(
        name: .customLong("locale"),
        help: ArgumentHelp("Create or merge only this locale's catalogs (repeatable; default: every locale).", valueName: "tag"))
    var locales: [String] = []

    @Option(help: ArgumentHelp("The revision date written into new catalogs (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        for tag in locales where LocaleID(tag) == nil { throw ValidationError("'\(tag)' is not a locale tag such as pt-BR") }
        if let today, ModelDates.parse(today) == nil { throw ValidationError("--today takes a date as YYYY-MM-DD") }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let report = L10nWorkflow.update(
            root: project.rootURL(in: workingDirectory), locales: locales.compactMap(LocaleID.init),
            today: "\(today ?? Self.todayString()) 00:00+0000")
        return finish(report, format: project.format, console: console, success: report.written.map { "wrote \($0)\n" }.joined())
    }

    static func todayString() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

struct L10nStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show current, stale and missing texts per locale and guide.")
    @OptionGroup var project: ProjectOptions

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let report = L10nWorkflow.status(root: project.rootURL(in: workingDirectory))
        let status = finish(report, format: project.format == .json ? .text : project.format, console: console, success: nil)
        if let table = report.status { console.out(project.format == .json ? table.json : table.table) }
        return status
    }
}

struct L10nExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write XLIFF 2.0 files for translation-management systems.")
    @OptionGroup var location: RootOption

    @Option(name: .customLong("format"), help: ArgumentHelp("The exchange format: xliff (XLIFF 2.0).", valueName: "xliff"))
    var exchange: String = "xliff"

    @Option(name: .customLong("locale"), help: ArgumentHelp("Export this locale only (repeatable; default: all).", valueName: "tag"))
    var locales: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write <locale>.xlf into, relative to the root.", valueName: "dir"))
    var output: String = "Exports"

    func validate() throws {
        guard exchange == "xliff" else { throw ValidationError("the only exchange format is xliff (XLIFF 2.0)") }
        for tag in locales where LocaleID(tag) == nil { throw ValidationError("'\(tag)' is not a locale tag such as pt-BR") }
        guard SiteFile.isContained(output) else { throw ValidationError("--output must be a folder inside the project") }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let report = L10nWorkflow.export(root: location.rootURL(in: workingDirectory), locales: locales.compactMap(LocaleID.init), output: output)
        return finish(report, format: .text, console: console, success: report.written.map { "wrote \($0)\n" }.joined())
    }
}

struct L10nImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read an XLIFF 2.0 file into its locale's catalogs.",
        discussion: "Refuses units whose source no longer matches the guide, and never replaces a different current translation unless --overwrite."
    )
    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The XLIFF file.", valueName: "file"))
    var file: String

    @Flag(help: "Replace current translations that differ from the file's.")
    var overwrite = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        let url = URL(fileURLWithPath: file, relativeTo: workingDirectory).standardizedFileURL
        let report = L10nWorkflow.importXLIFF(
            root: root, file: url, displayPath: SiteBuilder.displayPath(url, root: workingDirectory),
            overwrite: overwrite, today: "\(L10nUpdate.todayString()) 00:00+0000")
        return finish(
            report, format: project.format, console: console,
            success: report.written.isEmpty ? "nothing to import\n" : report.written.map { "updated \($0)\n" }.joined())
    }
}
