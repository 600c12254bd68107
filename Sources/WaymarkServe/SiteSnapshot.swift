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

    private let files: [String: Body]
    /// Which build this is (1 for the first), shown in the terminal and sent to pages.
    let generation: Int

    init(files: [SiteFile], generation: Int) {
        var table: [String: Body] = [:]
        for file in files {
            switch file.contents {
            case let .data(data):
                table[file.path] = .bytes(file.path.hasSuffix(".html") ? LiveReload.inject(into: data, generation: generation) : data)
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
            if let body = files[candidate] { return (candidate, body) }
        }
        return nil
    }

    /// The not-found page of the locale a path is under (or of any locale), for a 404 answer.
    func notFoundPage(for requestPath: String) -> Data? {
        let first = requestPath.split(separator: "/").first.map(String.init) ?? ""
        if case let .bytes(data)? = files[first + "/404.html"] { return data }
        let any = files.keys.filter { $0.hasSuffix("/404.html") }.sorted().first
        if let any, case let .bytes(data)? = files[any] { return data }
        return nil
    }
}
