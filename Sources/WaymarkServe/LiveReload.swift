import FlyingFox
import Foundation

/// The pages' side of live reload: a script served at ``scriptPath`` that every served HTML
/// page loads, which keeps a WebSocket open to ``socketPath``, reloads the page when a newer
/// build is ready and shows a build's diagnostics as an overlay while the content is broken.
enum LiveReload {
    static let scriptPath = "/_waymark/live.js"
    static let socketPath = "/_waymark/live"

    /// The page with the live-reload script before `</body>` (or at the end): only the served
    /// copy, never the built site. `generation` lets the page notice a build it has not shown.
    static func inject(into page: Data, generation: Int = 0) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>".utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
        var result = page
        result.insert(contentsOf: tag, at: end.lowerBound)
        return result
    }

    /// The message that tells pages which build is current.
    static func buildMessage(_ generation: Int) -> String { #"{"type":"build","generation":\#(generation)}"# }

    /// The message that shows `text` (diagnostics, as the terminal prints them) over the page.
    static func errorMessage(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: ["type": "error", "text": text], options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The client script. The overlay's text is set with `textContent`: diagnostics quote
    /// content, and content is never HTML here.
    static let script = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script ? Number(script.getAttribute("data-generation")) : 0;
          var overlay = null;
          function show(text) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "waymark-overlay";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "margin:0;padding:1em;background:#1e1e1e;color:#f5f5f5;border-top:4px solid #d13438;" +
                "font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap";
              var heading = document.createElement("strong");
              heading.textContent = "waymark serve: the last edit does not build; this page is the last good build.\\n\\n";
              overlay.appendChild(heading);
              overlay.appendChild(document.createElement("pre"));
              document.body.appendChild(overlay);
            }
            overlay.lastChild.textContent = text;
          }
          function hide() { if (overlay) { overlay.remove(); overlay = null; } }
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
            socket.onmessage = function (event) {
              var message = JSON.parse(event.data);
              if (message.type === "error") { show(message.text); }
              else if (message.type === "build") {
                if (message.generation !== shown) { location.reload(); return; }
                hide();
              }
            };
            socket.onclose = function () { setTimeout(connect, 300); };
          }
          connect();
        })();

        """
}

/// The open pages: every WebSocket connection, and what each new one is told first.
actor LiveHub {
    private var clients: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    private var nextID = 0
    private var current: [String] = []

    /// Registers a page; it is told the current build (and error, if any) at once.
    func add(_ continuation: AsyncStream<WSMessage>.Continuation) -> Int {
        nextID += 1
        clients[nextID] = continuation
        for message in current { continuation.yield(.text(message)) }
        return nextID
    }

    func remove(_ id: Int) {
        clients.removeValue(forKey: id)?.finish()
    }

    /// Sets what pages are told, and tells every open page now.
    func publish(_ messages: [String]) {
        current = messages
        for continuation in clients.values {
            for message in messages { continuation.yield(.text(message)) }
        }
    }

    /// How many pages are connected.
    var count: Int { clients.count }

    func closeAll() {
        for continuation in clients.values { continuation.finish() }
        clients.removeAll()
    }
}

/// FlyingFox's WebSocket side: each connection gets a stream of the hub's messages.
struct LiveReloadHandler: WSMessageHandler {
    let hub: LiveHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = await hub.add(continuation)
        Task {
            for await _ in client {}
            await hub.remove(id)
        }
        return stream
    }
}
