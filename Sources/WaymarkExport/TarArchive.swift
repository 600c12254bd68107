import Foundation

/// The bundle as one POSIX tar (ustar) archive, byte-identical for the same files: entries in
/// path order, owner 0, mode 0644 (folders 0755), and every time set to the content's date.
public enum TarArchive {
    /// The archive of `files`, with `modified` (seconds since 1970) as every entry's time.
    public static func archive(_ files: [HelpExport.File], modified: Int) -> Data {
        var data = Data()
        var folders: Set<String> = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            var parts = file.path.split(separator: "/").dropLast()
            var missing: [String] = []
            while !parts.isEmpty {
                let folder = parts.joined(separator: "/")
                if !folders.insert(folder).inserted { break }
                missing.insert(folder, at: 0)
                parts = parts.dropLast()
            }
            for folder in missing { data.append(header(folder + "/", size: 0, folder: true, modified: modified)) }
            data.append(header(file.path, size: file.data.count, folder: false, modified: modified))
            data.append(file.data)
            data.append(Data(count: (512 - file.data.count % 512) % 512))
        }
        data.append(Data(count: 1024))
        return data
    }

    /// Seconds since 1970 at midnight UTC of a `YYYY-MM-DD` day (0 when it is not one).
    public static func seconds(of day: String) -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])).map { Int($0.timeIntervalSince1970) } ?? 0
    }

    static func header(_ path: String, size: Int, folder: Bool, modified: Int) -> Data {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, length: Int) {
            for (index, byte) in text.utf8.prefix(length).enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: Int, at offset: Int, length: Int) {
            put(String(repeating: "0", count: max(0, length - 1 - String(value, radix: 8).count)) + String(value, radix: 8), at: offset, length: length - 1)
        }
        // Names over 100 bytes go in the 155-byte prefix field, split at a slash.
        var (name, prefix) = (path, "")
        if path.utf8.count > 100, let split = path.utf8.indices.last(where: { path.utf8[$0] == UInt8(ascii: "/") && path.utf8.distance(from: path.utf8.startIndex, to: $0) <= 155 })
        {
            prefix = String(path[..<split])
            name = String(path[path.index(after: split)...])
        }
        put(name, at: 0, length: 100)
        octal(folder ? 0o755 : 0o644, at: 100, length: 8)
        octal(0, at: 108, length: 8)
        octal(0, at: 116, length: 8)
        octal(size, at: 124, length: 12)
        octal(modified, at: 136, length: 12)
        for index in 148..<156 { block[index] = UInt8(ascii: " ") }
        block[156] = UInt8(ascii: folder ? "5" : "0")
        put("ustar", at: 257, length: 6)
        put("00", at: 263, length: 2)
        put(prefix, at: 345, length: 155)
        let checksum = block.reduce(0) { $0 + Int($1) }
        octal(checksum, at: 148, length: 7)
        block[154] = 0
        block[155] = UInt8(ascii: " ")
        return Data(block)
    }
}
