import WaymarkPipeline

/// The build context with what the site's steps add: the parsed templates and the assets.
public struct SiteBuildContext: StepContext, Sendable {
    /// Everything the shared steps know.
    public var build: BuildContext
    /// The page templates (nil when they cannot all be read and parsed), and the assets of `Public/`.
    var templates: TemplateSet?
    var assets: [SiteFile] = []

    /// A context for a run with `options`.
    public init(options: PipelineOptions) { build = BuildContext(options: options) }

    public var isStopped: Bool { build.isStopped }
    public mutating func begin(step: String) { build.begin(step: step) }
}

extension BuildStep where Context == BuildContext {
    /// The step over the site's context.
    var site: BuildStep<SiteBuildContext> { lifted(\SiteBuildContext.build) }
}
