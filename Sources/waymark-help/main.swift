import Foundation
import WaymarkHelpCLI

// `waymark-help`: try a help bundle the way an app reads it (see HelpClient).
exit(
    HelpClient.run(
        Array(CommandLine.arguments.dropFirst()),
        out: { FileHandle.standardOutput.write(Data($0.utf8)) }, err: { FileHandle.standardError.write(Data($0.utf8)) }))
