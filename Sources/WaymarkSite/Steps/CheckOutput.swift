import WaymarkPipeline

extension BuildStep where Context == SiteBuildContext {
    /// `check-output`: the output folder must not be the project, nor hold or sit inside its sources.
    static var checkOutput: BuildStep {
        BuildStep("check-output") { context in
            let options = context.build.options
            let display = SiteBuilder.displayPath(options.output, root: options.root)
            if let overlap = SiteBuilder.overlapDiagnostic(options, display: display) { context.build.report(overlap) }
        }
    }
}
