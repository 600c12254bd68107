import WaymarkL10n

extension BuildStep where Context == BuildContext {
    /// `decide-publication` (issue 16): which locale pages of each guide are published, by
    /// `publish: minimum-translated` (the guide's, else waymark.yml's), with a note per guide held back.
    public static var decidePublication: BuildStep {
        BuildStep("decide-publication") { context in
            let config = context.options.config
            let (publication, notes) = Publication.decide(guides: context.guides, catalogs: context.catalogs, project: config.publish, configFile: config.file)
            context.publication = publication
            context.report(notes)
        }
    }
}
