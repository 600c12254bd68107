import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkL10n
import WaymarkLoader
import WaymarkModel
import WaymarkRender
import WaymarkStyle

/// The pipeline behind `waymark build`, `validate` and `check`: load, check, render, plan, write.
public enum SiteBuilder {
    /// Where the project's parts are, where the site goes, and how strict to be.
    public struct Options: Sendable {
        /// The project root; the other paths are relative to it.
        public var root: URL
        /// The output folder.
        public var output: URL
        /// The source locale; the other locales are the folders of `localesPath`.
        public var sourceLocale: LocaleID
        /// Where guides, the model, catalogs, templates and assets are, relative to `root`.
        public var guidesPath = "Content/guides", modelPath = "Content/model", localesPath = "Content/locales"
        public var templatesPath = "Templates", publicPath = "Public"
        /// The address the site is served from, for `sitemap.xml` (written only when set).
        public var baseURL: String?
        /// How the checker runs (today's date, the model age limit, coverage).
        public var check = CheckOptions()
        /// Publish even when steps fail the check (their errors become warnings).
        public var allowCheckErrors = false
        /// What `waymark.yml` says, its problems and its text (defaults when there is none).
        public var config = ProjectConfig()
        public var configDiagnostics: [Diagnostic] = []
        public var configSource: String?
        /// Also run the style rules and report suppressions that suppress nothing (`waymark lint`).
        public var lint = false

        /// Options for a project at `root` with the default paths, writing to `output` (default
        /// `root/Site`), without reading `waymark.yml`; ``configured(root:output:)`` reads it, as the commands do.
        public init(root: URL, output: URL? = nil, sourceLocale: LocaleID = .english) {
            self.root = root
            self.output = output ?? root.appendingPathComponent("Site")
            self.sourceLocale = sourceLocale
        }

        /// Options for a project at `root` as its `waymark.yml` configures it; `output`, when
        /// given, wins over the configured output folder.
        public static func configured(root: URL, output: URL? = nil) -> Options {
            var loaded = ConfigLoader.load(root: root, rules: RuleCatalog.all)
            loaded.diagnostics += confine(&loaded.config, root: root)
            let paths = loaded.config.paths
            var options = Options(root: root, output: output ?? root.appendingPathComponent(paths.output), sourceLocale: loaded.config.sourceLocale)
            (options.guidesPath, options.modelPath, options.localesPath) = (paths.guides, paths.model, paths.locales)
            (options.templatesPath, options.publicPath) = (paths.templates, paths.assets)
            options.config = loaded.config
            options.configDiagnostics = loaded.diagnostics
            options.configSource = loaded.source
            return options
        }
    }

    /// Configured paths that lead out of the project through a symbolic link are refused
    /// (and set back to their defaults): waymark reads and writes only inside the project.
    static func confine(_ config: inout ProjectConfig, root: URL) -> [Diagnostic] {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        var diagnostics: [Diagnostic] = []
        let defaults = ProjectConfig.Paths()
        let keyed: [(String, WritableKeyPath<ProjectConfig.Paths, String>)] = [
            ("guides", \.guides), ("model", \.model), ("locales", \.locales), ("templates", \.templates), ("public", \.assets), ("output", \.output),
        ]
        for (key, path) in keyed where config.pathRanges[key] != nil {
            let url = root.appendingPathComponent(config.paths[keyPath: path]).standardizedFileURL
            let resolved = resolvingExistingPart(url)
            if resolved.hasPrefix(base + "/") {
                // A misspelt folder would quietly check nothing (no catalogs: no translation checks).
                if key != "output", !FileManager.default.fileExists(atPath: url.path) {
                    diagnostics.append(
                        Diagnostic(
                            ConfigRule.invalidValue, .error, "the \(key) path '\(config.paths[keyPath: path])' does not exist",
                            hint: "create the folder, correct the path, or remove the line to use the default",
                            file: config.file, at: config.pathRanges[key]))
                }
                continue
            }
            diagnostics.append(
                Diagnostic(
                    ConfigRule.invalidValue, .error,
                    "the \(key) path '\(config.paths[keyPath: path])' leads outside the project (to \(resolved))",
                    hint: "waymark reads and writes only inside the project folder; use a folder in it, without symbolic links that leave it",
                    file: config.file, at: config.pathRanges[key]))
            config.paths[keyPath: path] = defaults[keyPath: path]
        }
        return diagnostics
    }

    /// The path with symbolic links resolved in the part that exists (an output folder may not yet).
    package static func resolvingExistingPart(_ url: URL) -> String {
        var existing = url
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().path
        return rest.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + rest.joined(separator: "/")
    }

    /// What a run did.
    public struct Report: Sendable {
        /// Every problem found, in a stable order.
        public var diagnostics: [Diagnostic]
        /// File texts for showing source lines.
        public var sources: [String: String]
        /// How many guides were built, in how many locales, as how many files.
        public var guideCount = 0, localeCount = 0, fileCount = 0
        /// Whether the site was written.
        public var wrote = false
        /// The guides and the product model that loaded, for a caller that looks further
        /// (`waymark lint --changed-since`) without loading them again.
        public var guides: [Guide] = []
        public var model = ProductModel(surfaces: [])
        /// The checked project for an output other than the site, when ``prepare(_:)`` found no error.
        public var project: PreparedProject?
        /// The site's files as planned (in memory), when the run got that far (`waymark serve` serves them).
        public var files: [SiteFile] = []
    }

    /// Loads and checks everything, and writes the site only if there is no error.
    public static func build(_ options: Options) -> Report { run(options, stage: .write) }

    /// Everything `build` checks (content, model, steps, templates, assets), writing nothing.
    public static func validate(_ options: Options) -> Report { run(options, stage: .plan) }

    /// Everything `validate` checks; when there is no error, the checked project for another
    /// output (the help export) in ``Report/project``. Writes nothing and plans no site.
    public static func prepare(_ options: Options) -> Report { run(options, stage: .prepare) }

    /// Guides and the product model only: the companion check, as `waymark check` runs it.
    public static func check(_ options: Options) -> Report { run(options, stage: .check) }

    enum Stage: Int, Comparable {
        case check, prepare, plan, write
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    static func run(_ options: Options, stage: Stage) -> Report {
        var report = runAll(options, stage: stage)
        // A file that repeats one warning thousands of times must not bury the rest; lint
        // keeps them all, for baselines and code scanning.
        if !options.lint { report.diagnostics = report.diagnostics.cappingRepeats() }
        return report
    }

    static func runAll(_ options: Options, stage: Stage) -> Report {
        let content = ContentLoader.load(root: options.root, guidesPath: options.guidesPath)
        let model = ModelLoader.load(root: options.root, modelPath: options.modelPath)
        var catalogs = Catalogs.load(root: options.root, localesPath: options.localesPath, sourceLocale: options.sourceLocale)
        var report = Report(
            diagnostics: options.configDiagnostics + content.diagnostics + model.diagnostics,
            sources: content.sources.merging(model.sources) { a, _ in a })
        if let file = options.config.file, let source = options.configSource { report.sources[file] = source }
        if let wanted = options.config.locales { report.diagnostics += select(wanted, from: &catalogs, config: options.config) }
        report.guideCount = content.guides.count
        (report.guides, report.model) = (content.guides, model.model)
        let checked = Checker.check(guides: content.guides, model: model.model, options: options.check)
        report.diagnostics += checked.diagnostics
        report.diagnostics += ExternalLinks.diagnostics(content.guides, config: options.config)  // issue 15
        /// Suppressions and settings, then `--allow-check-errors`, which has the last word on check errors.
        func applyPolicy(reportUnused: Bool) {
            let checkRules = Set(CheckRule.definitions.map(\.id))
            report.diagnostics = RulePolicy.apply(report.diagnostics, guides: content.guides, config: options.config, reportUnused: reportUnused)
                .map { diagnostic in
                    guard options.allowCheckErrors, diagnostic.severity == .error, checkRules.contains(diagnostic.ruleID) else { return diagnostic }
                    var lowered = diagnostic
                    lowered.severity = .warning
                    return lowered
                }
        }
        guard stage > .check else {
            applyPolicy(reportUnused: false)
            return report
        }
        report.diagnostics += catalogs.diagnostics
        report.diagnostics += L10nChecker.check(guides: content.guides, model: model.model, catalogs: catalogs)
        report.sources.merge(catalogs.sources) { a, _ in a }
        // Issue 15: the images the guides show, in every locale.
        let (images, imageDiagnostics) = ImageFiles.load(
            root: options.root, imagesPath: options.config.paths.images, guides: content.guides,
            locales: catalogs.locales, model: model.model, config: options.config)
        report.diagnostics += imageDiagnostics
        if options.lint {
            report.diagnostics += StyleRules.check(guides: content.guides, model: model.model, sources: content.sources, config: options.config)
        }
        applyPolicy(reportUnused: options.lint)

        let display = displayPath(options.output, root: options.root)
        if stage == .write, let overlap = overlapDiagnostic(options, display: display) { report.diagnostics.append(overlap) }
        // Every locale builds: its interface strings come from catalogs along its fallback chain, English at worst.
        let locales = ([options.sourceLocale] + catalogs.locales).map(catalogs.interface.strings(for:))
        report.diagnostics += catalogs.interface.check(locales: [options.sourceLocale] + catalogs.locales, localesPath: catalogs.localesPath)
        let (templates, templateDiagnostics, templateSources) = TemplateSet.load(root: options.root, templatesPath: options.templatesPath)
        report.diagnostics += templateDiagnostics
        report.sources.merge(templateSources) { a, _ in a }
        let (assets, assetDiagnostics) = SitePlanner.assets(
            root: options.root, publicPath: options.publicPath,
            taken: SitePlanner.generatedPaths(guideIDs: content.guides.map(\.id), locales: locales.map(\.locale))
        )
        report.diagnostics += assetDiagnostics
        guard let templates, !report.diagnostics.hasErrors else { return report }
        guard stage != .prepare else {
            report.project = PreparedProject(guides: content.guides, model: model.model, helpIndex: checked.helpIndex, locales: locales, catalogs: catalogs)
            report.project?.images = images
            report.localeCount = locales.count
            return report
        }

        var files = SitePlanner.plan(
            guides: content.guides,
            SiteInputs(
                locales: locales, labels: ModelLabels(model: model.model), catalogs: catalogs, templates: templates,
                assets: assets, model: model.model, baseURL: options.baseURL, images: images
            ))
        files.append(SiteFile(path: "help-index.json", text: checked.helpIndex.json(locales: locales.map(\.locale))))
        if let baseURL = options.baseURL {
            files.append(SiteFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: baseURL, guides: content.guides.map(\.id), locales: locales.map(\.locale))))
        }
        report.localeCount = locales.count
        report.fileCount = files.count
        guard stage == .write else {
            report.files = files
            return report
        }
        do {
            report.diagnostics += try SiteWriter.write(files, to: options.output, displayPath: display)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return report
        }
        report.wrote = true
        return report
    }

    /// Keeps the catalogs of the locales `waymark.yml` lists, and reports listed locales without a folder.
    static func select(_ wanted: [LocaleID], from catalogs: inout Catalogs, config: ProjectConfig) -> [Diagnostic] {
        let missing = wanted.filter { !catalogs.locales.contains($0) }
        let wantedFolders = Set(wanted.map { "\(catalogs.localesPath)/\(catalogs.folders[$0] ?? $0.tag)" })
        // Everything about a locale folder that is not listed goes, its problems included.
        func isSkipped(_ path: String?) -> Bool {
            guard let path, path.hasPrefix(catalogs.localesPath + "/") else { return false }
            let folder = path.split(separator: "/").prefix(catalogs.localesPath.split(separator: "/").count + 1).joined(separator: "/")
            return !wantedFolders.contains(folder) && !folder.hasSuffix("/templates")
        }
        let unsupported = Set(catalogs.diagnostics.filter { $0.ruleID == L10nRule.unsupportedLocale }.compactMap(\.file))
        catalogs.diagnostics = catalogs.diagnostics.filter { !isSkipped($0.file) }
        catalogs.sources = catalogs.sources.filter { !isSkipped($0.key) }
        catalogs.locales = catalogs.locales.filter(wanted.contains)
        catalogs.catalogs = catalogs.catalogs.filter { wanted.contains($0.key) }
        return missing.compactMap { locale in
            let folder = "\(catalogs.localesPath)/\(locale)"
            // A folder that exists but cannot be used is already reported by the catalogs.
            guard !unsupported.contains(folder) else { return nil }
            return Diagnostic(
                ConfigRule.invalidValue, .error, "waymark.yml lists the locale '\(locale)', but \(folder) does not exist",
                hint: "create its catalogs with `waymark l10n update --locale \(locale)`, or remove it from 'locales'",
                file: config.file, at: config.localeRanges[locale], locale: locale)
        }
    }

    /// An error when the output folder is the project, or holds or sits inside its sources.
    package static func overlapDiagnostic(_ options: Options, display: String) -> Diagnostic? {
        let output = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        let root = options.root.standardizedFileURL.resolvingSymlinksInPath().path
        let sources = [options.guidesPath, options.modelPath, options.localesPath, options.templatesPath, options.publicPath].map {
            options.root.appendingPathComponent($0).standardizedFileURL.resolvingSymlinksInPath().path
        }
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/") }
        let overlaps = output == root || isInside(root, output) || sources.contains { isInside(output, $0) || isInside($0, output) }
        guard overlaps else { return nil }
        return Diagnostic(
            SiteRule.outputOverlapsSources, .error, "the output folder \(display) overlaps the project's sources",
            hint: "write the site to its own folder, such as Site/ (the default)", file: display)
    }

    /// `url` relative to `root` when inside it, else the full path.
    public static func displayPath(_ url: URL, root: URL) -> String {
        let path = url.standardizedFileURL.path, base = root.standardizedFileURL.path
        if path == base { return "." }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
