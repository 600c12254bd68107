// The console, the diagnostics output and the exit statuses moved to WaymarkCheckCLI (issue 11),
// which `waymark-check` links alone; code that imports WaymarkCLI for them keeps compiling.
@_exported import WaymarkCheckCLI
