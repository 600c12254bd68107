import Foundation

/// A project folder made for one test: the repository's templates and assets, plus the
/// guide files the test gives. Removed when the value is released.
public final class TemporaryProject {
    public let root: URL

    /// Creates a project with `guides` (file name to YAML) and, unless told otherwise, the
    /// repository's `Templates/` and `Public/`.
    public init(guides: [String: String], copyTemplates: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("waymark-test-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Content/guides"), withIntermediateDirectories: true)
        for (name, text) in guides {
            try Data(text.utf8).write(to: root.appendingPathComponent("Content/guides/\(name)"))
        }
        if copyTemplates {
            try fm.copyItem(at: TestPaths.repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
            try fm.copyItem(at: TestPaths.repository.appendingPathComponent("Public"), to: root.appendingPathComponent("Public"))
        }
    }

    /// A project holding the seed guide and the product model it uses.
    public static func seed() throws -> TemporaryProject {
        let text = try String(contentsOf: TestPaths.seedGuide, encoding: .utf8)
        let project = try TemporaryProject(guides: ["disconnect-whatsapp-account.yaml": text])
        try project.copySeedModel()
        return project
    }

    /// The seed's two model files only (from the frozen project): the other articles (and their surfaces)
    /// stay out of fixtures built from the seed.
    public static let seedModelFiles = ["meta-business-suite.yaml", "whatsapp-business-app.yaml"]

    public func copySeedModel() throws {
        try FileManager.default.createDirectory(at: url("Content/model"), withIntermediateDirectories: true)
        for name in Self.seedModelFiles {
            try FileManager.default.copyItem(at: TestPaths.project.appendingPathComponent("Content/model/\(name)"), to: url("Content/model/\(name)"))
        }
    }

    /// A project with the seed's product model (frozen) and the given guides.
    public static func withModel(guides: [String: String]) throws -> TemporaryProject {
        let project = try TemporaryProject(guides: guides)
        try project.copySeedModel()
        return project
    }

    /// The seed with its model and its translations in every locale (frozen).
    public static func seedWithLocales() throws -> TemporaryProject {
        let project = try seed()
        let locales = TestPaths.project.appendingPathComponent("Content/locales")
        for folder in try FileManager.default.contentsOfDirectory(atPath: locales.path) {
            let name = folder == "templates" ? "disconnect-whatsapp-account.pot" : "disconnect-whatsapp-account.po"
            try FileManager.default.createDirectory(at: project.url("Content/locales/\(folder)"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: locales.appendingPathComponent("\(folder)/\(name)"), to: project.url("Content/locales/\(folder)/\(name)"))
        }
        return project
    }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    public func write(_ path: String, _ text: String) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every regular file below `path`, relative path to bytes.
    public func tree(_ path: String = "Site") -> [String: Data] {
        Self.tree(at: url(path))
    }

    public static func tree(at folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// A minimal valid guide, for tests that need one more file.
public func minimalGuide(id: String, stepText: String = "Open the app.") -> String {
    """
    id: \(id)
    title: A guide called \(id)
    summary: What \(id) is for.
    methods:
      - id: only
        title: The only method
        steps:
          - id: first
            text: \(stepText)
    """
}
