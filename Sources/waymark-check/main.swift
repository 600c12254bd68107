import Foundation
import WaymarkCheckCLI

// `waymark-check ARGS` is `waymark check ARGS`, for product teams that run the checker alone;
// it links the checker's own small library, not the site (no Mustache, no site writer).
exit(WaymarkCheckCLI.run(Array(CommandLine.arguments.dropFirst())))
