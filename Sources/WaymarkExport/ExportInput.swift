import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkHelp
import WaymarkModel
import WaymarkRender

/// What the export reads: checked guides, their renders, and how each locale renders them.
/// It knows nothing of how they were loaded.
public struct ExportInput: Sendable {
    /// One published locale.
    public struct Locale: Sendable {
        /// Its interface strings.
        public var strings: UIStrings
        /// The texts of a guide (by id) in this locale, as the pages use them.
        public var translations: @Sendable (String) -> any GuideTranslations
        /// Translation counts per guide id.
        public var completeness: [String: BundleManifest.Completeness]

        /// Creates a locale.
        public init(
            strings: UIStrings, translations: @escaping @Sendable (String) -> any GuideTranslations,
            completeness: [String: BundleManifest.Completeness]
        ) {
            self.strings = strings
            self.translations = translations
            self.completeness = completeness
        }
    }

    /// The guides, the product model, and the context-help index of the check.
    public var guides: [Guide]
    public var model: ProductModel
    public var helpIndex: HelpIndex
    /// The locales, the source locale first.
    public var locales: [Locale]
    /// Every guide rendered in every locale (the site's render): fragments and Markdown pages.
    public var pages: [RenderedGuide]
    /// UI labels from the product model.
    public var labels: any ProductLabels
    /// The content's version and date when the project gives them; else made from the content.
    public var version: String?, date: String?
    /// The tool that writes the bundle (`waymark 0.1.0`).
    public var generator: String
    /// The images the guides show, checked and content-hashed; the bundle carries those it uses (issue 15).
    public var images: PublishedImages

    /// Creates the input of an export.
    public init(
        guides: [Guide], model: ProductModel, helpIndex: HelpIndex, locales: [Locale], pages: [RenderedGuide],
        labels: any ProductLabels, version: String? = nil, date: String? = nil, generator: String, images: PublishedImages = PublishedImages()
    ) {
        self.images = images
        self.guides = guides
        self.model = model
        self.helpIndex = helpIndex
        self.locales = locales
        self.pages = pages
        self.labels = labels
        self.version = version
        self.date = date
        self.generator = generator
    }

    /// The source locale.
    var sourceLocale: LocaleID { locales.first?.strings.locale ?? .english }

    /// The document builder of a guide in a locale: the same texts and labels as its page.
    /// `titles`: every guide's title in the locale, for links to other guides.
    func builder(_ locale: Locale, guide: String, titles: [String: String] = [:]) -> GuideDocumentBuilder {
        GuideDocumentBuilder(
            strings: locale.strings, labels: labels, translations: locale.translations(guide), sourceLocale: sourceLocale,
            guideTitles: TitleTable(titles), images: images, layout: .bundle)
    }
}
