import Foundation
import Testing

/// A small W3C WebDriver client for chromedriver and headless Chromium: enough to open
/// pages, type, click, read and run scripts, and take screenshots.
public final class WebDriver: @unchecked Sendable {
    public let endpoint: URL
    public let session: String
    private let driver: Process

    /// Starts chromedriver on a free port and a headless Chromium session. On a busy machine
    /// chromedriver can take seconds to answer, and a random port can be taken: it waits up to
    /// 30 s for an answer, and starts again on another port when the driver exits.
    public init(width: Int = 1280, height: Int = 900) throws {
        let executable = try #require(
            ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "chromedriver is not installed; run `make tools`")
        var started: (Process, URL)?
        for _ in 0..<3 where started == nil {
            let port = Int.random(in: 20_000...45_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--port=\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let url = URL(string: "http://127.0.0.1:\(port)")!
            for _ in 0..<300 where process.isRunning {
                if let data = try? Self.curl(["-s", "--max-time", "1", url.appendingPathComponent("status").absoluteString]), !data.isEmpty {
                    started = (process, url)
                    break
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            if started == nil, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let (process, url) = try #require(started, "chromedriver did not answer on three ports within 30 s each")
        driver = process
        endpoint = url
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": "/usr/bin/chromium",
                        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=\(width),\(height)"],
                    ],
                ]
            ]
        ]
        let answer = try Self.request(endpoint.appendingPathComponent("session"), method: "POST", body: capabilities)
        session = try #require((answer["value"] as? [String: Any])?["sessionId"] as? String, "no session: \(answer)")
    }

    deinit { quit() }

    /// Ends the session (closing Chromium) and chromedriver; safe to call twice.
    public func quit() {
        guard driver.isRunning else { return }
        _ = try? Self.curl(["-s", "-X", "DELETE", "--max-time", "10", endpoint.appendingPathComponent("session/\(session)").absoluteString])
        // SIGKILL: the test runner's children can inherit an ignored SIGTERM, and chromedriver
        // then outlived every run (seen here: seven left behind per run).
        kill(driver.processIdentifier, SIGKILL)
    }

    @discardableResult
    public func command(_ path: String, _ body: [String: Any]? = [:], method: String = "POST") throws -> Any? {
        let answer = try Self.request(endpoint.appendingPathComponent("session/\(session)/\(path)"), method: method, body: method == "GET" ? nil : body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw DriverError(message: "\(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    public func open(_ url: String) throws { try command("url", ["url": url]) }

    public func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("execute/sync", ["script": script, "args": arguments])
    }

    public func executeAsync(_ script: String) throws -> Any? {
        try command("execute/async", ["script": script, "args": []])
    }

    public func element(_ css: String) throws -> String {
        let value = try command("element", ["using": "css selector", "value": css]) as? [String: Any]
        return try #require(value?.values.first as? String, "no element \(css)")
    }

    public func type(_ text: String, into css: String) throws {
        try command("element/\(try element(css))/value", ["text": text])
    }

    public func click(_ css: String) throws {
        try command("element/\(try element(css))/click")
    }

    public func setWindow(width: Int, height: Int) throws {
        try command("window/rect", ["width": width, "height": height])
    }

    public func screenshot() throws -> Data {
        let base64 = try command("screenshot", nil, method: "GET") as? String
        return try #require(Data(base64Encoded: base64 ?? ""))
    }

    /// Waits until `script` returns a truthy value (at most `seconds`).
    public func wait(until script: String, seconds: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = try execute(script), (value as? Bool) == true || ((value as? Int).map { $0 != 0 } ?? false) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    public struct DriverError: Error, CustomStringConvertible { public var message: String; public var description: String { message } }

    /// One HTTP exchange through curl: Foundation's URLSession on Linux stalls on chromedriver's replies.
    public static func request(_ url: URL, method: String, body: [String: Any]?) throws -> [String: Any] {
        let data = try curl(
            [
                "-s", "-X", method, "-H", "Content-Type: application/json", "--max-time", "120",
                "--data-binary", "@-", url.absoluteString,
            ],
            input: try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data())
        guard !data.isEmpty else { throw DriverError(message: "no answer from \(url)") }
        return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    public static func curl(_ arguments: [String], input: Data = Data()) throws -> Data {
        if ProcessInfo.processInfo.environment["WAYMARK_DEBUG_DRIVER"] != nil { FileHandle.standardError.write(Data("CURL \(arguments.last ?? "")\n".utf8)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: scratch.path + ".in", contents: input)
        _ = FileManager.default.createFile(atPath: scratch.path + ".out", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".in")
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
        }
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: scratch.path + ".in"))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".out"))
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        return try Data(contentsOf: URL(fileURLWithPath: scratch.path + ".out"))
    }
}

/// `python3 -m http.server` serving a folder on loopback, for the duration of a test.
public final class StaticServer: @unchecked Sendable {
    public let baseURL: String
    private let process: Process

    public init(folder: URL) throws {
        let port = Int.random(in: 45_001...60_000)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        baseURL = "http://127.0.0.1:\(port)/"
        for _ in 0..<100 {
            if let data = try? WebDriver.curl(["-s", "--max-time", "1", baseURL]), !data.isEmpty { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// SIGKILL, not SIGTERM, which the server can inherit as ignored from the test runner.
    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}
