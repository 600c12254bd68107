import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// What a run did. `SiteBuilder.Report` is this type.
public struct BuildReport: Sendable {
    /// Every problem found, in a stable order.
    public var diagnostics: [Diagnostic]
    /// File texts for showing source lines.
    public var sources: [String: String]
    /// How many guides were built, in how many locales, as how many files.
    public var guideCount = 0, localeCount = 0, fileCount = 0
    /// Whether the site was written.
    public var wrote = false
    /// The guides and the product model that loaded, for a caller that looks further
    /// (`waymark lint --changed-since`) without loading them again.
    public var guides: [Guide] = []
    public var model = ProductModel(surfaces: [])
    /// The checked project for an output other than the site, when `prepare` found no error.
    public var project: PreparedProject?
    /// The site's files as planned (in memory), when the run got that far (`waymark serve` serves them).
    public var files: [SiteFile] = []
    /// Each step's wall time, in order (`--timings`).
    public var timings: [StepTiming] = []

    /// The report of a finished run over `context`.
    public init(_ context: BuildContext, timings: [StepTiming]) {
        diagnostics = context.diagnostics
        sources = context.sources.texts
        guideCount = context.guides.count
        (guides, model, project, wrote, self.timings) = (context.guides, context.model, context.prepared, context.wrote, timings)
        (localeCount, fileCount, files) = (context.localeCount, context.fileCount, context.files)
    }
}
