import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkPipeline

package struct CheckCommand: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every step of every guide against the product model.",
        discussion: """
            Walks each method from its entry point through the model in Content/model/, for each \
            platform it applies to, and reports steps the product does not support there. Also \
            warns about guides on third-party surfaces whose model is older than --max-model-age. \
            Available alone as `waymark-check`.
            """
    )

    @OptionGroup package var project: ProjectOptions
    @OptionGroup package var checkFlags: CheckFlags

    @Flag(help: "Also report, as notes, the model's actions that no guide documents.")
    package var coverage = false

    @Flag(help: "Treat warnings as errors.")
    package var strict = false

    @OptionGroup package var timings: TimingsFlag

    package func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = PipelineOptions.configured(root: project.rootURL(in: workingDirectory))
        options.check = checkFlags.options(coverage: coverage)
        let report = Pipeline.check(options)
        DiagnosticOutput.print(report.diagnostics, sources: report.sources, format: project.format, console: console)
        if timings.timings { StepTimings.print(report.timings, console: console) }
        if project.format == .text, !report.diagnostics.contains(where: { $0.severity != .note }) {
            console.out("All steps of \(report.guideCount) guide\(report.guideCount == 1 ? "" : "s") check against the product model.\n")
        }
        return ExitStatus.status(for: report.diagnostics, strict: strict)
    }
}
