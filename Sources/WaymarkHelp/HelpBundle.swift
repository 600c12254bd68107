import Foundation

/// A verified help bundle, opened for reading: guides per locale, context help and search.
///
/// Opening checks the schema version and every file's SHA-256 digest (and, given a key, the
/// signature), so a bundle that opens is the one that was exported. A value is immutable and
/// `Sendable`: share one across threads.
public struct HelpBundle: Sendable {
    /// The bundle's folder.
    public let url: URL
    /// What the bundle holds.
    public let manifest: BundleManifest
    let digests: [String: BundleManifest.File]
    let guidesByLocale: [String: [String: BundleManifest.Guide]]
    let context: ContextIndex
    let database: SQLiteConnection

    /// Opens the bundle in `folder` and verifies its schema version and every file's digest.
    public init(contentsOf folder: URL) throws(HelpBundleError) {
        url = folder.standardizedFileURL
        let manifestData = try Self.readFile(
            url.appendingPathComponent(HelpBundleFormat.manifestPath), shown: HelpBundleFormat.manifestPath,
            missing: .missing(path: url.path))
        manifest = try Self.decodeManifest(manifestData)
        digests = Dictionary(manifest.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for file in manifest.files { _ = try Self.verifiedRead(file, in: url) }
        for required in [manifest.search, manifest.context, manifest.webView, manifest.stylesheet]
            + manifest.locales.flatMap({ $0.guides.flatMap { [$0.html, $0.markdown, $0.json, $0.script] } })
        where digests[required] == nil {
            throw .tampered(path: required, reason: "is named by the manifest but has no digest")
        }
        try Self.checkImages(manifest, digests: digests)
        var byLocale: [String: [String: BundleManifest.Guide]] = [:]
        for locale in manifest.locales { byLocale[locale.tag] = Dictionary(locale.guides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        guidesByLocale = byLocale
        let contextData = try Self.verifiedRead(digests[manifest.context]!, in: url)
        do {
            context = try JSONDecoder().decode(ContextIndex.self, from: contextData)
        } catch {
            throw .malformedManifest(reason: "\(manifest.context) does not decode: \(error)")
        }
        do {
            database = try SQLiteConnection(path: url.appendingPathComponent(manifest.search).path, readOnly: true)
            let version = try database.query("SELECT value FROM meta WHERE key = 'schemaVersion'").first?.first?.text
            guard version == String(manifest.schemaVersion) else {
                throw HelpBundleError.tampered(path: manifest.search, reason: "has schema version \(version ?? "none"), not the manifest's \(manifest.schemaVersion)")
            }
        } catch let error as HelpBundleError {
            throw error
        } catch {
            throw .unreadable(path: manifest.search, reason: "\(error)")
        }
    }

    /// The newest bundle among `folders` that opens and verifies (newest content date, then
    /// version), such as the one shipped in the app and one downloaded later.
    public static func newest(of folders: [URL]) throws(HelpBundleError) -> HelpBundle {
        var opened: [HelpBundle] = []
        var errors: [String] = []
        for folder in folders {
            do {
                opened.append(try HelpBundle(contentsOf: folder))
            } catch {
                errors.append("\(folder.path): \(error)")
            }
        }
        guard var best = opened.first else { throw .noValidBundle(errors: errors) }
        for bundle in opened.dropFirst() where bundle.isNewer(than: best) { best = bundle }
        return best
    }

    /// Whether this bundle's content is newer than `other`'s: a later date, or the same date and a higher version.
    public func isNewer(than other: HelpBundle) -> Bool {
        let (mine, theirs) = (manifest.content, other.manifest.content)
        if mine.date != theirs.date { return mine.date > theirs.date }
        return mine.version.compare(theirs.version, options: .numeric) == .orderedDescending
    }

    // MARK: Reading files

    static func decodeManifest(_ data: Data) throws(HelpBundleError) -> BundleManifest {
        struct Header: Decodable { var format: String?, schemaVersion: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else { throw .malformedManifest(reason: "it is not a JSON object") }
        guard header.format == HelpBundleFormat.formatName, let version = header.schemaVersion else {
            throw .malformedManifest(reason: "its format is not '\(HelpBundleFormat.formatName)' with a schemaVersion")
        }
        if version < HelpBundleFormat.oldestReadableVersion { throw .tooOld(schemaVersion: version, oldestReadable: HelpBundleFormat.oldestReadableVersion) }
        if version > HelpBundleFormat.schemaVersion { throw .tooNew(schemaVersion: version, newestReadable: HelpBundleFormat.schemaVersion) }
        do {
            return try JSONDecoder().decode(BundleManifest.self, from: data)
        } catch {
            throw .malformedManifest(reason: "\(error)")
        }
    }

    static func readFile(_ file: URL, shown: String, missing: HelpBundleError) throws(HelpBundleError) -> Data {
        guard FileManager.default.fileExists(atPath: file.path) else { throw missing }
        do {
            return try Data(contentsOf: file)
        } catch {
            throw .unreadable(path: shown, reason: systemReason(error))
        }
    }

    /// The file's bytes, after checking its path stays in the bundle and its size and digest match.
    static func verifiedRead(_ entry: BundleManifest.File, in folder: URL) throws(HelpBundleError) -> Data {
        let parts = entry.path.split(separator: "/", omittingEmptySubsequences: false)
        guard !entry.path.hasPrefix("/"), !entry.path.contains("\\"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw .tampered(path: entry.path, reason: "is not a path inside the bundle")
        }
        let data = try readFile(folder.appendingPathComponent(entry.path), shown: entry.path, missing: .tampered(path: entry.path, reason: "is missing"))
        guard data.count == entry.size else { throw .tampered(path: entry.path, reason: "has \(data.count) bytes, not \(entry.size)") }
        guard SHA256.hex(data) == entry.sha256 else { throw .tampered(path: entry.path, reason: "does not match its SHA-256 digest") }
        return data
    }

    /// A file of the bundle that the manifest lists, verified again as it is read.
    func read(_ path: String) throws(HelpBundleError) -> Data {
        guard let entry = digests[path] else { throw .tampered(path: path, reason: "is not listed in the manifest") }
        return try Self.verifiedRead(entry, in: url)
    }
}
