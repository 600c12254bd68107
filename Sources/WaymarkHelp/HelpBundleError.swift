/// Why a bundle cannot be used, or a request cannot be answered.
public enum HelpBundleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no bundle (or no manifest) at the path.
    case missing(path: String)
    /// A file of the bundle cannot be read.
    case unreadable(path: String, reason: String)
    /// The manifest is not a help bundle manifest this library understands.
    case malformedManifest(reason: String)
    /// The bundle was written for an older schema than this library reads.
    case tooOld(schemaVersion: Int, oldestReadable: Int)
    /// The bundle was written for a newer schema than this library knows: update the library.
    case tooNew(schemaVersion: Int, newestReadable: Int)
    /// A file is missing or differs from its digest in the manifest.
    case tampered(path: String, reason: String)
    /// No locale of the fallback chain has the guide.
    case unknownGuide(id: String, locale: String)
    /// The search database could not answer.
    case searchFailed(reason: String)
    /// None of the candidate bundles could be opened; each one's error.
    case noValidBundle(errors: [String])

    /// The error in words, naming the path or what failed.
    public var description: String {
        switch self {
        case .missing(let path): "there is no help bundle at \(path) (no \(HelpBundleFormat.manifestPath))"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .malformedManifest(let reason): "the manifest is not a help bundle manifest: \(reason)"
        case .tooOld(let version, let oldest): "the bundle has schema version \(version); this library reads \(oldest) and later: export the bundle again"
        case .tooNew(let version, let newest): "the bundle has schema version \(version); this library reads up to \(newest): update WaymarkHelp"
        case .tampered(let path, let reason): "the bundle was changed after it was made: \(path) \(reason)"
        case .unknownGuide(let id, let locale): "there is no guide '\(id)' in \(locale) or its fallback locales"
        case .searchFailed(let reason): "search failed: \(reason)"
        case .noValidBundle(let errors): "no valid help bundle: " + errors.joined(separator: "; ")
        }
    }
}
