import Foundation
import WaymarkBase
import WaymarkPipeline
import WaymarkProject

/// The site's commands as step lists (`waymark build`, `validate`, and `prepare` for the
/// export): the shared steps of ``Pipeline``, then the site's own (templates, assets, render,
/// write), then the rule policy over every diagnostic.
public enum SiteBuilder {
    /// Where the project's parts are, where the site goes, and how strict to be.
    public typealias Options = PipelineOptions
    /// What a run did.
    public typealias Report = BuildReport

    /// How far a run goes.
    public enum Stage: Int, Comparable, Sendable {
        case check, prepare, plan, write
        public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// Loads and checks everything, and writes the site only if there is no error.
    public static func build(_ options: Options) -> Report { run(options, steps(.write, lint: options.lint)) }

    /// Everything `build` checks (content, model, steps, templates, assets), writing nothing.
    public static func validate(_ options: Options) -> Report { run(options, steps(.plan, lint: options.lint)) }

    /// Everything `validate` checks; when there is no error, the checked project for another
    /// output (the help export) in ``BuildReport/project``. Writes nothing and plans no site.
    public static func prepare(_ options: Options) -> Report { run(options, steps(.prepare, lint: options.lint)) }

    /// Guides and the product model only: the companion check, as `waymark check` runs it.
    public static func check(_ options: Options) -> Report { Pipeline.check(options) }

    /// The steps of a run that goes as far as `stage`.
    public static func steps(_ stage: Stage, lint: Bool) -> [BuildStep<SiteBuildContext>] {
        guard stage > .check else { return Pipeline.check.map(\.site) }
        var steps = Pipeline.checks(lint: lint).map(\.site)
        if stage == .write { steps.append(.checkOutput) }
        steps += [.loadTemplates, .planAssets, .stopOnErrors]
        switch stage {
        case .check, .prepare: steps.append(BuildStep<BuildContext>.prepare.site)
        case .plan: steps.append(.render)
        case .write: steps += [.render, .write]
        }
        return steps + [BuildStep<BuildContext>.applyPolicy.site, BuildStep<BuildContext>.capRepeats.site]
    }

    /// Runs `steps` over a new context for `options`.
    public static func run(_ options: Options, _ steps: [BuildStep<SiteBuildContext>]) -> Report {
        var context = SiteBuildContext(options: options)
        let timings = StepRunner.run(steps, on: &context)
        return BuildReport(context.build, timings: timings)
    }

    /// The path with symbolic links resolved in the part that exists (an output folder may not yet).
    package static func resolvingExistingPart(_ url: URL) -> String { Project.resolvingExistingPart(url) }

    /// An error when the output folder is the project, or holds or sits inside its sources.
    package static func overlapDiagnostic(_ options: Options, display: String) -> Diagnostic? {
        let output = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        let root = options.root.standardizedFileURL.resolvingSymlinksInPath().path
        let sources = options.project.sourcePaths.map {
            options.root.appendingPathComponent($0).standardizedFileURL.resolvingSymlinksInPath().path
        }
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/") }
        let overlaps = output == root || isInside(root, output) || sources.contains { isInside(output, $0) || isInside($0, output) }
        guard overlaps else { return nil }
        return Diagnostic(
            SiteRule.outputOverlapsSources, "the output folder \(display) overlaps the project's sources",
            hint: "write the site to its own folder, such as Site/ (the default)", file: display)
    }

    /// `url` relative to `root` when inside it, else the full path.
    public static func displayPath(_ url: URL, root: URL) -> String { Project.displayPath(url, root: root) }
}
