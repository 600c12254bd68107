import Foundation

extension HelpBundle {
    /// Unpacks a downloaded bundle archive (the `--archive` tar of `waymark export`) into
    /// `folder`, verifies it, and only then puts it in place of what `folder` held; returns it
    /// opened. A bad archive leaves `folder` as it was.
    public static func install(archive: Data, into folder: URL) throws(HelpBundleError) -> HelpBundle {
        let fm = FileManager.default
        let target = folder.standardizedFileURL
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).unpacking-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: staging) }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for entry in try TarReader.entries(archive) {
                let url = staging.appendingPathComponent(entry.path)
                if entry.isFolder {
                    try fm.createDirectory(at: url, withIntermediateDirectories: true)
                } else {
                    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try entry.data.write(to: url)
                }
            }
        } catch let error as HelpBundleError {
            throw error
        } catch {
            throw .unreadable(path: staging.path, reason: systemReason(error))
        }
        _ = try HelpBundle(contentsOf: staging)
        do {
            if fm.fileExists(atPath: target.path) {
                _ = try fm.replaceItemAt(target, withItemAt: staging)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            throw .unreadable(path: target.path, reason: systemReason(error))
        }
        return try HelpBundle(contentsOf: target)
    }
}

/// Reads the POSIX tar (ustar) archives `waymark export --archive` writes: regular files and
/// folders, each path checked to stay inside the archive's folder.
enum TarReader {
    struct Entry {
        var path: String
        var isFolder: Bool
        var data: Data
    }

    static func entries(_ archive: Data) throws(HelpBundleError) -> [Entry] {
        let bytes = [UInt8](archive)
        var entries: [Entry] = []
        var offset = 0
        func field(_ start: Int, _ length: Int) -> String {
            let slice = bytes[(offset + start)..<(offset + start + length)]
            return String(decoding: slice.prefix { $0 != 0 }, as: UTF8.self)
        }
        while offset + 512 <= bytes.count {
            if bytes[offset..<offset + 512].allSatisfy({ $0 == 0 }) { break }
            let name = field(0, 100), prefix = field(345, 155)
            let sizeText = field(124, 12).trimmingCharacters(in: .whitespaces)
            guard let size = Int(sizeText, radix: 8), size >= 0 else { throw .malformedManifest(reason: "the archive has a bad entry at byte \(offset)") }
            let type = bytes[offset + 156]
            var path = prefix.isEmpty ? name : prefix + "/" + name
            if path.hasSuffix("/") { path.removeLast() }
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.isEmpty, !path.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                throw .tampered(path: path, reason: "is not a path inside the bundle")
            }
            let start = offset + 512
            guard start + size <= bytes.count else { throw .malformedManifest(reason: "the archive ends inside \(path)") }
            switch type {
            case UInt8(ascii: "0"), 0: entries.append(Entry(path: path, isFolder: false, data: Data(bytes[start..<start + size])))
            case UInt8(ascii: "5"): entries.append(Entry(path: path, isFolder: true, data: Data()))
            default: throw .tampered(path: path, reason: "is not a file or a folder (links are not part of a bundle)")
            }
            offset = start + (size + 511) / 512 * 512
        }
        return entries
    }
}
