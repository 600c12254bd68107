import ArgumentParser
import Foundation

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
            case let build as BuildCommand:
                return build.execute(workingDirectory: workingDirectory, console: console)
            case let validate as ValidateCommand:
                return validate.execute(workingDirectory: workingDirectory, console: console)
            case let check as CheckCommand:
                return check.execute(workingDirectory: workingDirectory, console: console)
            case let command as L10nExtract:
                return command.execute(workingDirectory: workingDirectory, console: console)
            case let command as L10nUpdate:
                return command.execute(workingDirectory: workingDirectory, console: console)
            case let command as L10nStatusCommand:
                return command.execute(workingDirectory: workingDirectory, console: console)
            case let command as L10nExport:
                return command.execute(workingDirectory: workingDirectory, console: console)
            case let command as L10nImport:
                return command.execute(workingDirectory: workingDirectory, console: console)
            case is L10nCommand:
                console.err(L10nCommand.helpMessage() + "\n")
                return ExitStatus.usageOrIO
            case is WaymarkCommand:
                console.err(WaymarkCommand.helpMessage() + "\n")
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
