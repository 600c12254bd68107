import WaymarkBase

/// Titles of the project's guides in a locale, for links to other guides and their steps (issue 15).
public protocol GuideTitles: Sendable {
    /// The plain title of the guide `id` in the page's locale.
    func title(of id: String) -> String?
    /// Where a link to the guide `id` goes from a guide page and from a Markdown page, when not
    /// to the same locale's (a guide not published in it, issue 16).
    func location(of id: String) -> (html: String, markdown: String)?
}

extension GuideTitles {
    public func location(of id: String) -> (html: String, markdown: String)? { nil }
}

/// No other guides known: links show the guide id.
public struct NoGuideTitles: GuideTitles {
    public init() {}
    public func title(of id: String) -> String? { nil }
}

/// Titles by guide id.
public struct TitleTable: GuideTitles {
    let titles: [String: String]
    /// The links of guides whose page is in another locale, by guide id.
    public var locations: [String: (html: String, markdown: String)] = [:]
    /// Wraps a table of plain titles by guide id.
    public init(_ titles: [String: String]) { self.titles = titles }
    public func title(of id: String) -> String? { titles[id] }
    public func location(of id: String) -> (html: String, markdown: String)? { locations[id] }
}
