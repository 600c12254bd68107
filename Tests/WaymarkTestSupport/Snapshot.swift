import Foundation
import Testing

/// Compares `actual` with the golden file `__Snapshots__/<name>` of the calling test's own
/// target (`Tests/<Target>/__Snapshots__`), printing a unified diff when they differ.
///
/// With `RECORD_SNAPSHOTS=1` in the environment it rewrites the file and fails, so that a
/// re-recording is never mistaken for a pass and a reviewer sees the diff.
public func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = TestPaths.snapshots(for: filePath).appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        Issue.record("Recorded snapshot \(name); unset RECORD_SNAPSHOTS and run again.", sourceLocation: sourceLocation)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("No snapshot \(name) in \(url.deletingLastPathComponent().path); run with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
        """
        Snapshot \(name) differs (- golden, + actual):
        \(unifiedDiff(expected, actual, name: name))
        Run with RECORD_SNAPSHOTS=1 to re-record if the change is intended.
        """, sourceLocation: sourceLocation)
}

/// `diff -u` of two texts (the system's diff, on Linux and macOS), cut to 200 lines.
public func unifiedDiff(_ expected: String, _ actual: String, name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = folder.appendingPathComponent("golden")
    let current = folder.appendingPathComponent("actual")
    guard (try? Data(expected.utf8).write(to: golden)) != nil, (try? Data(actual.utf8).write(to: current)) != nil,
        let result = try? runTool("diff", ["-u", "--label", "\(name) (golden)", "--label", "\(name) (actual)", golden.path, current.path])
    else { return "(no diff tool; the texts differ)" }
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.prefix(200).joined(separator: "\n") + (lines.count > 200 ? "\n… \(lines.count - 200) more lines" : "")
}
