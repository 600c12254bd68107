import WaymarkStyle

extension BuildStep where Context == BuildContext {
    /// `lint-style`: the field-aware style rules (`waymark lint` only; per guide).
    public static var lintStyle: BuildStep {
        BuildStep("lint-style") { context in
            context.replaceScoped(
                StyleRules.check(guides: context.scopedGuides, model: context.model, sources: context.sources.texts, config: context.project.config))
        }
    }
}
