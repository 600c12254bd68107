import WaymarkPipeline

extension BuildStep where Context == SiteBuildContext {
    /// `load-templates`: every page template, read and parsed.
    static var loadTemplates: BuildStep {
        BuildStep("load-templates") { context in
            let project = context.build.project
            let (templates, diagnostics, sources) = TemplateSet.load(root: project.root, templatesPath: project.paths.templates)
            context.build.report(diagnostics)
            context.build.sources.add(sources)
            context.templates = templates
        }
    }
}
