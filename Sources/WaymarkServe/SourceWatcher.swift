import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Tells when any file in the watched folders (or one of the watched single files) changes.
/// On Linux it asks the kernel (inotify), so an idle preview costs nothing even at 20,000
/// pages; elsewhere it compares the folders' names, sizes and modification times every
/// `pollInterval`.
final class SourceWatcher: @unchecked Sendable {
    /// The folders watched with everything below them, and single files (`waymark.yml`).
    let folders: [URL]
    let files: [URL]
    let pollInterval: Duration

    init(folders: [URL], files: [URL], pollInterval: Duration = .milliseconds(100)) {
        self.folders = folders
        self.files = files
        self.pollInterval = pollInterval
    }

    /// One element per batch of changes, until the task is cancelled: the paths that changed,
    /// or nil when it is not known which (a folder came or went).
    func changes() -> AsyncStream<Set<String>?> {
        #if os(Linux)
            if let stream = inotifyChanges() { return stream }
        #endif
        return pollingChanges()
    }

    private func pollingChanges() -> AsyncStream<Set<String>?> {
        AsyncStream { continuation in
            let task = Task {
                var last = fingerprint()
                while !Task.isCancelled {
                    try? await Task.sleep(for: pollInterval)
                    let now = fingerprint()
                    if now != last {
                        let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
                        last = now
                        continuation.yield(changed)
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Every watched file's path, size and modification time.
    func fingerprint() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
        func add(_ url: URL) {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { return }
            result[url.path] = [values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? 0)]
        }
        for file in files { add(file) }
        for folder in folders {
            add(folder)
            guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in walk { add(url) }
        }
        return result
    }

    #if os(Linux)
        /// inotify on every folder below the watched ones (new folders are watched as they appear)
        /// and on the single files' folders, filtered to those files' names.
        private func inotifyChanges() -> AsyncStream<Set<String>?>? {
            guard let state = InotifyState() else { return nil }
            for folder in folders { state.watchTree(folder) }
            for (parent, names) in Dictionary(grouping: files, by: { $0.deletingLastPathComponent().path }) {
                state.watch(parent, onlyNames: Set(names.map(\.lastPathComponent)))
            }
            return AsyncStream { continuation in
                let thread = Thread {
                    state.run { continuation.yield($0) }
                    continuation.finish()
                }
                thread.start()
                continuation.onTermination = { _ in state.stop() }
            }
        }
    #endif
}

#if os(Linux)
    /// The inotify descriptor, its watches, and the read loop (on a thread of its own).
    private final class InotifyState: @unchecked Sendable {
        private let fd: Int32
        private var watched: [Int32: (folder: String, onlyNames: Set<String>?)] = [:]
        private let lock = NSLock()
        private var stopped = false
        private let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MODIFY | IN_ATTRIB)

        init?() {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if fd < 0 { return nil }
        }

        func watch(_ path: String, onlyNames: Set<String>?) {
            let wd = inotify_add_watch(fd, path, mask)
            if wd >= 0 { watched[wd] = (path, onlyNames) }
        }

        func watchTree(_ url: URL) {
            watch(url.path, onlyNames: nil)
            guard let walk = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
            for case let child as URL in walk where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                watch(child.path, onlyNames: nil)
            }
        }

        func stop() {
            lock.lock()
            stopped = true
            lock.unlock()
        }

        private var isStopped: Bool {
            lock.lock()
            defer { lock.unlock() }
            return stopped
        }

        /// Reads events until stopped; a batch is reported once the folder is quiet for 10 ms
        /// (an editor's save is several events).
        func run(onChange: (Set<String>?) -> Void) {
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pending = false
            // The paths of the batch; nil once a folder came or went (or events were lost).
            var paths: Set<String>? = []
            let header = MemoryLayout<inotify_event>.size
            while !isStopped {
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, pending ? 10 : 50)
                if ready <= 0 {
                    if pending {
                        pending = false
                        onChange(paths)
                        paths = []
                    }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                var offset = 0
                while offset + header <= count {
                    let (wd, eventMask, length, name) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int, String) in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let start = offset + header
                        let bytes = raw[start..<min(count, start + Int(event.len))].prefix { $0 != 0 }
                        return (event.wd, event.mask, Int(event.len), String(decoding: bytes, as: UTF8.self))
                    }
                    offset += header + length
                    guard let entry = watched[wd] else { continue }
                    if let only = entry.onlyNames, !only.contains(name) { continue }
                    if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        watchTree(URL(fileURLWithPath: entry.folder).appendingPathComponent(name))
                    }
                    if eventMask & UInt32(IN_ISDIR | IN_Q_OVERFLOW | IN_DELETE_SELF) != 0 || name.isEmpty {
                        paths = nil
                    } else {
                        paths?.insert(entry.folder + "/" + name)
                    }
                    pending = true
                }
            }
        }
    }
#endif
