import WaymarkBase

/// The commands' step lists that need no site, and the one way to run a list. The site's
/// lists (`validate`, `build`, `prepare` for the export, `lint`) are `SiteBuilder`'s, in WaymarkSite.
public enum Pipeline {
    /// The steps every command starts with: the configuration, the guides, the model, the catalogs.
    public static var loading: [BuildStep<BuildContext>] { [.loadConfig, .loadGuides, .loadModel, .loadCatalogs] }

    /// `waymark check`: guides and the product model only.
    public static var check: [BuildStep<BuildContext>] { loading + [.checkModel, .checkLinks, .applyPolicy, .capRepeats] }

    /// The translators' workflow (`waymark l10n`): what it works on, loaded, and the catalogs' problems.
    public static var l10n: [BuildStep<BuildContext>] { loading + [.catalogProblems, .capRepeats] }

    /// Everything `validate` checks before the site's own steps: the check, the translations,
    /// the images, with `lint` the style rules, and the published locales' interface strings. The
    /// site's lists end with `stop-on-errors`, the site's steps, `apply-policy` and `cap-repeats`.
    public static func checks(lint: Bool) -> [BuildStep<BuildContext>] {
        loading + [.checkModel, .checkLinks, .catalogProblems, .checkTranslations, .decidePublication, .loadImages] + (lint ? [.lintStyle] : []) + [.interfaceStrings]
    }

    /// Runs `steps` over a new context for `options`.
    public static func run(_ options: PipelineOptions, _ steps: [BuildStep<BuildContext>]) -> BuildReport {
        var context = BuildContext(options: options)
        let timings = StepRunner.run(steps, on: &context)
        return BuildReport(context, timings: timings)
    }

    /// `waymark check`'s run.
    public static func check(_ options: PipelineOptions) -> BuildReport { run(options, check) }
}
