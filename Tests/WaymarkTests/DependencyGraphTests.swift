import Foundation
import Testing
import WaymarkTestSupport

/// The module graph as `Package.swift` declares it, read from the real `swift package
/// dump-package`: every target may depend only on what is written down here, and
/// `waymark-check` (the checker alone, for product teams' CI) reaches neither Mustache nor the site.
@Suite struct DependencyGraphTests {
    /// Every target and the targets and products it may depend on (issue 11).
    static let allowed: [String: Set<String>] = [
        "CCmark": [], "CSQLite": [],
        "WaymarkHelp": ["CSQLite"],
        "WaymarkBase": [],
        "WaymarkModel": ["WaymarkBase"],
        "WaymarkGuide": ["WaymarkBase", "WaymarkModel"],
        "WaymarkMarkdown": ["CCmark", "WaymarkBase"],
        "WaymarkProject": ["WaymarkBase", "WaymarkGuide"],
        "WaymarkLoader": ["WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "Yams"],
        "WaymarkRender": ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown"],
        "WaymarkL10n": ["WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkRender"],
        "WaymarkCheck": ["WaymarkBase", "WaymarkGuide", "WaymarkModel"],
        // The style rules see the project (its configuration), not the loader or the site.
        "WaymarkStyle": ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkProject", "WaymarkMarkdown"],
        "WaymarkExport": ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkRender", "WaymarkCheck", "WaymarkHelp"],
        // The pipeline runs every layer's steps but knows no site and no template engine.
        "WaymarkPipeline": [
            "WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkLoader", "WaymarkRender", "WaymarkCheck",
            "WaymarkL10n", "WaymarkStyle", "WaymarkExport",
        ],
        "WaymarkSite": [
            "WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkGuide", "WaymarkModel", "WaymarkLoader", "WaymarkRender", "WaymarkCheck",
            "WaymarkL10n", "Mustache",
        ],
        // The linter's outputs see the project and the pipeline's types, not the site or the loader.
        "WaymarkLint": ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkProject", "WaymarkPipeline"],
        "WaymarkServe": ["WaymarkBase", "WaymarkCheck", "WaymarkPipeline", "WaymarkSite", "FlyingFox"],
        "WaymarkCheckCLI": ["WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkCheck", "WaymarkModel", "ArgumentParser"],
        "WaymarkCLI": [
            "WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkCheckCLI", "WaymarkLoader", "WaymarkSite", "WaymarkCheck", "WaymarkModel",
            "WaymarkL10n", "WaymarkLint", "WaymarkExport", "WaymarkServe", "ArgumentParser",
        ],
        "waymark": ["WaymarkCLI"],
        "waymark-check": ["WaymarkCheckCLI"],
        "WaymarkHelpCLI": ["WaymarkHelp"],
        "waymark-help": ["WaymarkHelpCLI"],
        "WaymarkLintPlugin": ["waymark"],
        // The tests' shared helpers (a library target only test targets use; no product target may).
        "WaymarkTestSupport": ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkLoader", "WaymarkCheck", "WaymarkHelp"],
    ]

    /// The declared dependencies of every target (test targets left out), by name.
    static func declared() throws -> [String: Set<String>] {
        // A scratch folder of its own: the package's .build is locked by the `swift test` running this.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--scratch-path", scratch.path, "dump-package"]
        process.currentDirectoryURL = TestPaths.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "swift package dump-package failed")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        var graph: [String: Set<String>] = [:]
        for target in targets where (target["type"] as? String) != "test" {
            let name = try #require(target["name"] as? String)
            let dependencies = (target["dependencies"] as? [[String: Any]]) ?? []
            graph[name] = Set(
                dependencies.compactMap { dependency in
                    // {"byName": [name, condition]}, {"target": [name, condition]}, {"product": [name, package, …]}
                    for key in ["byName", "target", "product"] { if let value = dependency[key] as? [Any], let name = value.first as? String { return name } }
                    return nil
                })
        }
        return graph
    }

    /// Everything `target` reaches through the graph.
    static func reach(_ target: String, in graph: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = []
        var stack = [target]
        while let next = stack.popLast() {
            for dependency in graph[next] ?? [] where seen.insert(dependency).inserted { stack.append(dependency) }
        }
        return seen
    }

    @Test func everyTargetDependsOnlyOnWhatItMay() throws {
        let graph = try Self.declared()
        #expect(Set(graph.keys) == Set(Self.allowed.keys), "every target is written down in the allowed graph")
        for (target, dependencies) in graph.sorted(by: { $0.key < $1.key }) {
            let forbidden = dependencies.subtracting(Self.allowed[target] ?? [])
            #expect(forbidden.isEmpty, "\(target) may not depend on \(forbidden.sorted())")
        }
    }

    @Test func theCheckerAloneLinksNeitherMustacheNorTheSite() throws {
        let graph = try Self.declared()
        let reached = Self.reach("waymark-check", in: graph)
        #expect(reached.contains("WaymarkCheck"))
        for forbidden in ["Mustache", "WaymarkSite", "WaymarkServe", "FlyingFox", "WaymarkCLI"] {
            #expect(!reached.contains(forbidden), "waymark-check reaches \(forbidden)")
        }
        // The style rules and the linter's outputs do not reach the site either.
        for target in ["WaymarkStyle", "WaymarkLint", "WaymarkPipeline"] {
            #expect(!Self.reach(target, in: graph).contains("WaymarkSite"), "\(target) reaches WaymarkSite")
        }
        #expect(!Self.reach("WaymarkStyle", in: graph).contains("WaymarkLoader"), "WaymarkStyle reaches the loader")
    }

    @Test func theAllowedGraphCatchesAForbiddenEdge() {
        // The check itself can fail: a site dependency of the checker's library is caught.
        var graph = Self.allowed
        graph["WaymarkCheckCLI", default: []].insert("WaymarkSite")
        graph["WaymarkSite", default: []].insert("Mustache")
        #expect(Self.reach("waymark-check", in: graph).contains("Mustache"))
    }
}
