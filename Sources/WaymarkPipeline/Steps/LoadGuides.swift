import WaymarkLoader

extension BuildStep where Context == BuildContext {
    /// `load-guides`: every guide file of the guides folder, decoded, with its links checked.
    public static var loadGuides: BuildStep {
        BuildStep("load-guides") { context in
            let content = ContentLoader.load(root: context.project.root, guidesPath: context.project.paths.guides)
            context.report(content.diagnostics)
            context.sources.add(content.sources)
            context.setGuides(content.guides)
        }
    }
}
