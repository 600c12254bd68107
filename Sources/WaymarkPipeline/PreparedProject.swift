import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkL10n
import WaymarkModel
import WaymarkRender

/// A checked project, ready for an output: what loaded, the locales it publishes, and the
/// one way every output renders a guide in a locale (the site and the export alike).
public struct PreparedProject: Sendable {
    /// The guides, sorted by id, and the product model they were checked against.
    public var guides: [Guide]
    public var model: ProductModel
    /// The context-help index from the check's walk.
    public var helpIndex: HelpIndex
    /// The interface strings of each published locale, the source locale first.
    public var locales: [UIStrings]
    /// The translation catalogs.
    public var catalogs: Catalogs
    /// The images the guides show, checked and content-hashed (issue 15).
    public var images = PublishedImages()
    /// Which guides each locale publishes (issue 16): an output leaves the others out, so that
    /// readers get the guide in its own language (the export's bundle falls back to it).
    public var publication = Publication()

    /// The source locale.
    public var sourceLocale: LocaleID { locales.first?.locale ?? .english }
    /// UI labels from the product model.
    public var labels: ModelLabels { ModelLabels(model: model) }

    /// The texts of `guide` in `locale`: the source in the language the guide is written in, else
    /// its catalog along the locale's fallback chain (an empty one when it has none).
    public func translations(locale: LocaleID, guide: String) -> any GuideTranslations {
        guard let found = guides.first(where: { $0.id == guide }) else { return SourceTexts() }
        return Self.translations(catalogs, locale: locale, guide: found, source: sourceLocale)
    }

    package static func translations(_ catalogs: Catalogs, locale: LocaleID, guide: Guide, source: LocaleID) -> any GuideTranslations {
        let written = guide.locale ?? source
        return locale == written ? SourceTexts() : catalogs.translations(locale: locale, guide: guide.id, written: written)
    }

    /// Every published guide in every locale, locale by locale, in parallel: the render the site
    /// publishes, with its images and links to other guides, its paths for `layout`'s files.
    public func render(layout: PageLayout = .site) -> [RenderedGuide] {
        let jobs = locales.flatMap { strings in guides.filter { publication.isPublished($0.id, in: strings.locale) }.map { (guide: $0, strings: strings) } }
        let (labels, source, images, titles) = (self.labels, sourceLocale, self.images, titleTables())
        return ParallelMap.map(jobs) { job in
            GuideRenderer.render(
                job.guide, strings: job.strings, labels: labels,
                translations: Self.translations(catalogs, locale: job.strings.locale, guide: job.guide, source: source),
                sourceLocale: job.guide.locale ?? source, guideTitles: titles[job.strings.locale] ?? TitleTable([:]), images: images, layout: layout)
        }
    }

    /// How complete each locale's translations are, per guide and in total.
    public var translationStatus: L10nStatus { L10nStatus.compute(guides: guides, catalogs: catalogs) }
}
