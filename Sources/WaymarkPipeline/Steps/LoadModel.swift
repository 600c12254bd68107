import WaymarkLoader

extension BuildStep where Context == BuildContext {
    /// `load-model`: the product model's surfaces.
    public static var loadModel: BuildStep {
        BuildStep("load-model") { context in
            let model = ModelLoader.load(root: context.project.root, modelPath: context.project.paths.model)
            context.report(model.diagnostics)
            context.sources.add(model.sources)
            context.model = model.model
        }
    }
}
