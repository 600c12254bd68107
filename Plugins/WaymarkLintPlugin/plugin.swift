import Foundation
import PackagePlugin

/// `swift package waymark-lint [lint options]`: runs `waymark lint` on the package's folder.
/// Every argument is passed on (`--format sarif -o lint.sarif`, `--strict`, `--changed-since main`);
/// `--root` defaults to the package's folder.
@main
struct WaymarkLintPlugin: CommandPlugin {
    struct LintFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "waymark lint exited with status \(status)" }
    }

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let waymark = try context.tool(named: "waymark")
        var lintArguments = ["lint"]
        if !arguments.contains(where: { $0 == "--root" || $0.hasPrefix("--root=") }) {
            lintArguments += ["--root", context.package.directoryURL.path]
        }
        lintArguments += arguments
        let process = Process()
        process.executableURL = waymark.url
        process.arguments = lintArguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw LintFailed(status: process.terminationStatus) }
    }
}
