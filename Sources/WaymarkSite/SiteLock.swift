import Foundation
import WaymarkBase
import WaymarkPipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on the folder that holds the output folder, held while a build swaps
/// its site in, so two builds into one folder cannot interleave. The lock is flock(2) on the
/// folder itself: the kernel releases it when a build dies, and no lock file is left behind.
struct SiteLock {
    let descriptor: Int32

    static func acquire(_ parent: URL, displayPath: String) throws(SiteWriter.Failure) -> SiteLock {
        let descriptor = open(parent.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SiteWriter.Failure(
                diagnostic: Diagnostic(
                    SiteRule.writeFailed,
                    "cannot write the site to \(displayPath): its folder cannot be opened (\(systemReason(errno: errno)))",
                    hint: "create the folder that holds it, or pass another --output", file: displayPath))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SiteWriter.Failure(
                diagnostic: Diagnostic(
                    SiteRule.locked,
                    "another waymark build is writing a site next to \(displayPath) right now",
                    hint: "wait for it to finish and build again; two builds into one folder would mix their pages",
                    file: displayPath))
        }
        return SiteLock(descriptor: descriptor)
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// The staging and retired folders (`.Site.waymark-tmp-PID`, `.Site.waymark-old-PID`) that a
/// killed build left next to the output folder.
enum SiteLeftovers {
    /// Removes the leftovers of builds that are not running (the caller holds the lock, so
    /// none is), but only folders that hold Waymark's marker file: those are provably ours.
    static func removeDead(in parent: URL, name: String, displayPath: String) -> [Diagnostic] {
        let prefixes = [".\(name).waymark-tmp-", ".\(name).waymark-old-"]
        let own = ProcessInfo.processInfo.processIdentifier
        var warnings: [Diagnostic] = []
        for entry in ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted() {
            guard let prefix = prefixes.first(where: entry.hasPrefix), let pid = Int32(entry.dropFirst(prefix.count)), pid != own else { continue }
            let folder = parent.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(SiteWriter.markerName).path),
                FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
                (try? FileManager.default.attributesOfItem(atPath: folder.path)[.type] as? FileAttributeType) != .typeSymbolicLink
            else { continue }
            if let warning = remove(folder, displayPath: displayPath) { warnings.append(warning) }
        }
        return warnings
    }

    /// Removes a folder; a failure is a warning that names it.
    static func remove(_ folder: URL, displayPath: String) -> Diagnostic? {
        do {
            try FileManager.default.removeItem(at: folder)
            return nil
        } catch {
            return Diagnostic(
                SiteRule.cleanupFailed,
                "the site was written, but the old copy \(folder.lastPathComponent) next to \(displayPath) could not be removed: \(WriteReason.words(error))",
                hint: "remove it by hand (check its folders' permissions: chmod -R u+w); the next build tries again",
                file: displayPath)
        }
    }
}

/// A failed write in words: the system's reason ("No space left on device", "Device or
/// resource busy"), never "FastFileWriting.Failure error 1" or "NSCocoaErrorDomain error 512".
enum WriteReason {
    static func words(_ error: any Error) -> String {
        if let failure = error as? FastFileWriting.Failure { return failure.description }
        return systemReason(error, namingPath: true)
    }
}
