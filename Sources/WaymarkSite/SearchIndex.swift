import Foundation
import WaymarkBase
import WaymarkRender

/// A locale's search index, shipped as a script that sets a global: a `fetch()` of a local
/// file fails when the site is opened from disk (`file://`), a script does not.
enum SearchIndex {
    struct Entry: Encodable {
        var id: String
        var title: String
        var summary: String
        var topic: String?
        var url: String
        var steps: [SearchStep]
    }

    /// `window.waymarkSearch = {…};` for the pages of one locale, in a stable order: each
    /// guide's entry encoded on its own (kept by the build cache until the page changes) and
    /// joined as one encoding of the whole document would write it (keys sorted, no spaces).
    static func script(_ pages: [PlannedPages.Rendered], locale: LocaleID, cache: BuildCache?) -> String {
        let entries = pages.map { rendered in
            cache.cachedOrNot("search-entry", locale.tag + "/" + rendered.page.guideID, dependsOn: rendered.dependencies) { entry(rendered.page) }
        }
        let json = #"{"guides":["# + entries.joined(separator: ",") + #"],"locale":"# + quoted(locale.tag) + "}"
        return "// The search index of the \(locale) help pages, made by waymark.\nwindow.waymarkSearch = \(json);\n"
    }

    /// One guide's entry as JSON.
    static func entry(_ page: RenderedGuide) -> String {
        let entry = Entry(
            id: page.guideID, title: page.title.plainText, summary: page.summary.plainText, topic: page.topic,
            url: "\(page.guideID)/index.html", steps: page.steps)
        return (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func quoted(_ text: String) -> String {
        (try? encoder.encode([text])).map { String(decoding: $0.dropFirst().dropLast(), as: UTF8.self) } ?? "\"\""
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
