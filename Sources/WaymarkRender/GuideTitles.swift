import WaymarkBase

/// Titles of the project's guides in a locale, for links to other guides and their steps (issue 15).
public protocol GuideTitles: Sendable {
    /// The plain title of the guide `id` in the page's locale.
    func title(of id: String) -> String?
}

/// No other guides known: links show the guide id.
public struct NoGuideTitles: GuideTitles {
    public init() {}
    public func title(of id: String) -> String? { nil }
}

/// Titles by guide id.
public struct TitleTable: GuideTitles {
    let titles: [String: String]
    /// Wraps a table of plain titles by guide id.
    public init(_ titles: [String: String]) { self.titles = titles }
    public func title(of id: String) -> String? { titles[id] }
}
