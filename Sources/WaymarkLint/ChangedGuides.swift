import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// `--changed-since REF`: the files changed since a git ref (committed, staged, unstaged and
/// untracked), and the guides they affect.
enum ChangedGuides {
    /// What changed and what that touches.
    struct Selection: Sendable {
        /// Changed files, relative to the project root.
        var files: Set<String>
        /// Ids of guides to report on: changed guides, guides on surfaces whose model file
        /// changed, guides whose catalogs changed; every guide when the configuration changed.
        var guides: Set<String>

        /// Whether a diagnostic concerns what changed.
        func contains(_ diagnostic: Diagnostic) -> Bool {
            if let guide = diagnostic.guideID, guides.contains(guide) { return true }
            guard let file = diagnostic.file else { return true }
            return files.contains(file)
        }
    }

    /// A failure to ask git, as a message for the user.
    struct Failure: Error, Sendable { var message: String }

    /// The changed files below `root`, relative to it, from git.
    static func files(since ref: String, root: URL) -> Result<Set<String>, Failure> {
        guard !ref.hasPrefix("-") else { return .failure(Failure(message: "'\(ref)' is not a git revision")) }
        switch git(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], in: root) {
        case .success: break
        case .failure(let failure):
            return .failure(Failure(message: failure.message.isEmpty ? "'\(ref)' is not a commit in the repository at \(root.path)" : failure.message))
        }
        // Against the merge base, as a pull request counts changes: what the base branch did
        // since this branch left it is not this branch's change.
        let changed = git(["diff", "--name-only", "-z", "--no-renames", "--relative", "--merge-base", ref, "--"], in: root)
        let untracked = git(["ls-files", "-z", "--others", "--exclude-standard"], in: root)
        switch (changed, untracked) {
        case (.success(let a), .success(let b)):
            return .success(Set((a + "\0" + b).split(separator: "\0").map(String.init)))
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        }
    }

    /// The guides that `files` affect.
    static func select(
        files: Set<String>, guides: [Guide], model: ProductModel, modelPath: String, localesPath: String, configFile: String,
        imagesPath: String = "Content/images"
    ) -> Selection {
        if files.contains(configFile) { return Selection(files: files, guides: Set(guides.map(\.id))) }
        var selected = Set(guides.filter { files.contains($0.file) }.map(\.id))
        let changedModelFiles = files.filter { $0.hasPrefix(modelPath + "/") }
        if !changedModelFiles.isEmpty {
            let surfaces = Set(model.surfaces.filter { changedModelFiles.contains($0.file) }.map(\.id))
            let known = Set(model.surfaces.map(\.id))
            for guide in guides
            where guide.methods.contains(where: { method in
                method.surface.map { surfaces.contains($0) || !known.contains($0) } ?? false
            }) {
                selected.insert(guide.id)
            }
        }
        for file in files where file.hasPrefix(localesPath + "/") && (file.hasSuffix(".po") || file.hasSuffix(".pot")) {
            let name = (file as NSString).lastPathComponent
            selected.insert(String(name.prefix { $0 != "." }))
        }
        // Issue 15: a changed image (any locale's, or its @2x) is a change to the guides that show it.
        let changedImages = files.filter { $0.hasPrefix(imagesPath + "/") }.map { String($0.dropFirst(imagesPath.count + 1)) }
        if !changedImages.isEmpty {
            for guide in guides {
                let sources = guide.images.flatMap { [$0.image.src, $0.image.dark].compactMap { $0 } }
                let touched = changedImages.contains { changed in
                    let plain = changed.replacingOccurrences(of: "@2x.", with: ".")
                    return sources.contains { plain == $0 || plain.hasSuffix("/" + $0) }
                }
                if touched { selected.insert(guide.id) }
            }
        }
        return Selection(files: files, guides: selected)
    }

    /// Runs git in `folder` and returns its standard output. Standard error goes to a file, so
    /// that neither stream can fill its pipe and stop git while the other is read.
    static func git(_ arguments: [String], in folder: URL) -> Result<String, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        process.currentDirectoryURL = folder
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-git-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil), let errors = try? FileHandle(forWritingTo: errorFile) else {
            return .failure(Failure(message: "cannot create a temporary file for git's messages"))
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            try? errors.close()
            return .failure(Failure(message: "cannot run git: \(systemReason(error))"))
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errors.close()
        let err = FileManager.default.contents(atPath: errorFile.path) ?? Data()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(message: String(decoding: err, as: UTF8.self).trimmingWhitespace))
        }
        return .success(String(decoding: out, as: UTF8.self))
    }
}
