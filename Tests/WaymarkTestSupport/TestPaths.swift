import Foundation

/// Where the repository, its fixtures and the built binary are.
public enum TestPaths {
    /// The repository root.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The tests that predate the split by module (and new tests that need many modules).
    public static let tests = repository.appendingPathComponent("Tests/WaymarkTests")
    /// The frozen fixtures shared by the test targets.
    public static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
    /// A frozen copy of the product's `Content/` and `waymark.yml` (Tests/Fixtures/README.md):
    /// the project that tests of the pipeline read instead of the repository's own, which grows
    /// and changes.
    public static let project = fixtures.appendingPathComponent("Project")

    /// The golden files of the test target a source file is in: `Tests/<Target>/__Snapshots__`.
    public static func snapshots(for filePath: String) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("__Snapshots__")
    }
    /// The seed guide, from the frozen project.
    public static let seedGuide = project.appendingPathComponent("Content/guides/disconnect-whatsapp-account.yaml")

    /// The `waymark` executable SwiftPM built beside the test bundle.
    /// `WAYMARK_TEST_BINARY` runs the end-to-end tests against another build (to show that a
    /// test fails without its fix).
    public static var waymarkBinary: URL {
        ProcessInfo.processInfo.environment["WAYMARK_TEST_BINARY"].map(URL.init(fileURLWithPath:)) ?? binary("waymark")
    }

    /// The `waymark-check` executable.
    public static var waymarkCheckBinary: URL { binary("waymark-check") }

    public static func binary(_ name: String) -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            folder = folder.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return repository.appendingPathComponent(".build/debug/\(name)")
    }
}
