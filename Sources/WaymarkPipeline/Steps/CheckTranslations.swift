import WaymarkL10n

extension BuildStep where Context == BuildContext {
    /// `catalog-problems`: the catalogs' own problems (what reading and parsing them found), and their texts.
    public static var catalogProblems: BuildStep {
        BuildStep("catalog-problems") { context in
            context.report(context.catalogs.diagnostics)
            context.sources.add(context.catalogs.sources)
        }
    }

    /// `check-translations`: every translation against its guide.
    public static var checkTranslations: BuildStep {
        BuildStep("check-translations") { context in
            context.report(L10nChecker.check(guides: context.guides, model: context.model, catalogs: context.catalogs))
        }
    }
}
