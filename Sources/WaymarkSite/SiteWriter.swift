import Foundation
import WaymarkBase
import WaymarkPipeline

/// Writes a site atomically: into a temporary sibling folder, then swapped into place.
///
/// A failed write leaves the previous site untouched. It refuses to replace a folder that
/// it did not create (no marker file), and to write any path outside the output folder.
public enum SiteWriter {
    /// The marker file that says a folder is a site Waymark made and may replace.
    public static let markerName = ".waymark-site"
    static let markerText = "This folder is a help site built by waymark; `waymark build` replaces it whole.\n"

    /// A write that could not be done, as a diagnostic.
    public struct Failure: Error {
        /// What went wrong.
        public var diagnostic: Diagnostic
    }

    /// Writes `files` as the complete contents of `output`; returns warnings (leftovers it
    /// could not remove).
    @discardableResult
    public static func write(_ files: [SiteFile], to output: URL, displayPath: String) throws(Failure) -> [Diagnostic] {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        for file in files where !SiteFile.isContained(file.path) {
            throw Failure(
                diagnostic: Diagnostic(
                    SiteRule.unsafePath, "refusing to write '\(file.path)': it is outside the output folder",
                    hint: "ids must be slugs such as 'my-guide'", file: displayPath))
        }
        try checkReplaceable(output, displayPath: displayPath)

        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        // Two builds into one folder would interleave their swaps: the second waits for none
        // and says so. The lock is on the parent folder itself, so no lock file is left.
        try? fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try SiteLock.acquire(parent, displayPath: displayPath)
        defer { lock.release() }
        var warnings = SiteLeftovers.removeDead(in: parent, name: name, displayPath: displayPath)
        let existed = fm.fileExists(atPath: output.path)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).waymark-tmp-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).waymark-old-\(pid)")
        do {
            try stage(files, in: staging)
            try swap(staging, into: output, retiring: existed ? retired : nil)
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(diagnostic: writeFailed(displayPath, error, previousKept: existed))
        }
        if existed, let warning = SiteLeftovers.remove(retired, displayPath: displayPath) { warnings.append(warning) }
        return warnings
    }

    /// Writes the marker and every file into the fresh folder `staging`, on all cores.
    static func stage(_ files: [SiteFile], in staging: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        // The marker first: a build killed from here on leaves a folder the next one can prove is its own.
        try FastFileWriting.write(Data(markerText.utf8), to: staging.appendingPathComponent(markerName))
        try FastFileWriting.createFolders(for: files.map(\.path), in: staging)
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                let target = staging.appendingPathComponent(file.path)
                switch file.contents {
                case .data(let data): try FastFileWriting.write(data, to: target)
                case .copy(let source): try FastFileWriting.write(try Data(contentsOf: source), to: target)
                }
                return nil
            } catch {
                return WriteReason.words(error)
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw FastFileWriting.Failure(failure)
        }
    }

    /// Moves `staging` to `output`, the previous site (if any) aside to `retired` first and
    /// back if the move fails.
    static func swap(_ staging: URL, into output: URL, retiring retired: URL?) throws {
        // rename(2), for the system's reason when it fails (a mount point is "busy").
        if let retired { try rename(output, to: retired) }
        do {
            try rename(staging, to: output)
        } catch {
            if let retired { try? rename(retired, to: output) }
            throw error
        }
    }

    static func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
    }

    /// Throws unless `output` is missing, empty, or a site Waymark made.
    static func checkReplaceable(_ output: URL, displayPath: String) throws(Failure) {
        let fm = FileManager.default
        if let attributes = try? fm.attributesOfItem(atPath: output.path), attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw Failure(
                diagnostic: Diagnostic(
                    SiteRule.foreignOutput, "the output \(displayPath) is a symbolic link; refusing to replace it",
                    hint: "pass the real folder with --output", file: displayPath))
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(
                diagnostic: Diagnostic(
                    SiteRule.foreignOutput, "the output \(displayPath) is a file, not a folder",
                    hint: "choose another --output", file: displayPath))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        guard entries.isEmpty || entries.contains(markerName) else {
            throw Failure(
                diagnostic: Diagnostic(
                    SiteRule.foreignOutput,
                    "the output folder \(displayPath) exists and was not made by waymark; refusing to replace it",
                    hint: "choose another --output, or move that folder away (waymark marks its sites with \(markerName))",
                    file: displayPath))
        }
    }

    private static func writeFailed(_ displayPath: String, _ error: any Error, previousKept: Bool) -> Diagnostic {
        Diagnostic(
            SiteRule.writeFailed, "cannot write the site to \(displayPath): \(WriteReason.words(error))",
            hint: "check that the folder's parent exists, is writable and has free space; "
                + (previousKept ? "the previous site was left as it was" : "there was no previous site, and nothing was left behind"),
            file: displayPath)
    }
}
