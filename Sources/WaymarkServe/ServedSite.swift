import FlyingFox
import Foundation

/// The site being served: the last good build, swapped whole when a new one is ready, and
/// the diagnostics of a failed first build (served as a page until the content builds).
actor ServedSite {
    private var snapshot: SiteSnapshot?
    private var failure: String?

    func install(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        failure = nil
    }

    func fail(_ text: String) { failure = text }

    func respond(to requestPath: String) -> HTTPResponse {
        guard let snapshot else {
            let body =
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>waymark serve</title></head><body>"
                + "<h1>The help site does not build yet</h1><pre>\(escape(failure ?? "building…"))</pre></body></html>"
            return HTTPResponse(
                statusCode: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: LiveReload.inject(into: Data(body.utf8)))
        }
        guard let (path, body) = snapshot.lookup(requestPath) else {
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: snapshot.notFoundPage(for: requestPath) ?? Data("not found".utf8))
        }
        let headers: HTTPHeaders = [.contentType: ContentType.of(path), .cacheControl: "no-store"]
        switch body {
        case let .bytes(data):
            return HTTPResponse(statusCode: .ok, headers: headers, body: data)
        case let .file(url):
            guard let data = try? Data(contentsOf: url) else {
                return HTTPResponse(statusCode: .notFound, headers: headers)
            }
            return HTTPResponse(statusCode: .ok, headers: headers, body: data)
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
