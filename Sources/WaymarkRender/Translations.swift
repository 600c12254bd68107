import WaymarkBase

/// How a text on a page relates to its source.
public enum TranslationState: Sendable, Hashable {
    /// The page is in the source locale.
    case source
    /// A current translation.
    case translated
    /// No translation yet: the source text stands in.
    case missing
    /// The translation was made for an older source text: the source text stands in.
    case stale

    /// Whether the source text stands in for a translation.
    public var isFallback: Bool { self == .missing || self == .stale }
}

/// One text for the page's locale.
public struct TranslatedText: Sendable, Hashable {
    /// The inline Markdown to show.
    public var markdown: String
    /// Whether it is a translation, or the source standing in.
    public var state: TranslationState

    /// Creates a text.
    public init(markdown: String, state: TranslationState) {
        self.markdown = markdown
        self.state = state
    }
}

/// The one question the renderer asks about translations.
public protocol GuideTranslations: Sendable {
    /// The text for `key` in the page's locale, given the current source text.
    func text(for key: String, source: String) -> TranslatedText
}

/// The source locale: every text is its source.
public struct SourceTexts: GuideTranslations {
    /// Creates the source-locale answer.
    public init() {}
    public func text(for key: String, source: String) -> TranslatedText { TranslatedText(markdown: source, state: .source) }
}
