import Foundation
import WaymarkBase
import WaymarkPipeline
import WaymarkProject

/// `waymark lint`: every check of `validate`, the style rules, suppressions and settings,
/// then optionally only what changed since a git ref, and only what a baseline does not hold.
public enum Linter {
    /// How to lint.
    public struct Options: Sendable {
        /// The pipeline's options (root, paths, configuration, checker settings).
        public var site: PipelineOptions
        /// Report only on what changed since this git ref.
        public var changedSince: String?
        /// The baseline file, and whether to (re)write it instead of filtering by it.
        public var baseline: URL?
        public var baselineDisplayPath: String?
        public var updateBaseline = false

        /// Options for the project that `site` describes.
        public init(site: PipelineOptions) { self.site = site }
    }

    /// What a lint run found.
    public struct Report: Sendable {
        /// The findings to report, in output order.
        public var diagnostics: [Diagnostic]
        /// File texts for source lines.
        public var sources: [String: String]
        /// Every file that was linted (for JUnit's passing suites).
        public var files: [String]
        /// Findings the baseline excused, and recorded findings that are gone.
        public var baselined = 0, fixed = 0
        /// Whether the baseline was recorded (`--update-baseline`).
        public var wroteBaseline = false
        /// A failure of git or of the baseline file: usage or I/O, exit status 2.
        public var failure: String?
        /// How many guides were linted.
        public var guideCount = 0
        /// The pipeline's steps and their wall times (`--timings`).
        public var timings: [StepTiming] = []
    }

    /// Runs the linter over what `validate` (the site's `validate` steps, `SiteBuilder.validate`,
    /// which the linter does not link) finds with the style rules on.
    public static func run(_ options: Options, validate: (PipelineOptions) -> BuildReport) -> Report {
        var site = options.site
        site.lint = true
        let result = validate(site)
        var report = Report(
            diagnostics: result.diagnostics.sortedForOutput(), sources: result.sources,
            files: result.sources.keys.sorted(), guideCount: result.guideCount, timings: result.timings)
        // The baseline is matched against the whole project's findings (everything was linted),
        // so its counts are right; --changed-since then narrows what is reported.
        if let url = options.baseline {
            applyBaseline(url, options: options, to: &report)
            if report.failure != nil || report.wroteBaseline { return report }
        }
        if let ref = options.changedSince {
            switch ChangedGuides.files(since: ref, root: site.root) {
            case .failure(let failure):
                report.failure = "--changed-since \(ref): \(failure.message)"
            case .success(let files):
                let selection = ChangedGuides.select(
                    files: files, guides: result.guides, model: result.model, modelPath: site.modelPath,
                    localesPath: site.localesPath, configFile: ProjectConfig.fileName,
                    imagesPath: site.config.paths.images)
                report.diagnostics = report.diagnostics.filter(selection.contains)
                let guideFiles = Set(result.guides.filter { selection.guides.contains($0.id) }.map(\.file))
                report.files = report.files.filter { files.contains($0) || guideFiles.contains($0) }
                report.guideCount = selection.guides.count
            }
        }
        return report
    }

    /// Records the baseline (with `updateBaseline`), or hides the findings it holds.
    static func applyBaseline(_ url: URL, options: Options, to report: inout Report) {
        let display = options.baselineDisplayPath ?? url.path
        if options.updateBaseline {
            let baseline = Baseline(report.diagnostics, sources: report.sources)
            do {
                try Data(baseline.json.utf8).write(to: url, options: .atomic)
            } catch {
                report.failure = "cannot write the baseline \(display): \(systemReason(error))"
                return
            }
            report.wroteBaseline = true
            report.baselined = baseline.findings.count
            report.diagnostics = report.diagnostics.filter { !Baseline.mayHold($0) }
            return
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            report.failure = "there is no baseline at \(display); record one with --baseline \(display) --update-baseline"
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            report.failure = "cannot read the baseline \(display)"
            return
        }
        switch Baseline.read(data, path: display) {
        case .failure(let error):
            report.diagnostics = [error.diagnostic]
        case .success(let baseline):
            let filtered = baseline.filter(report.diagnostics, sources: report.sources)
            report.diagnostics = filtered.new
            report.baselined = filtered.known
            report.fixed = filtered.fixed
        }
    }
}
