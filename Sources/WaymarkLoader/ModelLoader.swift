import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkProject
import Yams

/// The product model of a project, with every problem found in its files.
public struct LoadedModel: Sendable {
    /// The surfaces that loaded.
    public var model: ProductModel
    /// Every problem, in a stable order.
    public var diagnostics: [Diagnostic]
    /// File texts by the path used in diagnostics.
    public var sources: [String: String]
}

/// Loads `Content/model/*.yaml`, one surface per file.
public enum ModelLoader {
    /// Loads the model in `root/modelPath`; a missing folder is an empty model.
    public static func load(root: URL, modelPath: String = ProjectConfig.Paths.defaults.model) -> LoadedModel {
        let reader = ProjectReader(root: root)
        let listing = reader.list(modelPath, what: "the model folder")
        let names = (listing.names ?? []).filter { ContentLoader.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
        var surfaces: [Surface] = []
        var failed: [String: String] = [:]
        var diagnostics: [Diagnostic] = listing.diagnostic.map { [$0] } ?? []
        var sources: [String: String] = [:]
        // `waymark serve` reads a model file again only when it changed, and parses it only when its text did.
        let cache = BuildCache.current
        let reads = ParallelMap.map(names) { name in
            let path = modelPath + "/" + name
            return cache.readOrKept("model", path: path, read: { reader.text(path, limit: GuideFileLoader.maximumBytes, what: "the model file") }) {
                text -> ModelFile in
                let (surface, found) = load(text: text, file: path)
                return ModelFile(surface: surface, diagnostics: InvisibleCharacters.scan(text, file: path) + found, id: surfaceID(in: text))
            }
        }
        for (name, read) in zip(names, reads) {
            let path = modelPath + "/" + name
            let text: String, file: ModelFile
            switch read {
            case .success(let (read, parsed)): (text, file) = (read, parsed)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            sources[path] = text
            diagnostics += file.diagnostics
            guard let surface = file.surface else {
                // Guides that name this surface are told to fix the file, not to add it.
                failed[file.id ?? (name as NSString).deletingPathExtension] = path
                continue
            }
            if let other = surfaces.first(where: { $0.id == surface.id }) {
                diagnostics.append(
                    Diagnostic(
                        LoaderRule.modelDuplicateID, "the surface id '\(surface.id)' is also used by \(other.file)",
                        hint: "surface ids must be unique", file: path, at: surface.idRange))
                continue
            }
            surfaces.append(surface)
        }
        var model = ProductModel(surfaces: surfaces)
        model.failedFiles = failed.filter { id, _ in model.surface(id) == nil }
        return LoadedModel(model: model, diagnostics: diagnostics.sortedForOutput(), sources: sources)
    }

    /// The `id:` of a model file that did not load, when its YAML gets that far.
    static func surfaceID(in text: String) -> String? {
        guard case .success(let node) = GuideFileLoader.compose(text, file: ""), let id = node?.mapping?["id"]?.scalar?.string,
            Slug.isValid(id)
        else { return nil }
        return id
    }

    /// One model file's surface and problems.
    package static func load(text: String, file: String) -> (Surface?, [Diagnostic]) {
        let root: Node?
        switch GuideFileLoader.compose(text, file: file) {
        case .success(let node): root = node
        case .failure(let failure): return (nil, [failure.diagnostic])
        }
        var decoder = ModelDecoder(reader: YAMLReader(file: file, text: text))
        guard let root, !root.isNullScalar else {
            return (nil, [Diagnostic(LoaderRule.emptyValue, "the model file is empty", hint: "describe one surface (see the README)", file: file)])
        }
        let surface = decoder.surface(from: root)
        // A surface with an error is reported, not trusted.
        return (decoder.reader.diagnostics.hasErrors ? nil : surface, decoder.reader.diagnostics)
    }
}

/// A model file read: its surface, if it loaded, its problems, and the id it declares.
struct ModelFile: Sendable {
    var surface: Surface?
    var diagnostics: [Diagnostic]
    var id: String?
}
