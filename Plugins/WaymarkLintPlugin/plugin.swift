import Foundation
import PackagePlugin

/// `swift package waymark-lint [lint options]`: runs `waymark lint` on the package's folder.
/// Every argument is passed on (`--format sarif -o lint.sarif`, `--strict`, `--changed-since main`);
/// `--root` defaults to the package's folder. The plugin asks for no permissions, so on macOS,
/// where plugins run sandboxed, redirect the report (`> lint.sarif`) rather than `--output` into
/// the package.
@main
struct WaymarkLintPlugin: CommandPlugin {
    /// SwiftPM ends a failed plugin with status 1 whatever the plugin's; the message keeps the
    /// linter's own (1 content errors, 2 usage or I/O) for whoever reads the log.
    struct LintFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "waymark lint exited with status \(status)\(status == 2 ? " (a usage or I/O error)" : "")" }
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
