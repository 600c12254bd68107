import Foundation
import WaymarkBase
import WaymarkSite

/// The preview's builds: the pipeline of `waymark validate` run with a ``BuildCache``, after
/// removing from it what depends on the files that changed. A guide's file or one of its
/// catalogs invalidates that guide's title, pages and translation findings in every locale
/// (a catalog stands in along other locales' fallback chains), and through the titles the
/// pages that link to it; the model, the templates, the interface catalogs, the assets and
/// `waymark.yml` invalidate everything. What is not kept (the product-model check, the index
/// and search pages, the cross-file checks) is recomputed on every build, so the result is
/// the same as a full build's (IncrementalBuildTests proves it for every kind of change).
final class IncrementalBuild: @unchecked Sendable {
    let cache = BuildCache()
    /// Each guide file's id in the last build.
    private var guideIDs: [String: String] = [:]

    /// Validates the project, recomputing only what depends on `changed` (paths relative to
    /// the project root; nil when it is not known what changed: everything is recomputed).
    func validate(_ options: SiteBuilder.Options, changed: Set<String>?) -> SiteBuilder.Report {
        invalidate(changed, options: options)
        var report = BuildCache.$current.withValue(cache) { SiteBuilder.validate(options) }
        let previous = guideIDs
        guideIDs = Dictionary(report.guides.map { ($0.file, $0.id) }, uniquingKeysWith: { first, _ in first })
        // A file whose guide took an id other than its name's or its old one: what was kept for that id is another guide's.
        let moved = (changed ?? []).compactMap { path in guideIDs[path].flatMap { $0 == Self.stem(path) || $0 == previous[path] ? nil : $0 } }
        if !moved.isEmpty {
            cache.invalidate(Set(moved.map(BuildCache.guide)))
            report = BuildCache.$current.withValue(cache) { SiteBuilder.validate(options) }
        }
        return report
    }

    /// Removes from the cache what depends on the changed paths.
    func invalidate(_ changed: Set<String>?, options: SiteBuilder.Options) {
        // Files the watcher did not report are not read again (unless everything is recomputed).
        cache.begin(changed: nil)
        guard let changed else { return cache.invalidateAll() }
        var dependencies: Set<String> = []
        for path in changed {
            switch Self.kind(of: path, options) {
            case .guide:
                dependencies.insert(BuildCache.guide(Self.stem(path)))
                if let old = guideIDs[path] { dependencies.insert(BuildCache.guide(old)) }
            case .catalog(let guide):
                dependencies.insert(BuildCache.guide(guide))
            case .ignored:
                continue
            case .everything:
                return cache.invalidateAll()
            }
        }
        cache.invalidate(dependencies)
        cache.begin(changed: changed)
    }

    enum Kind: Equatable {
        /// A guide file.
        case guide
        /// A guide's catalog in some locale.
        case catalog(String)
        /// A file the build does not read (an editor's swap or backup file beside a guide).
        case ignored
        /// Anything else: the model, templates, interface catalogs, assets, `waymark.yml`, a folder.
        case everything
    }

    static func kind(of path: String, _ options: SiteBuilder.Options) -> Kind {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        if folder == options.guidesPath {
            // The loader reads the folder's .yaml and .yml files only (not an editor's swap or backup files).
            let ext = (name as NSString).pathExtension.lowercased()
            return ext == "yaml" || ext == "yml" ? .guide : .ignored
        }
        if (folder as NSString).deletingLastPathComponent == options.localesPath, (folder as NSString).lastPathComponent != "templates" {
            guard name.hasSuffix(".po") else { return .ignored }
            return name == "_interface.po" ? .everything : .catalog(String(name.dropLast(3)))
        }
        return .everything
    }

    static func stem(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
}
