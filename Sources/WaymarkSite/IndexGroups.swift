import WaymarkGuide
import WaymarkModel
import WaymarkRender

/// A locale's guides grouped for its index page: by topic, and by product surface.
struct IndexGroups {
    struct Group {
        var name: String
        var pages: [RenderedGuide]
    }

    var all: [RenderedGuide]
    var topics: [Group]
    var products: [Group]

    init(guides: [Guide], pages: [RenderedGuide], model: ProductModel, strings: UIStrings) {
        all = pages
        var byTopic: [String: [RenderedGuide]] = [:]
        var untitled: [RenderedGuide] = []
        for page in pages {
            if let topic = page.topic { byTopic[topic, default: []].append(page) } else { untitled.append(page) }
        }
        topics = byTopic.keys.sorted().map { Group(name: $0, pages: byTopic[$0]!) }
        if !untitled.isEmpty, !topics.isEmpty { topics.append(Group(name: strings.site.otherTopics, pages: untitled)) }
        var byProduct: [String: [RenderedGuide]] = [:]
        for (guide, page) in zip(guides, pages) {
            let surfaces = Set(guide.methods.compactMap(\.surface)).compactMap { model.surface($0)?.name }
            for name in surfaces { byProduct[name, default: []].append(page) }
        }
        products = byProduct.keys.sorted().map { Group(name: $0, pages: byProduct[$0]!.sorted { $0.guideID < $1.guideID }) }
    }
}
