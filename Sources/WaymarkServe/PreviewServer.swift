import FlyingFox
import FlyingSocks
import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkSite

/// `waymark serve`: the site built in memory and served over HTTP on the loopback address,
/// rebuilt when a guide, catalog, model file, template, asset or `waymark.yml` changes, with
/// open pages reloaded over a WebSocket. A build with errors keeps the last good site served
/// and shows its diagnostics in the terminal and over the page.
public enum PreviewServer {
    /// Where to listen and how to build.
    public struct Options: Sendable {
        /// The project folder.
        public var root: URL
        /// The address to listen on: an IPv4 or IPv6 literal, or `localhost`.
        public var host = "127.0.0.1"
        /// The port; 0 picks a free one (the address is printed).
        public var port: UInt16 = 8000
        /// How the checker runs.
        public var check = CheckOptions()
        /// Serve pages even when steps fail the product-model check.
        public var allowCheckErrors = false

        public init(root: URL) { self.root = root }
    }

    /// What the server tells the person running it.
    public struct Events: Sendable {
        /// A line for standard output ("Serving at …", "Rebuilt in …").
        public var info: @Sendable (String) -> Void
        /// A build's diagnostics, as the command prints them.
        public var diagnostics: @Sendable ([Diagnostic], [String: String]) -> Void
        /// The diagnostics as text, for the page overlay.
        public var text: @Sendable ([Diagnostic], [String: String]) -> String
        /// Each build's step times (`serve --timings`), or nil.
        public var timings: (@Sendable ([StepTiming]) -> Void)?

        public init(
            info: @escaping @Sendable (String) -> Void,
            diagnostics: @escaping @Sendable ([Diagnostic], [String: String]) -> Void,
            text: @escaping @Sendable ([Diagnostic], [String: String]) -> String,
            timings: (@Sendable ([StepTiming]) -> Void)? = nil
        ) {
            self.info = info
            self.diagnostics = diagnostics
            self.text = text
            self.timings = timings
        }
    }

    /// A reason the server could not start, in words.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Builds, serves and watches until the task is cancelled.
    public static func run(_ options: Options, events: Events) async throws {
        let site = ServedSite()
        let hub = LiveHub()
        let builder = PreviewBuilder(options: options, site: site, hub: hub, events: events)
        // Watching starts before the first build, so an edit saved while it runs (or right after
        // "Serving" is printed) is not missed: the preview no longer rereads files nobody reported.
        let configured = SiteBuilder.Options.configured(root: options.root)
        let folders = [configured.guidesPath, configured.modelPath, configured.localesPath, configured.templatesPath, configured.publicPath]
            .map { options.root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let watcher = SourceWatcher(folders: folders, files: [options.root.appendingPathComponent("waymark.yml")])
        let changes = watcher.changes()
        await builder.rebuild(reason: nil)

        let server = try makeServer(options)
        await server.appendRoute(HTTPRoute("GET \(LiveReload.socketPath)"), to: .webSocket(LiveReloadHandler(hub: hub)))
        await server.appendRoute(HTTPRoute("GET \(LiveReload.scriptPath)")) { _ in
            HTTPResponse(
                statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute("GET *") { request in await site.respond(to: request.path) }

        let ended = Flag()
        let serving = Task {
            defer { ended.set() }
            try await server.run()
        }
        // A port in use ends the server's task at once; the wait ends with it.
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening, !ended.value, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        guard await server.isListening else {
            serving.cancel()
            if case let .failure(startError) = await serving.result { throw StartError(description: reason(startError, options)) }
            throw StartError(description: "could not listen on \(options.host):\(options.port)")
        }
        let address = await server.listeningAddress
        let summary = await builder.summary
        events.info("Serving \(summary) at \(url(of: address, options)) (Ctrl-C to stop)")

        await withTaskCancellationHandler {
            for await changed in changes {
                await builder.rebuild(reason: "change", changed: changed)
            }
        } onCancel: {
            serving.cancel()
        }
        await hub.closeAll()
        serving.cancel()
        _ = await serving.result
    }

    private static func makeServer(_ options: Options) throws -> HTTPServer {
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            if host.contains(":") {
                return HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: options.port), logger: .disabled)
            }
            return HTTPServer(address: try sockaddr_in.inet(ip4: host, port: options.port), logger: .disabled)
        } catch {
            throw StartError(description: "'\(options.host)' is not an IP address to listen on; use 127.0.0.1, ::1 or localhost")
        }
    }

    private static func reason(_ error: any Error, _ options: Options) -> String {
        // The socket's errno decides, not the error's text.
        if case let .failed(_, number, message)? = error as? SocketError {
            if number == EADDRINUSE {
                return "could not listen on \(options.host):\(options.port): the port is in use; choose another with --port (0 picks a free one)"
            }
            return "could not listen on \(options.host):\(options.port): \(message)"
        }
        return "could not listen on \(options.host):\(options.port): \(systemReason(error))"
    }

    private static func url(of address: Socket.Address?, _ options: Options) -> String {
        switch address {
        case let .ip4(host, port)?: return "http://\(host):\(port)/"
        case let .ip6(host, port)?: return "http://[\(host)]:\(port)/"
        default: return "http://\(options.host):\(options.port)/"
        }
    }
}

/// A flag set once from any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    func set() { lock.lock(); isSet = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return isSet }
}
