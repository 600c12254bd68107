import Foundation
import WaymarkBase

/// The project as a value: its root, where the site goes, what `waymark.yml` says (its
/// problems and its text), and the paths of its parts resolved against the root. The
/// default paths are written once, in ``ProjectConfig/Paths``.
public struct Project: Sendable {
    /// The project root; the configured paths are relative to it.
    public var root: URL
    /// The output folder.
    public var output: URL
    /// What `waymark.yml` says (defaults when there is none), its problems and its text.
    public var config: ProjectConfig
    public var configDiagnostics: [Diagnostic] = []
    public var configSource: String?
    /// How long reading `waymark.yml` took, reported as the `load-config` step's time.
    public var configReadTime: Duration = .zero

    /// A project at `root` with `config` (the defaults unless given), writing to `output`
    /// (default: the configured output folder below the root).
    public init(root: URL, output: URL? = nil, config: ProjectConfig = ProjectConfig()) {
        self.root = root
        self.config = config
        self.output = output ?? root.appendingPathComponent(config.paths.output)
    }

    /// Where the project's parts are, relative to the root.
    public var paths: ProjectConfig.Paths {
        get { config.paths }
        set { config.paths = newValue }
    }

    /// The source locale; the other locales are the folders of the locales path.
    public var sourceLocale: LocaleID {
        get { config.sourceLocale }
        set { config.sourceLocale = newValue }
    }

    /// A part of the project (a path relative to the root) as a URL.
    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// The folders waymark reads sources from (guides, model, locales, templates, assets), relative to the root.
    public var sourcePaths: [String] { [paths.guides, paths.model, paths.locales, paths.templates, paths.assets] }

    /// `url` relative to `root` when inside it, else the full path.
    public static func displayPath(_ url: URL, root: URL) -> String {
        let path = url.standardizedFileURL.path, base = root.standardizedFileURL.path
        if path == base { return "." }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// The path with symbolic links resolved in the part that exists (an output folder may not yet).
    public static func resolvingExistingPart(_ url: URL) -> String {
        var existing = url
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().path
        return rest.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + rest.joined(separator: "/")
    }
}
