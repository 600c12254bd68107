import Foundation

/// Where the repository, its fixtures and the built binary are.
enum TestPaths {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tests = repository.appendingPathComponent("Tests/WaymarkTests")
    static let snapshots = tests.appendingPathComponent("__Snapshots__")
    static let seedGuide = repository.appendingPathComponent("Content/guides/disconnect-whatsapp-account.yaml")

    /// The `waymark` executable SwiftPM built beside the test bundle.
    /// `WAYMARK_TEST_BINARY` runs the end-to-end tests against another build (to show that a
    /// test fails without its fix).
    static var waymarkBinary: URL {
        ProcessInfo.processInfo.environment["WAYMARK_TEST_BINARY"].map(URL.init(fileURLWithPath:)) ?? binary("waymark")
    }

    /// The `waymark-check` executable.
    static var waymarkCheckBinary: URL { binary("waymark-check") }

    static func binary(_ name: String) -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            folder = folder.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return repository.appendingPathComponent(".build/debug/\(name)")
    }
}
