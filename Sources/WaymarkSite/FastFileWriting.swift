import Foundation
import WaymarkBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain POSIX file creation for the staging folder, on all cores.
///
/// Foundation's `Data.write(to:)` syncs every file to disk; a staging folder that is renamed
/// into place as a whole does not need that, and on a 2-core machine the build spent most of
/// its time there. Atomicity of the site comes from the final rename, not from these writes.
enum FastFileWriting {
    struct Failure: Error, CustomStringConvertible {
        var description: String

        init(path: String, code: Int32) { description = "\(path): \(systemReason(errno: code))" }
        init(_ description: String) { self.description = description }
    }

    /// Creates every folder that `paths` (relative to `base`) need, parents first.
    static func createFolders(for paths: [String], in base: URL) throws {
        var folders: Set<String> = []
        for path in paths {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty {
                folders.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        for folder in folders.sorted() {
            let full = base.appendingPathComponent(folder).path
            if mkdir(full, 0o755) != 0 && errno != EEXIST { throw Failure(path: full, code: errno) }
        }
    }

    /// Writes `data` to a new file at `url`.
    static func write(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: url.path, code: errno)
                }
                offset += written
            }
        }
    }
}

/// write(2), named so that `FastFileWriting.write` does not hide it (and without naming the C
/// library, which is Glibc, Musl or Darwin).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
