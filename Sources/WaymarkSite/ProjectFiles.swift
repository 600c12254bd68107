import Foundation
import WaymarkBase

/// Writes source files of the project (catalogs, templates, exports): each one atomically
/// (a temporary file beside it, then a rename), only below the project root.
enum ProjectFiles {
    /// Writes `files` (path relative to `root` → text); the first failure becomes a diagnostic.
    static func write(_ files: [(path: String, text: String)], root: URL) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard SiteFile.isContained(file.path) else {
                diagnostics.append(Diagnostic("l10n.write-failed", .error, "refusing to write '\(file.path)': it is outside the project", file: file.path))
                continue
            }
            let target = root.appendingPathComponent(file.path)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).waymark-tmp")
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: temporary)
                if FileManager.default.fileExists(atPath: target.path) {
                    _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
                } else {
                    try FileManager.default.moveItem(at: temporary, to: target)
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                diagnostics.append(Diagnostic("l10n.write-failed", .error, "cannot write \(file.path): \((error as NSError).localizedDescription)",
                                              hint: "check that the folder is writable", file: file.path))
            }
        }
        return diagnostics
    }
}
