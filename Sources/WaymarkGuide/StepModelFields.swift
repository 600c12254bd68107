import WaymarkBase

// MARK: Journeys, navigation, conditions, expectations, values, variants and loops (issue 14)

/// What issue 14 adds to a step; each field is optional, and each keeps where it is written.
public struct StepModelFields: Hashable, Sendable {
    /// The surface the step is done in, when it changes (a journey to another product or device).
    public var surface: String?
    public var surfaceRange: SourceRange?
    /// A navigation path: the elements to go through, in order, each checked hop by hop.
    public var navigate: [Reference] = []
    /// The condition under which the reader does the step ("you are asked for your password").
    public var condition: InlineText?
    /// The system branch of the model the step handles (`when: two-factor-on`).
    public var when: Reference?
    /// Whether the method ends after the step when its condition holds ("…you are done").
    public var exits: Bool = false
    /// Whether the step is what the reader does when the previous step's condition does not hold ("Otherwise:").
    public var otherwise: Bool = false
    public var otherwiseRange: SourceRange?
    /// The postcondition: the screen (and element) the reader then sees, with an optional text.
    public var expect: Expectation?
    /// A literal value the reader types, rendered as copyable code.
    public var value: InlineText?
    /// The variants the step applies to; empty means all.
    public var variants: [String] = []
    public var variantsRange: SourceRange?
    /// For a repeat over sub-steps: what is repeated over ("remaining partner").
    public var forEach: InlineText?
    /// System branches the guide says do not apply at this step.
    public var notApplicable: [Reference] = []

    /// No additions.
    public init() {}
}

/// A slug that names something in the product model, and where it is written.
public struct Reference: Hashable, Sendable {
    /// The slug.
    public var id: String
    /// Where it is written.
    public var range: SourceRange?

    /// Creates a reference.
    public init(_ id: String, range: SourceRange? = nil) {
        self.id = id
        self.range = range
    }
}

/// What the reader should see once a step is done, checked by the walk.
public struct Expectation: Hashable, Sendable {
    /// The screen.
    public var screen: Reference?
    /// An element that must be on it.
    public var element: Reference?
    /// What the reader sees, in their words ("The partner no longer appears.").
    public var text: InlineText?

    /// Creates an expectation.
    public init(screen: Reference? = nil, element: Reference? = nil, text: InlineText? = nil) {
        self.screen = screen
        self.element = element
        self.text = text
    }
}

/// Requirement ids a guide or method requires (`requires:`), each with where it is written.
public typealias Requirements = [Reference]
