import WaymarkCheck
import WaymarkGuide

extension BuildStep where Context == BuildContext {
    /// `prepare`: the checked project, for an output other than the site (the help export).
    public static var prepare: BuildStep {
        BuildStep("prepare") { context in
            context.prepared = PreparedProject(
                guides: context.guides, model: context.model, helpIndex: context.helpIndex ?? HelpIndex(), locales: context.locales,
                catalogs: context.catalogs, publication: context.publication)
            context.prepared?.images = context.images ?? PublishedImages()
            context.localeCount = context.locales.count
        }
    }
}
