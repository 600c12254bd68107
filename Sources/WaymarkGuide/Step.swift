import WaymarkBase
import WaymarkModel

/// One user action, with what follows from it.
public struct Step: Hashable, Sendable {
    /// The slug that names the step; its anchor on the page, the same in every locale.
    public var id: String
    /// The instruction, in inline Markdown. `{url}` stands for the step's URL and `{label}`
    /// for the target's UI label. When nil, the sentence is made from the action and label.
    public var text: InlineText?
    /// The action of the product model the step performs, and where it is written.
    public var action: Action?
    public var actionRange: SourceRange?
    /// The element of the current screen the action is performed on, and where it is written.
    public var target: String?
    public var targetRange: SourceRange?
    /// The platforms the step applies to; empty means every platform of its method.
    public var platforms: [String]
    public var platformsRange: SourceRange?
    /// The address an external-URL step opens (http or https).
    public var url: InlineText?
    /// Whether the user may skip the step.
    public var isOptional: Bool
    /// What the user sees once the step is done.
    public var result: InlineText?
    /// The options the user picks from at this step, as the product shows them.
    public var choices: Choices?
    /// Callouts about this step.
    public var callouts: [Callout]
    /// Sub-steps that together make up this step.
    public var substeps: [ProcedureItem]
    /// Where the `id` value is.
    public var idRange: SourceRange?
    /// Rule ids suppressed in this step and its sub-steps (`lint-ignore`).
    public var suppressions: [Suppression] = []
    /// What the step covers in its file, from its first key to its last value.
    public var extent: SourceRange?
    // Issue 15: steps done by someone else, or in a channel outside the product.
    /// Who does the step when it is not the reader ("Your admin"), translatable.
    public var actor: InlineText?
    /// The channel outside the product the step is done in (an email, a text message…).
    public var channel: Channel?
    public var channelRange: SourceRange?
    /// A screenshot or picture of the step.
    public var image: GuideImage?
    /// Journeys, navigation, conditions, expectations, values, variants and loops (issue 14).
    public var model = StepModelFields()

    /// Creates a step.
    public init(
        id: String, text: InlineText?, action: Action? = nil, target: String? = nil, platforms: [String] = [],
        url: InlineText? = nil, isOptional: Bool = false,
        result: InlineText? = nil, choices: Choices? = nil, callouts: [Callout] = [],
        substeps: [ProcedureItem] = [], idRange: SourceRange? = nil
    ) {
        self.id = id
        self.text = text
        self.action = action
        self.target = target
        self.platforms = platforms
        self.url = url
        self.isOptional = isOptional
        self.result = result
        self.choices = choices
        self.callouts = callouts
        self.substeps = substeps
        self.idRange = idRange
    }
}

/// Options shown on the product's screen at a step ("another company", "another tool", …).
public struct Choices: Hashable, Sendable {
    /// The sentence before the options.
    public var prompt: InlineText?
    /// The options, as the product lists them.
    public var options: [InlineText]

    /// Creates a set of choices.
    public init(prompt: InlineText? = nil, options: [InlineText]) {
        self.prompt = prompt
        self.options = options
    }
}
