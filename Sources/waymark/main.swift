import Foundation
import WaymarkCLI

exit(WaymarkCLI.run(Array(CommandLine.arguments.dropFirst())))
