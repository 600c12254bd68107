import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkLint
import WaymarkLoader
import WaymarkPipeline
import WaymarkSite

/// The formats `waymark lint` reports in.
enum LintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, github, sarif, junit
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Run every check and the style rules, and report in the format CI reads.",
        discussion: """
            Runs what `validate` runs (loading, the product-model check, translations, templates) plus \
            the field-aware style rules, applies waymark.yml and lint-ignore suppressions, and reports \
            as text, json (version 1), github (workflow annotations; past GitHub's limit of 10 per \
            severity, the rest goes to $GITHUB_STEP_SUMMARY), sarif (2.1.0) or junit. Rules: \
            docs/rules.md or `waymark rules`. Exit status: 0 clean, 1 errors (or warnings with \
            --strict), 2 usage or I/O errors.
            """
    )

    @OptionGroup var location: RootOption

    @Option(help: ArgumentHelp("text, json, github, sarif or junit.", valueName: "format"))
    var format: LintFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var checkFlags: CheckFlags

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp("Report only findings not recorded in this file (record it with --update-baseline).", valueName: "file"))
    var baseline: String?

    @Flag(help: "Record today's findings in the --baseline file, replacing it; findings a baseline may not hold are still reported.")
    var updateBaseline = false

    @Option(help: ArgumentHelp("Report only on guides changed since this git ref, and guides affected by model or catalog changes in that range.", valueName: "ref"))
    var changedSince: String?

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output takes a file, such as lint.sarif") }
        if baseline?.isEmpty == true { throw ValidationError("--baseline takes a file, such as lint-baseline.json") }
        if updateBaseline, baseline == nil { throw ValidationError("--update-baseline needs --baseline FILE") }
        if updateBaseline, changedSince != nil {
            throw ValidationError("--update-baseline records the whole project's findings; run it without --changed-since")
        }
    }

    @OptionGroup var timings: TimingsFlag

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let rootURL = location.rootURL(in: workingDirectory)
        var site = SiteBuilder.Options.configured(root: rootURL)
        site.check = checkFlags.options()
        var options = Linter.Options(site: site)
        options.changedSince = changedSince
        options.updateBaseline = updateBaseline
        var baselineShown = baseline ?? ""
        if let baseline {
            let url = URL(fileURLWithPath: baseline, relativeTo: workingDirectory).standardizedFileURL
            options.baseline = url
            // Diagnostics name files relative to the root, like every other file they name.
            options.baselineDisplayPath = SiteBuilder.displayPath(url, root: rootURL)
            baselineShown = SiteBuilder.displayPath(url, root: workingDirectory)
        }
        for (flag, path) in [("--output", output), ("--baseline", baseline)] {
            guard let path else { continue }
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            if let problem = Self.refusal(url, site: site) {
                console.err("error: \(flag) \(path): \(problem)\n")
                return ExitStatus.usageOrIO
            }
        }
        var report = Linter.run(options, validate: SiteBuilder.validate)
        if timings.timings { StepTimings.print(report.timings, console: console) }
        if let failure = report.failure {
            console.err("error: \(failure)\n")
            return ExitStatus.usageOrIO
        }
        let shownRoot = SiteBuilder.displayPath(rootURL, root: workingDirectory)
        report = Self.relativeToWorkingFolder(report, root: shownRoot)
        let (text, summary) = render(report, projectFile: shownRoot == "." ? ProjectConfig.fileName : "\(shownRoot)/\(ProjectConfig.fileName)")
        if let output {
            let url = URL(fileURLWithPath: output, relativeTo: workingDirectory).standardizedFileURL
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                console.err("error: cannot write \(output): \(systemReason(error))\n")
                return ExitStatus.usageOrIO
            }
        } else if format == .text {
            console.err(text)
        } else {
            console.out(text)
        }
        if let summary { writeSummary(summary, console: console) }
        if format == .text {
            console.err(footer(report, baseline: baselineShown))
        } else if report.wroteBaseline || report.baselined > 0 || report.fixed > 0 {
            // Machine formats too: a baseline that hides findings must never pass silently.
            console.err(baselineLines(report, baseline: baselineShown).joined(separator: "\n") + "\n")
        }
        return ExitStatus.status(for: report.diagnostics, strict: strict)
    }

    /// The report in the chosen format, and the GitHub job summary when annotations overflowed.
    func render(_ report: Linter.Report, projectFile: String) -> (String, String?) {
        let diagnostics = report.diagnostics
        switch format {
        case .text:
            return (diagnostics.formatted(sources: report.sources), nil)
        case .json:
            return (DiagnosticsJSON.encode(diagnostics), nil)
        case .github:
            let rendered = GitHubAnnotations.render(diagnostics)
            return (rendered.commands, rendered.summary)
        case .sarif:
            return (SARIFLog.encode(diagnostics, rules: RuleCatalog.all, sources: report.sources, version: WaymarkCLI.version, projectFile: projectFile), nil)
        case .junit:
            return (JUnitReport.encode(diagnostics, files: report.files), nil)
        }
    }

    /// Appends the summary to `$GITHUB_STEP_SUMMARY` when set, else prints it to standard error.
    func writeSummary(_ summary: String, console: Console) {
        if let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty,
            let handle = FileHandle(forWritingAtPath: path)
        {
            handle.seekToEndOfFile()
            handle.write(Data((summary + "\n").utf8))
            handle.closeFile()
        } else {
            console.err(summary)
        }
    }

    /// Why a report or baseline may not be written at `url`: it would replace the project's
    /// configuration or land among its sources or in the site (which `build` replaces whole).
    static func refusal(_ url: URL, site: SiteBuilder.Options) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { return "it is a folder; name a file" }
        let path = SiteBuilder.resolvingExistingPart(url)
        let root = site.root.standardizedFileURL.resolvingSymlinksInPath()
        if path == root.appendingPathComponent(ProjectConfig.fileName).path { return "that is the project's configuration" }
        for folder in [site.guidesPath, site.modelPath, site.localesPath, site.templatesPath, site.publicPath] {
            if path.hasPrefix(root.appendingPathComponent(folder).path + "/") { return "it is inside \(folder), among the project's sources" }
        }
        let output = SiteBuilder.resolvingExistingPart(site.output)
        if path.hasPrefix(output + "/") { return "it is inside the site folder, which `waymark build` replaces" }
        let parent = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: parent.path) { return "the folder \(parent.path) does not exist" }
        return nil
    }

    /// Paths in the report relative to the working folder, as compilers print them and as
    /// GitHub and code scanning resolve them (from the repository root, where CI runs).
    static func relativeToWorkingFolder(_ report: Linter.Report, root: String) -> Linter.Report {
        guard root != "." else { return report }
        func moved(_ path: String) -> String { path.hasPrefix("/") ? path : root + "/" + path }
        var result = report
        result.diagnostics = report.diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.file = diagnostic.file.map(moved)
            return copy
        }
        result.sources = Dictionary(report.sources.map { (moved($0.key), $0.value) }) { a, _ in a }
        result.files = report.files.map(moved)
        return result
    }

    /// The closing lines of the text format.
    func footer(_ report: Linter.Report, baseline: String) -> String {
        var lines: [String] = []
        let d = report.diagnostics
        if !report.wroteBaseline {
            if d.isEmpty {
                lines.append("No problems in \(report.guideCount) guide\(report.guideCount == 1 ? "" : "s").")
            } else {
                lines.append(DiagnosticOutput.summary(d) + (d.count(of: .note) > 0 ? ", \(d.count(of: .note)) note\(d.count(of: .note) == 1 ? "" : "s")" : ""))
            }
        }
        return (lines + baselineLines(report, baseline: baseline)).joined(separator: "\n") + "\n"
    }

    /// What the baseline did: recorded, hid, or no longer finds.
    func baselineLines(_ report: Linter.Report, baseline: String) -> [String] {
        if report.wroteBaseline {
            let others = report.diagnostics.isEmpty ? "" : "; findings it may not hold are reported"
            return ["Recorded \(report.baselined) finding\(report.baselined == 1 ? "" : "s") in the baseline \(baseline)\(others)."]
        }
        var lines: [String] = []
        if report.baselined > 0 { lines.append("\(report.baselined) known finding\(report.baselined == 1 ? "" : "s") in the baseline \(baseline) not shown.") }
        if report.fixed > 0 { lines.append("\(report.fixed) finding\(report.fixed == 1 ? "" : "s") in the baseline no longer occur; run with --update-baseline to drop them.") }
        return lines
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, default severity and summary.",
        discussion: "`waymark rules --format markdown > docs/rules.md` regenerates the rules reference."
    )

    enum Format: String, ExpressibleByArgument { case text, markdown }

    @Option(help: ArgumentHelp("text or markdown.", valueName: "format"))
    var format: Format = .text

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        console.out(format == .markdown ? RulesReference.markdown(RuleCatalog.all) : RulesReference.text(RuleCatalog.all))
        return ExitStatus.success
    }
}
