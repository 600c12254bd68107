import Foundation
import Testing
import WaymarkHelp

/// Bundles exported by the real `waymark export` from the seed (its guide, model and every
/// locale's catalog), in temporary folders removed when the value goes.
public final class ExportedBundle: @unchecked Sendable {
    public let project: TemporaryProject
    public let folder: URL
    public let result: ProcessResult

    /// Exports the seed with `arguments` added to `waymark export`.
    public init(_ arguments: [String] = [], project: TemporaryProject? = nil) throws {
        self.project = try project ?? TemporaryProject.seedWithLocales()
        folder = self.project.url("HelpBundle")
        result = try runWaymark(["export", "--root", self.project.root.path] + arguments, in: self.project.root)
    }

    /// The bundle opened through the library, as an app opens it.
    public func open() throws -> HelpBundle {
        #expect(result.status == 0, "waymark export failed: \(result.stderr)")
        return try HelpBundle(contentsOf: folder)
    }

    /// A copy of the bundle folder to change, in the project folder.
    public func copy(_ name: String = "Copy-\(UUID().uuidString)") throws -> URL {
        let target = project.url(name)
        try FileManager.default.copyItem(at: folder, to: target)
        return target
    }

    /// The seed's bundle, exported once and shared read-only by the tests that only read it.
    static let seed: Result<ExportedBundle, any Error> = Result { try ExportedBundle() }

    public static func shared() throws -> (ExportedBundle, HelpBundle) {
        let exported = try seed.get()
        return (exported, try exported.open())
    }
}

/// The `waymark-help` executable.
public var waymarkHelpBinary: URL { TestPaths.binary("waymark-help") }

/// What an app links: WaymarkHelp depends on SQLite's C library alone, none of the generator.
@Suite struct HelpLibraryDependencyTests {
    @Test func waymarkHelpDependsOnSQLiteAlone() throws {
        let manifest = try String(contentsOf: TestPaths.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#".target(name: "WaymarkHelp", dependencies: ["CSQLite"]),"#))
        #expect(manifest.contains(#".target(name: "WaymarkHelpCLI", dependencies: ["WaymarkHelp"]),"#))
        let sources = TestPaths.repository.appendingPathComponent("Sources/WaymarkHelp")
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("internal import ") }
            #expect(imports.allSatisfy { $0.hasSuffix(" Foundation") || $0.hasSuffix(" CSQLite") }, "\(file): \(imports)")
        }
    }
}
