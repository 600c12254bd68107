import WaymarkPipeline

extension BuildStep where Context == SiteBuildContext {
    /// `plan-assets`: the files of `Public/`, refused where they take a generated page's path.
    static var planAssets: BuildStep {
        BuildStep("plan-assets") { context in
            let build = context.build
            let taken = SitePlanner.generatedPaths(guideIDs: build.guides.map(\.id), locales: build.locales.map(\.locale))
            let (assets, diagnostics) = SitePlanner.assets(root: build.project.root, publicPath: build.project.paths.assets, taken: taken)
            context.build.report(diagnostics)
            context.assets = assets
        }
    }

    /// `stop-on-errors`: ends the run (all but `apply-policy` and `cap-repeats`) when, after the
    /// rule policy, any diagnostic so far is an error, or the templates could not be read.
    static var stopOnErrors: BuildStep {
        BuildStep("stop-on-errors") { context in
            if context.templates == nil || context.build.policyApplied.hasErrors { context.build.stopped = true }
        }
    }
}
