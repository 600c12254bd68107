import Foundation
import WaymarkBase
import WaymarkL10n

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Writes source files of the project (catalogs, templates, exports): each one atomically
/// (a temporary file beside it, then a rename), only below the project root.
enum ProjectFiles {
    /// Writes `files` (path relative to `root` → text); the first failure becomes a diagnostic.
    static func write(_ files: [(path: String, text: String)], root: URL) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard SiteFile.isContained(file.path) else {
                diagnostics.append(Diagnostic(L10nRule.writeFailed, "refusing to write '\(file.path)': it is outside the project", file: file.path))
                continue
            }
            let target = root.appendingPathComponent(file.path)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).waymark-tmp")
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: temporary)
                // rename(2) replaces the old file in one step: readers see the old text or the new.
                guard rename(temporary.path, target.path) == 0 else {
                    throw NSError(
                        domain: NSPOSIXErrorDomain, code: Int(errno),
                        userInfo: [NSLocalizedDescriptionKey: systemReason(errno: errno)])
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                diagnostics.append(
                    Diagnostic(
                        L10nRule.writeFailed, "cannot write \(file.path): \(systemReason(error))",
                        hint: "check that the folder is writable", file: file.path))
            }
        }
        return diagnostics
    }
}
