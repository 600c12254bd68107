import WaymarkBase

/// A note set apart from the steps: attached to a guide, a method or a step.
public struct Callout: Hashable, Sendable {
    /// The kinds of callout, from least to most urgent.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case note, tip, important, warning
    }

    /// What kind of callout it is; decides its label and look.
    public var kind: Kind
    /// The callout's text.
    public var text: InlineText
    /// An image inside the callout (issue 15).
    public var image: GuideImage?

    /// Creates a callout.
    public init(kind: Kind, text: InlineText) {
        self.kind = kind
        self.text = text
    }
}
