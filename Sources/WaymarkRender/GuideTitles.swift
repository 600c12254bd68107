import WaymarkBase

/// Titles of the project's guides in a locale, for links to other guides and their steps (issue 15).
public protocol GuideTitles: Sendable {
    /// The plain title of the guide `id` in the page's locale.
    func title(of id: String) -> String?
    /// The locale whose page of guide `id` a link goes to when the page's own locale does not
    /// publish it (the first of its fallback chain that does); nil when it is in the page's locale.
    func pageLocale(of id: String) -> String?
    /// The language the title of guide `id` is in when it is not the page's: its stand-in page's,
    /// or the language the guide is written in when that stands in for a translation (issue 16);
    /// nil when it is in the page's language.
    func titleLocale(of id: String) -> String?
}

extension GuideTitles {
    public func pageLocale(of id: String) -> String? { nil }
    public func titleLocale(of id: String) -> String? { pageLocale(of: id) }
}

/// No other guides known: links show the guide id.
public struct NoGuideTitles: GuideTitles {
    public init() {}
    public func title(of id: String) -> String? { nil }
}

/// One guide's title as a page in some locale shows it, and the language it is in.
public struct ShownTitle: Sendable, Hashable {
    /// The plain title.
    public var text: String
    /// Its language: the shown page's, or the guide's own when the source stands in.
    public var locale: LocaleID
    public init(_ text: String, locale: LocaleID) {
        self.text = text
        self.locale = locale
    }
}

/// Titles by guide id.
public struct TitleTable: GuideTitles {
    let titles: [String: String]
    let pageLocales: [String: String]
    let titleLocales: [String: String]
    /// Wraps a table of plain titles by guide id, the locale of each guide published only in
    /// another locale, and the language of each title not in the page's (by default, the
    /// stand-in's: its title then is that locale's).
    public init(_ titles: [String: String], pageLocales: [String: String] = [:], titleLocales: [String: String]? = nil) {
        self.titles = titles
        self.pageLocales = pageLocales
        self.titleLocales = titleLocales ?? pageLocales
    }
    /// The titles a page in `locale` shows, marking those in another language.
    public init(_ shown: [String: ShownTitle], for locale: LocaleID, pageLocales: [String: String] = [:]) {
        self.init(shown.mapValues(\.text), pageLocales: pageLocales, titleLocales: shown.compactMapValues { $0.locale == locale ? nil : $0.locale.tag })
    }
    public func title(of id: String) -> String? { titles[id] }
    public func pageLocale(of id: String) -> String? { pageLocales[id] }
    public func titleLocale(of id: String) -> String? { titleLocales[id] }
}
