import WaymarkBase
import WaymarkModel

/// The words issue 14's constructs put on a page (conditions, prerequisites, expectations,
/// navigation paths, journeys, loops), for one locale, from the interface catalogs (the
/// `journey.*` keys of ``InterfaceMessages``) along the locale's fallback chain.
public struct JourneyStrings: Sendable {
    /// The lead of a conditional step; `{condition}` is the condition's text ("If {condition}:").
    public var conditionLead: String
    /// What an early exit says ("You are done.").
    public var done: String
    /// The lead of the alternative to a conditional step ("Otherwise:").
    public var otherwise: String
    /// The heading of prerequisites.
    public var beforeYouBegin: String
    /// The name of a kind of requirement ("Role").
    public var requirementKind: @Sendable (Requirement.Kind) -> String
    /// The label of an expectation ("You should see:").
    public var expectLabel: String
    /// An expectation without text: `{screen}` is the screen's name.
    public var screenSentence: String
    /// The lead of a repeat; `{item}` is what is repeated over.
    public var forEachLead: String
    /// A navigation path's sentence; `{path}` is the labels joined by `pathSeparator`.
    public var navigate: String
    public var pathSeparator: String
    /// Opening a surface by name, and signing in to it; `{name}` is its name.
    public var open: String
    public var signIn: String
    /// Typing a value into a field; `{value}` is the value as code, `{label}` the field.
    public var typeValue: String
    /// The copy button of a value to type, and what it says once copied.
    public var copyValue: String
    public var valueCopied: String
    /// The label of the variant switcher, and its choice for every variant.
    public var showStepsFor: String
    public var allVariants: String
}

extension UIStrings {
    /// The journey words of this locale.
    public var journey: JourneyStrings { JourneyStrings(text: text) }
}

extension JourneyStrings {
    /// The words of `text`'s locale.
    init(text: InterfaceText) {
        let (role, plan, version, feature) = (
            text.text("journey.requirement.role"), text.text("journey.requirement.plan"), text.text("journey.requirement.version"),
            text.text("journey.requirement.feature")
        )
        self.init(
            conditionLead: text.text("journey.condition-lead"), done: text.text("journey.done"), otherwise: text.text("journey.otherwise"),
            beforeYouBegin: text.text("journey.before-you-begin"),
            requirementKind: { kind in
                switch kind {
                case .role: role
                case .plan: plan
                case .version: version
                case .feature: feature
                }
            },
            expectLabel: text.text("journey.expect-label"), screenSentence: text.text("journey.screen-sentence"),
            forEachLead: text.text("journey.for-each-lead"), navigate: text.text("journey.navigate"), pathSeparator: text.text("journey.path-separator"),
            open: text.text("journey.open"), signIn: text.text("journey.sign-in"), typeValue: text.text("journey.type-value"),
            copyValue: text.text("journey.copy-value"), valueCopied: text.text("journey.value-copied"), showStepsFor: text.text("journey.show-steps-for"),
            allVariants: text.text("journey.all-variants"))
    }
}
