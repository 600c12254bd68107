import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place that reads the project's files: every path is resolved (symbolic links
/// included) against the real project root, and one that leads outside is reported, not
/// read; sizes are checked before reading; text must be UTF-8.
package struct ProjectReader: Sendable {
    /// The project root as given, and with every link resolved.
    package let root: URL
    package let realRoot: String

    /// A reader for the project at `root`.
    package init(root: URL) {
        self.root = root
        realRoot = Self.realPath(root.standardizedFileURL.path) ?? root.standardizedFileURL.path
    }

    /// Where a path of the project really is.
    package enum Place: Sendable, Equatable {
        /// Inside the project, at this real path.
        case inside(String)
        /// Nothing there.
        case missing
        /// A link (itself or a folder above it) that leads to `target`, outside the project.
        case outside(target: String)
    }

    /// Where `path` (relative to the root) leads.
    package func place(_ path: String) -> Place {
        let full = root.appendingPathComponent(path).standardizedFileURL.path
        var status = stat()
        guard lstat(full, &status) == 0 else { return .missing }
        guard let real = Self.realPath(full) else {
            // A dangling link: where it points, unresolved.
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? full
            return isInside(target) ? .missing : .outside(target: target)
        }
        return isInside(real) ? .inside(real) : .outside(target: real)
    }

    func isInside(_ real: String) -> Bool { real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") }

    /// The diagnostic for a path that leads outside.
    package static func outsideDiagnostic(_ path: String, target: String, what: String) -> Diagnostic {
        Diagnostic(
            SafetyRule.outsideProject, "\(what) \(path) is a symbolic link to \(target), outside the project; it was not read",
            hint: "waymark reads only inside the project folder: copy the file into the project, or point the link at a file inside it",
            file: path)
    }

    /// The names in a folder of the project (not hidden, sorted), or why it cannot be listed:
    /// nil with no diagnostic when there is no such folder.
    package func list(_ folder: String, what: String) -> (names: [String]?, diagnostic: Diagnostic?) {
        switch place(folder) {
        case .missing: return (nil, nil)
        case .outside(let target): return (nil, Self.outsideDiagnostic(folder, target: target, what: what))
        case .inside(let real):
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: real) else {
                return (nil, Diagnostic(CommonRule.unreadableFile, "cannot read \(what) \(folder)", hint: "check that it is a readable folder", file: folder))
            }
            return (names.filter { !$0.hasPrefix(".") }.sorted(), nil)
        }
    }

    /// Whether the path is a folder (after links, inside the project).
    package func isFolder(_ path: String) -> Bool {
        guard case .inside(let real) = place(path) else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular file below `folder` (relative paths, sorted), descending into linked
    /// folders inside the project once each; links out of it are reported.
    package func files(under folder: String, what: String) -> (paths: [String], diagnostics: [Diagnostic]) {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = []
        func walk(_ relative: String) {
            let full = relative.isEmpty ? folder : folder + "/" + relative
            switch place(full) {
            case .missing: return
            case .outside(let target): diagnostics.append(Self.outsideDiagnostic(full, target: target, what: what)); return
            case .inside(let real):
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return }
                guard isDirectory.boolValue else { paths.append(relative); return }
                guard visited.insert(real).inserted else { return }
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted() where !name.hasPrefix(".") {
                    walk(relative.isEmpty ? name : relative + "/" + name)
                }
            }
        }
        walk("")
        return (paths.sorted(), diagnostics)
    }

    /// The bytes of a file of the project: refused when it leads outside, or when it is
    /// larger than `limit` bytes (checked before reading).
    package func data(_ path: String, limit: Int, what: String) -> Result<Data, Diagnostic> {
        switch place(path) {
        case .missing:
            return .failure(Diagnostic(CommonRule.unreadableFile, "cannot read \(what) \(path): there is no such file", file: path))
        case .outside(let target):
            return .failure(Self.outsideDiagnostic(path, target: target, what: what))
        case .inside(let real):
            return Self.read(real, display: path, limit: limit)
        }
    }

    /// The UTF-8 text of a file of the project, or why not.
    package func text(_ path: String, limit: Int, what: String) -> Result<String, Diagnostic> {
        data(path, limit: limit, what: what).flatMap { FileEncoding.decode($0, file: path) }
    }

    /// Reads a file at a real path, checking its size first (on the open file, so it cannot change between).
    package static func read(_ real: String, display: String, limit: Int) -> Result<Data, Diagnostic> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused below).
        let descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            return .failure(Diagnostic(CommonRule.unreadableFile, "cannot read \(display): \(systemReason(errno: errno))", file: display))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Diagnostic(CommonRule.unreadableFile, "cannot read \(display): it is not a regular file", file: display))
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            return .failure(
                Diagnostic(
                    SafetyRule.tooLarge, "the file is \(ByteSize.words(size)), more than the \(ByteSize.words(limit)) this kind of file may be",
                    hint: "split it into smaller files; it was not read", file: display))
        }
        var data = Data(count: size)
        var total = 0
        while total < size {
            let count = data.withUnsafeMutableBytes { buffer in systemRead(descriptor, buffer.baseAddress! + total, size - total) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(CommonRule.unreadableFile, "cannot read \(display): \(systemReason(errno: errno))", file: display))
            }
            if count == 0 { break }
            total += count
        }
        // A file that grew while it was read is cut at the size checked.
        return .success(data.prefix(total))
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Sizes in words: "1 MiB", "4.2 MiB", "512 bytes".
package enum ByteSize {
    package static func words(_ bytes: Int) -> String {
        if bytes >= 1 << 20 {
            let mib = Double(bytes) / Double(1 << 20)
            return mib == mib.rounded() ? "\(Int(mib)) MiB" : String(format: "%.1f MiB", mib)
        }
        if bytes >= 1 << 10 {
            let kib = Double(bytes) / 1024
            return kib == kib.rounded() ? "\(Int(kib)) KiB" : String(format: "%.1f KiB", kib)
        }
        return "\(bytes) bytes"
    }
}

/// A diagnostic can be the failure of a `Result` (a file that may not or cannot be read).
extension Diagnostic: Error {}
