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

    /// `window.waymarkSearch = {…};` for the pages of one locale, in a stable order.
    static func script(_ pages: [RenderedGuide], locale: LocaleID) -> String {
        let entries = pages.map { page in
            Entry(
                id: page.guideID, title: page.title.plainText, summary: page.summary.plainText, topic: page.topic,
                url: "\(page.guideID)/index.html", steps: page.steps)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Document: Encodable { var locale: String; var guides: [Entry] }
        let json = (try? encoder.encode(Document(locale: locale.tag, guides: entries))).map { String(decoding: $0, as: UTF8.self) } ?? #"{"guides":[]}"#
        return "// The search index of the \(locale) help pages, made by waymark.\nwindow.waymarkSearch = \(json);\n"
    }
}
