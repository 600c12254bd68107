import WaymarkL10n

extension BuildStep where Context == BuildContext {
    /// `interface-strings`: every locale's interface strings, from catalogs along its fallback
    /// chain (English at worst), and the project's interface catalogs checked.
    public static var interfaceStrings: BuildStep {
        BuildStep("interface-strings") { context in
            let all = [context.project.sourceLocale] + context.catalogs.locales
            context.locales = all.map(context.catalogs.interface.strings(for:))
            context.report(context.catalogs.interface.check(locales: all, localesPath: context.catalogs.localesPath))
        }
    }
}
