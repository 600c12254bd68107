import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkSite

/// The root command; its subcommands do the work.
struct WaymarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "Build and check step-by-step help guides.",
        discussion: "Exit status: 0 success, 1 content errors, 2 usage or I/O errors.",
        version: WaymarkCLI.version,
        subcommands: [BuildCommand.self, ValidateCommand.self]
    )
}

/// Options every command shares.
struct ProjectOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The project folder, holding Content/, Templates/ and Public/.", valueName: "dir"))
    var root: String = "."

    @Option(help: ArgumentHelp("How to print diagnostics: text or json.", valueName: "format"))
    var format: OutputFormat = .text

    func rootURL(in workingDirectory: URL) -> URL {
        URL(fileURLWithPath: root, relativeTo: workingDirectory).standardizedFileURL
    }
}

extension OutputFormat: ExpressibleByArgument {}

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

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        let report = SiteBuilder.build(.init(root: root, output: outputURL))
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        let status = ExitStatus.status(for: report.diagnostics)
        if report.wrote, project.format == .text {
            let out = SiteBuilder.displayPath(outputURL ?? root.appendingPathComponent("Site"), root: workingDirectory)
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            console.out("Built \(plural(report.guideCount, "guide")) in \(plural(report.localeCount, "locale")) "
                + "(\(plural(report.fileCount, "file"))) into \(out)/\nOpen \(out)/index.html in a browser.\n")
        } else if !report.wrote, project.format == .text {
            console.err("The site was not written\(FileManager.default.fileExists(atPath: (outputURL ?? root.appendingPathComponent("Site")).path) ? "; the previous site is unchanged" : "").\n")
        }
        return status
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check every guide and template; write nothing.",
        discussion: "Prints every problem in every file, then exits 1 if any is an error."
    )

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        let report = SiteBuilder.check(.init(root: root))
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        if project.format == .text, report.diagnostics.isEmpty {
            console.out("No problems in \(report.guideCount) guide\(report.guideCount == 1 ? "" : "s").\n")
        }
        return ExitStatus.status(for: report.diagnostics, strict: strict)
    }
}
