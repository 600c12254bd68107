import Foundation
import Testing
import WaymarkTestSupport

@testable import WaymarkHelp

/// The library's own SHA-256 against the standard's vectors and `sha256sum` at every length
/// around the block and padding boundaries.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(text: String, digest: String) {
        #expect(SHA256.hex(Data(text.utf8)) == digest)
    }

    @Test func everyLengthAroundTheBoundariesMatchesSha256sum() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lengths = Array(0...130) + [1000, 4096, 65_537]
        var files: [String] = []
        for length in lengths {
            let data = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let url = folder.appendingPathComponent("\(length)")
            try data.write(to: url)
            files.append(url.path)
        }
        let result = try runTool("sha256sum", files)
        #expect(result.status == 0)
        let expected = Dictionary(
            uniqueKeysWithValues: result.output.split(separator: "\n").map { line in
                (String(line.split(separator: " ").last!), String(line.prefix(64)))
            })
        for (length, path) in zip(lengths, files) {
            #expect(SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))) == expected[path], "length \(length)")
        }
    }
}
