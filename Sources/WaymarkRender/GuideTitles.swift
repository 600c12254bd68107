import WaymarkBase

/// Titles of the project's guides in a locale, for links to other guides and their steps (issue 15).
public protocol GuideTitles: Sendable {
    /// The plain title of the guide `id` in the page's locale.
    func title(of id: String) -> String?
    /// The locale whose page of guide `id` a link goes to when the page's own locale does not
    /// publish it (the first of its fallback chain that does); nil when it is in the page's locale.
    func pageLocale(of id: String) -> String?
}

extension GuideTitles {
    public func pageLocale(of id: String) -> String? { nil }
}

/// No other guides known: links show the guide id.
public struct NoGuideTitles: GuideTitles {
    public init() {}
    public func title(of id: String) -> String? { nil }
}

/// Titles by guide id.
public struct TitleTable: GuideTitles {
    let titles: [String: String]
    let pageLocales: [String: String]
    /// Wraps a table of plain titles by guide id, and the locale of each guide published only in
    /// another locale (its title then is that locale's).
    public init(_ titles: [String: String], pageLocales: [String: String] = [:]) {
        self.titles = titles
        self.pageLocales = pageLocales
    }
    public func title(of id: String) -> String? { titles[id] }
    public func pageLocale(of id: String) -> String? { pageLocales[id] }
}
