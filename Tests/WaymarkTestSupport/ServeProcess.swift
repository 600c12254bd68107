import Foundation

/// `waymark serve` running as a real process on a free loopback port, for one test.
public final class ServeProcess: @unchecked Sendable {
    public let process = Process()
    public let baseURL: String
    private let outURL: URL, errURL: URL

    public init(root: URL, extra: [String] = []) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        outURL = scratch.appendingPathComponent("stdout")
        errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = TestPaths.waymarkBinary
        process.arguments = ["serve", "--root", root.path, "--port", "0"] + extra
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: String?
        for _ in 0..<600 where found == nil {
            Thread.sleep(forTimeInterval: 0.05)
            let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            if let range = out.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) { found = String(out[range]) }
            if !process.isRunning { break }
        }
        guard let found else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? "", err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            throw ServeError(message: "waymark serve did not start: \(out) \(err)")
        }
        baseURL = found
    }

    public struct ServeError: Error, CustomStringConvertible { public var message: String; public var description: String { message } }

    public var stdout: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    public var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// A path's status, content type and body.
    public func get(_ path: String) throws -> (status: Int, type: String, body: String) {
        let data = try WebDriver.curl(["-s", "--max-time", "10", "-D", "-", baseURL + path])
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        let type =
            head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-type:") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return (status, type, parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// Waits until `path` serves a body for which `condition` holds.
    public func wait(for path: String, seconds: Double = 10, _ condition: (String) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(try get(path).body) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Ctrl-C, and the exit status.
    public func interrupt() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); return -1 }
        return process.terminationStatus
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}
