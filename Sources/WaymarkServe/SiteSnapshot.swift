import Foundation
import WaymarkSite

/// One build of the site, held in memory and served as it is: the bytes of every page, and
/// for assets the file in `Public/` they are copied from.
struct SiteSnapshot: Sendable {
    /// Where a served path's bytes come from.
    enum Body: Sendable {
        case bytes(Data)
        case file(URL)
    }

    /// The files as built; a page gets the live-reload script when it is served, so that a
    /// build does not copy every page of the site to insert it.
    private let files: [String: Stored]

    private enum Stored: Sendable {
        case page(Data)
        case bytes(Data)
        case file(URL)
    }
    /// Which build this is (1 for the first), shown in the terminal and sent to pages.
    let generation: Int

    init(files: [SiteFile], generation: Int) {
        var table: [String: Stored] = [:]
        table.reserveCapacity(files.count)
        for file in files {
            switch file.contents {
            case let .data(data):
                table[file.path] = file.path.hasSuffix(".html") ? .page(data) : .bytes(data)
            case let .copy(url):
                table[file.path] = .file(url)
            }
        }
        self.files = table
        self.generation = generation
    }

    /// The file served at a request path (`/`, `/en/`, `/en/guide/`, `/style.css`…), following
    /// the static-host convention that a folder serves its `index.html`.
    func lookup(_ requestPath: String) -> (path: String, body: Body)? {
        var path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        path = path.removingPercentEncoding ?? path
        while path.hasPrefix("/") { path.removeFirst() }
        for candidate in [path, path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path + "/index.html"] {
            if let stored = files[candidate] { return (candidate, body(stored)) }
        }
        return nil
    }

    /// The not-found page of the locale a path is under (or of any locale), for a 404 answer.
    func notFoundPage(for requestPath: String) -> Data? {
        let first = requestPath.split(separator: "/").first.map(String.init) ?? ""
        if let stored = files[first + "/404.html"], case let .bytes(data) = body(stored) { return data }
        let any = files.keys.filter { $0.hasSuffix("/404.html") }.sorted().first
        if let any, let stored = files[any], case let .bytes(data) = body(stored) { return data }
        return nil
    }

    private func body(_ stored: Stored) -> Body {
        switch stored {
        case let .page(data): .bytes(LiveReload.inject(into: data, generation: generation))
        case let .bytes(data): .bytes(data)
        case let .file(url): .file(url)
        }
    }
}
