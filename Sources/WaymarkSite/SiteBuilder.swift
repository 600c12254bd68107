import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkLoader
import WaymarkRender

/// The pipeline behind `waymark build`: load, render, plan, write.
public enum SiteBuilder {
    /// Where the project's parts are and where the site goes.
    public struct Options: Sendable {
        /// The project root; the other paths are relative to it.
        public var root: URL
        /// The output folder.
        public var output: URL
        /// The locales to build, the source locale first.
        public var locales: [LocaleID]
        /// Where guides, templates and assets are, relative to `root`.
        public var guidesPath = "Content/guides", templatesPath = "Templates", publicPath = "Public"

        /// Options for a project at `root`, writing to `output` (default `root/Site`).
        public init(root: URL, output: URL? = nil, locales: [LocaleID] = [.english]) {
            self.root = root
            self.output = output ?? root.appendingPathComponent("Site")
            self.locales = locales
        }
    }

    /// What a build did.
    public struct Report: Sendable {
        /// Every problem found, in a stable order.
        public var diagnostics: [Diagnostic]
        /// File texts for showing source lines.
        public var sources: [String: String]
        /// How many guides were built, in how many locales, as how many files.
        public var guideCount = 0, localeCount = 0, fileCount = 0
        /// Whether the site was written.
        public var wrote = false
    }

    /// Loads and checks the content, and writes the site only if there is no error.
    public static func build(_ options: Options) -> Report { run(options, write: true) }

    /// Everything `build` checks (content, templates, assets), writing nothing.
    public static func check(_ options: Options) -> Report { run(options, write: false) }

    static func run(_ options: Options, write: Bool) -> Report {
        let content = ContentLoader.load(root: options.root, guidesPath: options.guidesPath)
        var report = Report(diagnostics: content.diagnostics, sources: content.sources)
        let display = displayPath(options.output, root: options.root)
        if write, let overlap = overlapDiagnostic(options, display: display) { report.diagnostics.append(overlap) }
        var locales: [UIStrings] = []
        for locale in options.locales {
            if let strings = UIStrings.forLocale(locale) {
                locales.append(strings)
            } else {
                report.diagnostics.append(Diagnostic(SiteRule.unsupportedLocale, .error, "waymark has no interface strings for the locale '\(locale)' yet"))
            }
        }
        let (templates, templateDiagnostics, templateSources) = TemplateSet.load(root: options.root, templatesPath: options.templatesPath)
        report.diagnostics += templateDiagnostics
        report.sources.merge(templateSources) { a, _ in a }
        guard let templates, !report.diagnostics.hasErrors else { return report }

        let (files, planDiagnostics) = SitePlanner.plan(
            guides: content.guides, locales: locales, templates: templates,
            publicFolder: options.root.appendingPathComponent(options.publicPath), publicPath: options.publicPath
        )
        report.diagnostics += planDiagnostics
        guard !report.diagnostics.hasErrors else { return report }
        report.guideCount = content.guides.count
        report.localeCount = locales.count
        report.fileCount = files.count
        guard write else { return report }
        do {
            try SiteWriter.write(files, to: options.output, displayPath: display)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return report
        }
        report.wrote = true
        return report
    }

    /// An error when the output folder is the project, or holds or sits inside its sources.
    static func overlapDiagnostic(_ options: Options, display: String) -> Diagnostic? {
        let output = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        let sources = [
            options.root,
            options.root.appendingPathComponent(options.guidesPath),
            options.root.appendingPathComponent(options.templatesPath),
            options.root.appendingPathComponent(options.publicPath),
        ].map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        for source in sources {
            let inside = output == source || output.hasPrefix(source == "/" ? "/" : source + "/")
            let holds = source.hasPrefix(output == "/" ? "/" : output + "/")
            if (inside && source != sources[0]) || holds || output == sources[0] {
                return Diagnostic(SiteRule.outputOverlapsSources, .error,
                                  "the output folder \(display) overlaps the project's sources",
                                  hint: "write the site to its own folder, such as Site/ (the default)", file: display)
            }
        }
        return nil
    }

    /// `url` relative to `root` when inside it, else the full path.
    public static func displayPath(_ url: URL, root: URL) -> String {
        let path = url.standardizedFileURL.path, base = root.standardizedFileURL.path
        if path == base { return "." }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
