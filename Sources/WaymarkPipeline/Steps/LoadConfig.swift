import Foundation
import WaymarkBase
import WaymarkLoader
import WaymarkProject

extension BuildStep where Context == BuildContext {
    /// `load-config`: `waymark.yml`'s problems and text into the run. The file is read when
    /// the options are made (``PipelineOptions/configured(root:output:)``, which the commands
    /// call), so the time that took is counted here.
    public static var loadConfig: BuildStep {
        BuildStep("load-config", earlier: { $0.project.configReadTime }) { context in
            context.report(context.project.configDiagnostics)
            if let file = context.project.config.file, let source = context.project.configSource { context.sources.add(file, source) }
        }
    }
}

extension PipelineOptions {
    /// Options for a project at `root` as its `waymark.yml` configures it; `output`, when
    /// given, wins over the configured output folder.
    public static func configured(root: URL, output: URL? = nil) -> PipelineOptions {
        let started = ContinuousClock.now
        var loaded = ConfigLoader.load(root: root, rules: RuleCatalog.all)
        loaded.diagnostics += ProjectConfinement.confine(&loaded.config, root: root)
        var options = PipelineOptions(root: root)
        options.project = Project(root: root, output: output, config: loaded.config)
        options.project.configDiagnostics = loaded.diagnostics
        options.project.configSource = loaded.source
        options.project.configReadTime = ContinuousClock.now - started
        options.isConfigured = true
        return options
    }
}

/// Configured paths that lead out of the project through a symbolic link are refused (and
/// set back to their defaults): waymark reads and writes only inside the project.
enum ProjectConfinement {
    static func confine(_ config: inout ProjectConfig, root: URL) -> [Diagnostic] {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        var diagnostics: [Diagnostic] = []
        let defaults = ProjectConfig.Paths()
        let keyed: [(String, WritableKeyPath<ProjectConfig.Paths, String>)] = [
            ("guides", \.guides), ("model", \.model), ("locales", \.locales), ("templates", \.templates), ("public", \.assets), ("output", \.output),
        ]
        for (key, path) in keyed where config.pathRanges[key] != nil {
            let url = root.appendingPathComponent(config.paths[keyPath: path]).standardizedFileURL
            let resolved = Project.resolvingExistingPart(url)
            if resolved.hasPrefix(base + "/") {
                // A misspelt folder would quietly check nothing (no catalogs: no translation checks).
                if key != "output", !FileManager.default.fileExists(atPath: url.path) {
                    diagnostics.append(
                        Diagnostic(
                            ConfigRule.invalidValue, "the \(key) path '\(config.paths[keyPath: path])' does not exist",
                            hint: "create the folder, correct the path, or remove the line to use the default",
                            file: config.file, at: config.pathRanges[key]))
                }
                continue
            }
            diagnostics.append(
                Diagnostic(
                    ConfigRule.invalidValue,
                    "the \(key) path '\(config.paths[keyPath: path])' leads outside the project (to \(resolved))",
                    hint: "waymark reads and writes only inside the project folder; use a folder in it, without symbolic links that leave it",
                    file: config.file, at: config.pathRanges[key]))
            config.paths[keyPath: path] = defaults[keyPath: path]
        }
        return diagnostics
    }
}
