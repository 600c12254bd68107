import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkRender

/// The parts of the plan that `waymark serve` keeps between builds (``BuildCache``): each
/// guide's title, rendered page and page files in each locale, with what each depends on —
/// the guide (its file and its catalogs) and the titles of the guides its page links to.
enum PlannedPages {
    /// A rendered guide and what it depends on.
    struct Rendered: Sendable {
        var page: RenderedGuide
        var dependencies: [String]
        /// A number no other rendering in this process has: a page kept from the last build
        /// keeps its number, so pages made from the same renderings are the same (the preview's index pages).
        var serial = Self.serials.next()

        private static let serials = Serials()
    }

    /// Every guide's plain title in `locale`, with its language; with a cache, a title that
    /// changed (or changed language), came or went since the last build invalidates the pages
    /// that link to that guide.
    static func titles(_ guides: [Guide], locale: LocaleID, cache: BuildCache?, _ title: (Guide) -> ShownTitle) -> [String: ShownTitle] {
        let table = Dictionary(
            guides.map { guide in (guide.id, cache.cachedOrNot("title", locale.tag + "/" + guide.id, dependsOn: [BuildCache.guide(guide.id)]) { title(guide) }) },
            uniquingKeysWith: { first, _ in first })
        if let cache, let previous = cache.exchange(table, as: "titles:" + locale.tag) {
            let changed = Set(table.keys).union(previous.keys).filter { table[$0] != previous[$0] }
            cache.invalidate(Set(changed.map { BuildCache.title(locale.tag, $0) }))
        }
        return table
    }

    /// The guide rendered in `locale`, or the page kept from the last build when nothing it depends on changed.
    static func rendered(
        _ guide: Guide, locale: LocaleID, titles: TitleTable, cache: BuildCache?, _ render: (any GuideTitles) -> RenderedGuide
    ) -> Rendered {
        guard let cache else { return Rendered(page: render(titles), dependencies: []) }
        let key = locale.tag + "/" + guide.id
        if let known = cache.value("render", key, as: Rendered.self) { return known }
        let recording = RecordingTitles(titles)
        let page = render(recording)
        let result = Rendered(page: page, dependencies: [BuildCache.guide(guide.id)] + recording.asked.sorted().map { BuildCache.title(locale.tag, $0) })
        cache.store(result, "render", key, dependsOn: result.dependencies)
        return result
    }
}

/// A title table that notes which guides' titles a page asked for.
final class RecordingTitles: GuideTitles, @unchecked Sendable {
    private let table: TitleTable
    private let lock = NSLock()
    private var ids: Set<String> = []

    init(_ table: TitleTable) { self.table = table }

    func title(of id: String) -> String? {
        lock.lock()
        ids.insert(id)
        lock.unlock()
        return table.title(of: id)
    }

    func pageLocale(of id: String) -> String? { table.pageLocale(of: id) }

    func titleLocale(of id: String) -> String? {
        lock.lock()
        ids.insert(id)
        lock.unlock()
        return table.titleLocale(of: id)
    }

    var asked: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return ids
    }
}

/// A thread-safe counter.
private final class Serials: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}
