import Foundation
import WaymarkBase

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

    /// Writes `files` as the complete contents of `output`.
    public static func write(_ files: [SiteFile], to output: URL, displayPath: String) throws(Failure) {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        for file in files where !SiteFile.isContained(file.path) {
            throw Failure(diagnostic: Diagnostic(SiteRule.unsafePath, .error, "refusing to write '\(file.path)': it is outside the output folder",
                                                 hint: "ids must be slugs such as 'my-guide'", file: displayPath))
        }
        try checkReplaceable(output, displayPath: displayPath)

        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).waymark-tmp-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).waymark-old-\(pid)")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
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
                    return "\(error)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw FastFileWriting.Failure(failure)
            }
            try FastFileWriting.write(Data(markerText.utf8), to: staging.appendingPathComponent(markerName))
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(diagnostic: writeFailed(displayPath, error))
        }
        do {
            let existed = fm.fileExists(atPath: output.path)
            if existed { try fm.moveItem(at: output, to: retired) }
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                if existed { try? fm.moveItem(at: retired, to: output) }
                throw error
            }
            if existed { try? fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(diagnostic: writeFailed(displayPath, error))
        }
    }

    /// Throws unless `output` is missing, empty, or a site Waymark made.
    static func checkReplaceable(_ output: URL, displayPath: String) throws(Failure) {
        let fm = FileManager.default
        if let attributes = try? fm.attributesOfItem(atPath: output.path), attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw Failure(diagnostic: Diagnostic(SiteRule.foreignOutput, .error, "the output \(displayPath) is a symbolic link; refusing to replace it",
                                                 hint: "pass the real folder with --output", file: displayPath))
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(diagnostic: Diagnostic(SiteRule.foreignOutput, .error, "the output \(displayPath) is a file, not a folder",
                                                 hint: "choose another --output", file: displayPath))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        guard entries.isEmpty || entries.contains(markerName) else {
            throw Failure(diagnostic: Diagnostic(SiteRule.foreignOutput, .error,
                                                 "the output folder \(displayPath) exists and was not made by waymark; refusing to replace it",
                                                 hint: "choose another --output, or move that folder away (waymark marks its sites with \(markerName))",
                                                 file: displayPath))
        }
    }

    private static func writeFailed(_ displayPath: String, _ error: any Error) -> Diagnostic {
        Diagnostic(SiteRule.writeFailed, .error, "cannot write the site to \(displayPath): \((error as NSError).localizedDescription)",
                   hint: "check that the folder's parent exists and is writable; the previous site was left as it was", file: displayPath)
    }
}
