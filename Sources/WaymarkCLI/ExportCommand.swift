import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkExport
import WaymarkGuide
import WaymarkHelp
import WaymarkModel
import WaymarkSite

/// `waymark export`: the help bundle apps embed.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the help bundle that apps embed: offline, in-context, searchable help in every locale.",
        discussion: """
            Checks everything `validate` checks, then writes a bundle folder (default <root>/HelpBundle): a manifest \
            with every file's SHA-256 digest, each guide in each locale as an HTML fragment, a Markdown page and \
            structured JSON, the context index, an SQLite FTS5 search database and a web-view entry page. The same \
            content gives byte-identical files. It writes nothing if anything has an error.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The bundle folder (default: <root>/HelpBundle).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Also write the bundle as one tar archive file.", valueName: "file"))
    var archive: String?

    @Option(help: ArgumentHelp("The content's version (default: its date and a digest of the bundle).", valueName: "version"))
    var contentVersion: String?

    @Option(help: ArgumentHelp("The content's date (default: the newest `verified` date of the product model).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var checkFlags: CheckFlags

    @Flag(help: "Export even when steps fail the product-model check (their errors become warnings).")
    var allowCheckErrors = false

    @OptionGroup var timings: TimingsFlag

    func validate() throws {
        if let date, ModelDates.parse(date) == nil { throw ValidationError("--date takes a date as YYYY-MM-DD, not '\(date)'") }
        if let contentVersion, contentVersion.isEmpty || contentVersion.contains(where: \.isNewline) {
            throw ValidationError("--content-version takes a version on one line, such as 2026.12.1")
        }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let root = project.rootURL(in: workingDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL } ?? root.appendingPathComponent("HelpBundle")
        let archiveURL = archive.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        var options = SiteBuilder.Options.configured(root: root)
        options.check = checkFlags.options()
        options.allowCheckErrors = allowCheckErrors
        var report = SiteBuilder.prepare(options)
        let exportStarted = ContinuousClock.now
        options.output = outputURL
        let display = SiteBuilder.displayPath(outputURL, root: root)
        if let overlap = SiteBuilder.overlapDiagnostic(options, display: display) { report.diagnostics.append(overlap) }
        var written: HelpExport.Bundle?
        if let prepared = report.project, !report.diagnostics.hasErrors {
            do {
                let bundle = try HelpExport.bundle(Self.input(prepared, version: contentVersion, date: date))
                let archiveDisplay = archiveURL.map { SiteBuilder.displayPath($0, root: root) } ?? ""
                if let archiveURL { try Self.checkArchive(archiveURL, bundleFolder: outputURL, display: archiveDisplay) }
                try SiteWriter.write(bundle.files.map { SiteFile(path: $0.path, data: $0.data) }, to: outputURL, displayPath: display)
                written = bundle
                if let archiveURL { try Self.writeArchive(bundle, to: archiveURL, display: archiveDisplay) }
            } catch let failure as HelpExport.Failure {
                report.diagnostics.append(Diagnostic(ExportRule.writeFailed, failure.reason, hint: "check the paths and run the export again", file: display))
            } catch let failure as SiteWriter.Failure {
                report.diagnostics.append(failure.diagnostic)
            } catch {
                report.diagnostics.append(Diagnostic(ExportRule.writeFailed, "\(error)", hint: "nothing was written", file: display))
            }
        }
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        // The pipeline's `prepare` steps, then the bundle made and written as one `export` step.
        if timings.timings { StepTimings.print(report.timings + [StepTiming(name: "export", duration: ContinuousClock.now - exportStarted)], console: console) }
        if project.format == .text {
            if let written {
                let size = written.files.reduce(0) { $0 + $1.data.count }
                let guides = Set(written.manifest.locales.flatMap { $0.guides.map(\.id) }).count
                console.out(
                    "Exported \(guides) guide\(guides == 1 ? "" : "s") in \(written.manifest.locales.count) locale\(written.manifest.locales.count == 1 ? "" : "s") "
                        + "(\(written.files.count) files, \(size) bytes, version \(written.manifest.content.version)) into \(SiteBuilder.displayPath(outputURL, root: workingDirectory))/\n"
                )
            } else {
                console.err("The bundle was not written.\n")
            }
        }
        return ExitStatus.status(for: report.diagnostics)
    }

    /// What the export reads, from the checked project: the site's render, and each locale's completeness.
    static func input(_ project: PreparedProject, version: String?, date: String?) -> ExportInput {
        let status = project.translationStatus
        var counts: [String: [String: BundleManifest.Completeness]] = [:]
        for row in status.rows { if let guide = row.guide { counts[row.locale, default: [:]][guide] = .init(current: row.current, stale: row.stale, missing: row.missing) } }
        let source = project.sourceLocale
        for guide in project.guides { counts[source.tag, default: [:]][guide.id] = .init(current: TranslationKey.units(of: guide).count, stale: 0, missing: 0) }
        let locales = project.locales.map { strings in
            ExportInput.Locale(
                strings: strings, translations: { project.translations(locale: strings.locale, guide: $0) },
                completeness: counts[strings.locale.tag] ?? [:])
        }
        return ExportInput(
            guides: project.guides, model: project.model, helpIndex: project.helpIndex, locales: locales, pages: project.render(layout: .bundle),
            labels: project.labels, version: version, date: date, generator: "waymark \(WaymarkCLI.version)", images: project.images)
    }

    /// Refuses an archive path inside the bundle folder, or one that is a folder.
    static func checkArchive(_ url: URL, bundleFolder: URL, display: String) throws {
        let folder = bundleFolder.standardizedFileURL.path
        if url.standardizedFileURL.path.hasPrefix(folder + "/") {
            throw HelpExport.Failure(reason: "the archive \(display) would be inside the bundle folder; write it beside the bundle")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw HelpExport.Failure(reason: "the archive \(display) is a folder; name a file, such as Help.tar")
        }
    }

    /// The archive, written whole (a temporary file renamed into place).
    static func writeArchive(_ bundle: HelpExport.Bundle, to url: URL, display: String) throws {
        let data = TarArchive.archive(bundle.files, modified: TarArchive.seconds(of: bundle.manifest.content.date))
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw HelpExport.Failure(reason: "cannot write the archive \(display): \(systemReason(error)); the bundle folder was written")
        }
    }
}

extension SiteFile {
    /// A file of the given bytes.
    init(path: String, data: Data) {
        self.init(path: path, text: "")
        contents = .data(data)
    }
}
