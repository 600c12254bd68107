import ArgumentParser
import Foundation
import WaymarkPipeline

/// `--timings`, which the commands that run the pipeline take.
package struct TimingsFlag: ParsableArguments {
    package init() {}

    @Flag(help: "After the run, print each step's wall time to standard error: `timing <step> <ms> ms`, then `timing total <ms> ms`.")
    package var timings = false
}

/// The `--timings` lines: one per step, in order, then the total, each `timing <name> <ms> ms`
/// with one decimal (the benchmark script parses them).
package enum StepTimings {
    /// The lines for `timings`.
    package static func lines(_ timings: [StepTiming]) -> String {
        let total = timings.reduce(0) { $0 + $1.milliseconds }
        return (timings.map { line($0.name, $0.milliseconds) } + [line("total", total)]).joined()
    }

    /// Prints them to standard error.
    package static func print(_ timings: [StepTiming], console: Console) { console.err(lines(timings)) }

    static func line(_ name: String, _ milliseconds: Double) -> String { "timing \(name) \(String(format: "%.1f", milliseconds)) ms\n" }
}

/// `waymark-check ARGS`: `waymark check ARGS`, for product teams that run the checker alone.
public enum WaymarkCheckCLI {
    /// Runs the check with `arguments` (without the program name) and returns the exit status.
    public static func run(
        _ arguments: [String], workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), console: Console = .standard
    ) -> Int32 {
        do {
            let command = try CheckCommand.parseAsRoot(arguments)
            guard let check = command as? CheckCommand else {
                var other = command
                try other.run()
                return ExitStatus.success
            }
            return check.execute(workingDirectory: workingDirectory, console: console)
        } catch {
            let message = CheckCommand.fullMessage(for: error)
            if CheckCommand.exitCode(for: error) == .success {
                console.out(message + "\n")
                return ExitStatus.success
            }
            console.err(message + "\n")
            return ExitStatus.usageOrIO
        }
    }
}
