import Foundation
import Testing

/// Runs a real tool (msgfmt, xmllint) found on the PATH; `make tools` installs them.
public func runTool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let candidates = name.hasPrefix("/") ? [name] : ["/usr/bin", "/usr/local/bin", "/bin"].map { "\($0)/\(name)" }
    let path = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    let executable = try #require(path, "\(name) is not installed; run `make tools` (Scripts/install-test-tools.sh)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: scratch.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let handle = try FileHandle(forWritingTo: scratch)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: scratch), as: UTF8.self))
}

/// The OASIS XLIFF 2.0 schema unpacked by `make tools`.
public func xliffSchema() throws -> String {
    let path = TestPaths.repository.appendingPathComponent(
        ".tools/xliff/unpacked/usr/share/php/Symfony/Component/Translation/Resources/schemas/xliff-core-2.0.xsd"
    ).path
    try #require(FileManager.default.fileExists(atPath: path), "the XLIFF 2.0 schema is missing; run `make tools`")
    return path
}
