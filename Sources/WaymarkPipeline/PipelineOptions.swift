import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkProject

/// What a pipeline run works on and how strict it is: the project, the checker's settings,
/// and the switches of the commands (`--allow-check-errors`, lint, `--base-url`).
/// `SiteBuilder.Options` is this type.
public struct PipelineOptions: Sendable {
    /// The project: root, output folder, configuration and paths.
    public var project: Project
    /// The address the site is served from, for `sitemap.xml` (written only when set).
    public var baseURL: String?
    /// How the checker runs (today's date, the model age limit, coverage).
    public var check = CheckOptions()
    /// Publish even when steps fail the check (their errors become warnings).
    public var allowCheckErrors = false
    /// Also run the style rules and report suppressions that suppress nothing (`waymark lint`).
    public var lint = false
    /// Whether `waymark.yml` was read (``configured(root:output:)``); the `load-config` step reads it when not.
    public var isConfigured = false

    /// Options for a project at `root` with the default paths, writing to `output` (default
    /// `root/Site`), without reading `waymark.yml`; ``configured(root:output:)`` reads it, as the commands do.
    public init(root: URL, output: URL? = nil, sourceLocale: LocaleID = .english) {
        var config = ProjectConfig()
        config.sourceLocale = sourceLocale
        project = Project(root: root, output: output, config: config)
    }

    /// The project root; the other paths are relative to it.
    public var root: URL {
        get { project.root }
        set { project.root = newValue }
    }
    /// The output folder.
    public var output: URL {
        get { project.output }
        set { project.output = newValue }
    }
    /// The source locale; the other locales are the folders of `localesPath`.
    public var sourceLocale: LocaleID {
        get { project.sourceLocale }
        set { project.sourceLocale = newValue }
    }
    /// What `waymark.yml` says, its problems and its text (defaults when there is none).
    public var config: ProjectConfig {
        get { project.config }
        set { project.config = newValue }
    }
    public var configDiagnostics: [Diagnostic] {
        get { project.configDiagnostics }
        set { project.configDiagnostics = newValue }
    }
    public var configSource: String? {
        get { project.configSource }
        set { project.configSource = newValue }
    }
    /// Where guides, the model, catalogs, templates and assets are, relative to `root`.
    public var guidesPath: String {
        get { project.paths.guides }
        set { project.paths.guides = newValue }
    }
    public var modelPath: String {
        get { project.paths.model }
        set { project.paths.model = newValue }
    }
    public var localesPath: String {
        get { project.paths.locales }
        set { project.paths.locales = newValue }
    }
    public var templatesPath: String {
        get { project.paths.templates }
        set { project.paths.templates = newValue }
    }
    public var publicPath: String {
        get { project.paths.assets }
        set { project.paths.assets = newValue }
    }
}
