import WaymarkLoader

extension BuildStep where Context == BuildContext {
    /// `load-images`: the images the guides show, in every locale.
    public static var loadImages: BuildStep {
        BuildStep("load-images") { context in
            let (images, diagnostics) = ImageFiles.load(
                root: context.project.root, imagesPath: context.project.paths.images, guides: context.guides,
                locales: context.catalogs.locales, model: context.model, config: context.project.config)
            context.report(diagnostics)
            context.images = images
        }
    }
}
