import ArgumentParser
import Dispatch
import Foundation
import WaymarkBase
import WaymarkCheckCLI
import WaymarkPipeline
import WaymarkServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the help site: build it in memory, serve it on 127.0.0.1, rebuild and reload on every edit.",
        discussion: """
            Watches the guides, the product model, the catalogs, the templates, Public/ and waymark.yml. \
            After a change the site is rebuilt and every open page reloads itself. An edit that does not \
            build keeps the last good site served: its diagnostics are printed here and shown over the page. \
            Nothing is written to disk. Stop with Ctrl-C (exit status 0).
            """
    )

    @OptionGroup var location: RootOption

    @Option(help: ArgumentHelp("The address to listen on (127.0.0.1, ::1 or localhost).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port: Int = 8000

    @OptionGroup var checkFlags: CheckFlags

    @Flag(help: "Serve pages even when steps fail the product-model check (their errors become warnings).")
    var allowCheckErrors = false

    @OptionGroup var timings: TimingsFlag

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535, not \(port)") }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = PreviewServer.Options(root: location.rootURL(in: workingDirectory))
        options.host = host
        options.port = UInt16(port)
        options.check = checkFlags.options()
        options.allowCheckErrors = allowCheckErrors
        let events = PreviewServer.Events(
            info: { console.out($0 + "\n") },
            diagnostics: { diagnostics, sources in DiagnosticOutput.print(diagnostics, sources: sources, format: .text, console: console) },
            text: { diagnostics, sources in diagnostics.sortedForOutput().formatted(sources: sources) },
            timings: timings.timings ? Self.printTimings(console) : nil
        )
        let status = StatusBox()
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do {
                try await PreviewServer.run(options, events: events)
            } catch {
                console.err("error: \(error)\n")
                status.set(ExitStatus.usageOrIO)
            }
            done.signal()
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stops = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                console.out("Stopped.\n")
                task.cancel()
            }
            source.resume()
            return source
        }
        done.wait()
        stops.forEach { $0.cancel() }
        return status.value
    }
}

extension ServeCommand {
    /// `--timings`: each rebuild's step times on standard error.
    static func printTimings(_ console: Console) -> @Sendable ([StepTiming]) -> Void {
        { timings in console.err(StepTimings.lines(timings)) }
    }
}

/// The exit status, set from the server's task.
private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var status = ExitStatus.success
    func set(_ value: Int32) { lock.lock(); status = value; lock.unlock() }
    var value: Int32 { lock.lock(); defer { lock.unlock() }; return status }
}
