import Foundation
import Testing

/// Compares `actual` with the golden file `__Snapshots__/<name>`.
///
/// With `RECORD_SNAPSHOTS=1` in the environment it rewrites the file and fails, so that a
/// re-recording is never mistaken for a pass and a reviewer sees the diff.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = TestPaths.snapshots.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        Issue.record("Recorded snapshot \(name); unset RECORD_SNAPSHOTS and run again.", sourceLocation: sourceLocation)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("No snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
        Issue.record(
            """
            Snapshot \(name) differs at line \(first + 1):
              expected: \(expectedLine)
              actual:   \(actualLine)
            Run with RECORD_SNAPSHOTS=1 to re-record if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}
