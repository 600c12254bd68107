import WaymarkLoader

extension BuildStep where Context == BuildContext {
    /// `check-links`: the guides' links out of the help, against `waymark.yml`'s allowed
    /// origins (per guide: an incremental rebuild checks only the changed ones).
    public static var checkLinks: BuildStep {
        BuildStep("check-links") { context in
            context.replaceScoped(ExternalLinks.diagnostics(context.scopedGuides, config: context.project.config))
        }
    }
}
