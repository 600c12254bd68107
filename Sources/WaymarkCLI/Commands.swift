import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkCheckCLI
import WaymarkModel
import WaymarkPipeline
import WaymarkSite

/// The root command; its subcommands do the work.
struct WaymarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "Build and check step-by-step help guides.",
        discussion: "Exit status: 0 success, 1 content errors, 2 usage or I/O errors.",
        version: WaymarkCLI.version,
        subcommands: [
            BuildCommand.self, ValidateCommand.self, CheckCommand.self, ExportCommand.self, LintCommand.self, RulesCommand.self, SchemaCommand.self, L10nCommand.self,
            ServeCommand.self,
        ]
    )
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the help site from Content/ into Site/.",
        discussion: """
            Loads and checks every guide, renders each one through libcmark as an HTML page and a \
            Markdown page, and writes the site atomically: a failed build leaves the previous site \
            as it was. The output folder is replaced whole, so waymark refuses one it did not make.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder (default: <root>/Site).", valueName: "dir"))
    var output: String?

    @OptionGroup var checkFlags: CheckFlags

    @Flag(help: "Publish even when steps fail the product-model check (their errors become warnings).")
    var allowCheckErrors = false

    @Option(help: ArgumentHelp("The address the site is served from; writes sitemap.xml with it.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var timings: TimingsFlag

    func validate() throws {
        if let baseURL {
            guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--base-url takes an absolute http or https address, such as https://help.example.com/")
            }
        }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        var options = SiteBuilder.Options.configured(root: root, output: outputURL)
        options.check = checkFlags.options()
        options.allowCheckErrors = allowCheckErrors
        options.baseURL = baseURL
        let report = SiteBuilder.build(options)
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        if timings.timings { StepTimings.print(report.timings, console: console) }
        let status = ExitStatus.status(for: report.diagnostics)
        if report.wrote, project.format == .text {
            let out = SiteBuilder.displayPath(options.output, root: workingDirectory)
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            console.out(
                "Built \(plural(report.guideCount, "guide")) in \(plural(report.localeCount, "locale")) "
                    + "(\(plural(report.fileCount, "file"))) into \(out)/\nOpen \(out)/index.html in a browser.\n")
        } else if !report.wrote, project.format == .text {
            console.err("The site was not written\(FileManager.default.fileExists(atPath: options.output.path) ? "; the previous site is unchanged" : "").\n")
        }
        return status
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check every guide, the product model, the templates and the assets; write nothing.",
        discussion: "Prints every problem in every file, then exits 1 if any is an error."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var checkFlags: CheckFlags

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var timings: TimingsFlag

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        var options = SiteBuilder.Options.configured(root: root)
        options.check = checkFlags.options()
        let report = SiteBuilder.validate(options)
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        if timings.timings { StepTimings.print(report.timings, console: console) }
        if project.format == .text, report.diagnostics.isEmpty {
            console.out("No problems in \(report.guideCount) guide\(report.guideCount == 1 ? "" : "s").\n")
        }
        return ExitStatus.status(for: report.diagnostics, strict: strict)
    }
}
