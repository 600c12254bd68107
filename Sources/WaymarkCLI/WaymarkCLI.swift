import ArgumentParser
import Foundation

/// A command that runs with an injected working folder and console, and returns its exit status.
protocol WaymarkSubcommand {
    func execute(workingDirectory: URL, console: Console) -> Int32
}

extension BuildCommand: WaymarkSubcommand {}
extension ValidateCommand: WaymarkSubcommand {}
extension CheckCommand: WaymarkSubcommand {}
extension ExportCommand: WaymarkSubcommand {}
extension LintCommand: WaymarkSubcommand {}
extension RulesCommand: WaymarkSubcommand {}
extension SchemaCommand: WaymarkSubcommand {}
extension ServeCommand: WaymarkSubcommand {}
extension L10nExtract: WaymarkSubcommand {}
extension L10nUpdate: WaymarkSubcommand {}
extension L10nStatusCommand: WaymarkSubcommand {}
extension L10nExport: WaymarkSubcommand {}
extension L10nImport: WaymarkSubcommand {}

/// The command line as a library: `main.swift` calls ``run(_:workingDirectory:console:)``,
/// and tests call it with their own arguments, folder and console.
public enum WaymarkCLI {
    /// The tool's version.
    public static let version = "0.1.0"

    /// Runs `waymark` with `arguments` (without the program name) and returns the exit status.
    public static func run(
        _ arguments: [String],
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        console: Console = .standard
    ) -> Int32 {
        do {
            let command = try WaymarkCommand.parseAsRoot(arguments)
            switch command {
            case let subcommand as any WaymarkSubcommand:
                return subcommand.execute(workingDirectory: workingDirectory, console: console)
            case is WaymarkCommand, is L10nCommand:
                console.err(type(of: command).helpMessage() + "\n")
                return ExitStatus.usageOrIO
            default:
                // ArgumentParser's own `help` command: it answers by throwing a clean exit.
                var other = command
                try other.run()
                return ExitStatus.success
            }
        } catch {
            let message = WaymarkCommand.fullMessage(for: error)
            if WaymarkCommand.exitCode(for: error) == .success {
                console.out(message + "\n")
                return ExitStatus.success
            }
            console.err(message + "\n")
            return ExitStatus.usageOrIO
        }
    }
}
