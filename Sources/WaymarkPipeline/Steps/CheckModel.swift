import WaymarkCheck

extension BuildStep where Context == BuildContext {
    /// `check`: every method walked through the product model, and the context-help index.
    public static var checkModel: BuildStep {
        BuildStep("check") { context in
            let checked = Checker.check(guides: context.guides, model: context.model, options: context.options.check)
            context.report(checked.diagnostics)
            context.helpIndex = checked.helpIndex
        }
    }
}
