import Foundation
import WaymarkCLI

// `waymark-check ARGS` is `waymark check ARGS`, for product teams that run the checker alone.
exit(WaymarkCLI.run(["check"] + CommandLine.arguments.dropFirst()))
