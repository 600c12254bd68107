import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkProject

/// Everything loaded from a content folder: the guides that could be read, every problem
/// found in every file, and the files' texts (for showing source lines in diagnostics).
public struct LoadedContent: Sendable {
    /// The guides that loaded, sorted by id.
    public var guides: [Guide]
    /// Every problem, in a stable order.
    public var diagnostics: [Diagnostic]
    /// File texts by the path used in diagnostics.
    public var sources: [String: String]
}

/// Loads every guide of a project, in parallel, and checks what spans files.
public enum ContentLoader {
    /// The guide file endings that are read.
    public static let extensions: Set<String> = ["yaml", "yml"]

    /// Loads the guides in `root/guidesPath`. Paths in diagnostics are relative to `root`.
    public static func load(root: URL, guidesPath: String = ProjectConfig.Paths.defaults.guides) -> LoadedContent {
        let reader = ProjectReader(root: root)
        let listing = reader.list(guidesPath, what: "the guides folder")
        if let diagnostic = listing.diagnostic { return LoadedContent(guides: [], diagnostics: [diagnostic], sources: [:]) }
        guard let all = listing.names else {
            let diagnostic = Diagnostic(
                LoaderRule.unreadableFile, "cannot read the guides folder \(guidesPath)",
                hint: "create it, or run waymark from the project's root folder (or pass --root)", file: guidesPath)
            return LoadedContent(guides: [], diagnostics: [diagnostic], sources: [:])
        }
        let names = all.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
        let files = names.map { (path: guidesPath + "/" + $0, url: root.appendingPathComponent(guidesPath).appendingPathComponent($0)) }
        // `waymark serve` reads a guide again only when it changed, and parses it only when its text did.
        let cache = BuildCache.current
        let results = ParallelMap.map(files) { file -> (Guide?, [Diagnostic], String?) in
            let read = cache.readOrKept("guide", path: file.path, read: { reader.text(file.path, limit: GuideFileLoader.maximumBytes, what: "the guide") }) {
                text -> LoadedGuide in
                let (guide, diagnostics) = GuideFileLoader.load(text: text, file: file.path)
                return LoadedGuide(guide: guide, diagnostics: diagnostics + InvisibleCharacters.scan(text, file: file.path))
            }
            switch read {
            case .success(let (text, loaded)): return (loaded.guide, loaded.diagnostics, text)
            case .failure(let diagnostic): return (nil, [diagnostic], nil)
            }
        }
        var guides: [Guide] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        for (file, result) in zip(files, results) {
            diagnostics += result.1
            sources[file.path] = result.2
            if let guide = result.0 { guides.append(guide) }
        }
        diagnostics += crossFileDiagnostics(guides, sources: sources)
        if names.isEmpty {
            diagnostics.append(
                Diagnostic(
                    LoaderRule.noGuides, "there are no guides in \(guidesPath)",
                    hint: "add a guide file such as \(guidesPath)/my-guide.yaml (see the README)", file: guidesPath))
        }
        var seen: Set<String> = []
        guides = guides.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        return LoadedContent(guides: guides, diagnostics: diagnostics.sortedForOutput(), sources: sources)
    }

    /// Duplicate guide ids, ids that do not match their file name, and related guides that do not exist.
    static func crossFileDiagnostics(_ guides: [Guide], sources: [String: String] = [:]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = guides.map(\.id), known = Set(ids)
        for guide in guides {
            for (related, range) in zip(guide.related, guide.relatedRanges) where !known.contains(related) || related == guide.id {
                let suggestions = NearMiss.suggestions(for: related, among: ids.filter { $0 != guide.id })
                diagnostics.append(
                    Diagnostic(
                        LoaderRule.unknownRelated,
                        related == guide.id ? "a guide cannot be related to itself" : "there is no guide '\(related)' to relate to",
                        hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "list the ids of other guides in Content/guides",
                        file: guide.file, at: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? []))
            }
        }
        diagnostics += GuideLinks.diagnostics(guides, sources: sources)
        var firstFile: [String: String] = [:]
        for guide in guides {
            if let other = firstFile[guide.id] {
                diagnostics.append(
                    Diagnostic(
                        LoaderRule.duplicateGuideID, "the guide id '\(guide.id)' is also used by \(other)",
                        hint: "guide ids are URL paths and must be unique; rename one of them",
                        file: guide.file, at: guide.idRange))
            } else {
                firstFile[guide.id] = guide.file
            }
            let stem = ((guide.file as NSString).lastPathComponent as NSString).deletingPathExtension
            if stem != guide.id {
                diagnostics.append(
                    Diagnostic(
                        LoaderRule.fileNameMismatch, "the guide id '\(guide.id)' does not match its file name '\(stem)'",
                        hint: "name the file \(guide.id).yaml so the guide is easy to find",
                        file: guide.file, at: guide.idRange))
            }
        }
        return diagnostics
    }
}

/// A guide file read: the guide, if it loaded, and its problems.
struct LoadedGuide: Sendable {
    var guide: Guide?
    var diagnostics: [Diagnostic]
}
