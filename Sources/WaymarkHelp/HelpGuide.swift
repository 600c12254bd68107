/// A guide in one locale as structured data (`<locale>/<guide>.json`), for apps that draw
/// the steps with their own views. Every text comes as HTML (inline, safe) and as plain text.
public struct HelpGuide: Codable, Sendable, Hashable {
    /// The guide's id and the locale of this rendering.
    public var id: String, locale: String
    /// The title and summary.
    public var title: HelpText, summary: HelpText
    /// The topic the guide is listed under.
    public var topic: HelpText?
    /// When a reader needs the guide.
    public var appliesWhen: HelpConditions?
    /// Callouts about the whole guide.
    public var callouts: [HelpCallout]
    /// The alternative methods, in reading order.
    public var methods: [HelpMethod]
    /// What the reader has achieved at the end.
    public var outcome: HelpOutcome?
    /// Ids of guides to suggest after this one.
    public var related: [String]
    /// The product surfaces and platforms the methods cover.
    public var surfaces: [String], platforms: [String]
    /// Troubleshooting entries about the whole guide, and follow-up tasks (absent when it has none).
    public var troubleshooting: [HelpTroubleshootingEntry]?
    public var next: [HelpNextStep]?

    package init(id: String, locale: String, title: HelpText, summary: HelpText) {
        (self.id, self.locale, self.title, self.summary) = (id, locale, title, summary)
        (callouts, methods, related, surfaces, platforms) = ([], [], [], [], [])
    }
}

/// A text in two forms; `language` is set when the source text stands in for a missing or
/// out-of-date translation.
public struct HelpText: Codable, Sendable, Hashable {
    /// Inline HTML (`<strong>`, `<em>`, `<code>`, `<a>`), already sanitized.
    public var html: String
    /// The same text without markup.
    public var text: String
    /// The language of the text when it differs from the guide's locale.
    public var language: String?

    package init(html: String, text: String, language: String? = nil) {
        (self.html, self.text, self.language) = (html, text, language)
    }
}

/// A lead-in and a list of conditions ("Use this method when: …").
public struct HelpConditions: Codable, Sendable, Hashable {
    /// The lead-in ("Use this method when:"), if any.
    public var intro: HelpText?
    /// The conditions, in order.
    public var items: [HelpText]

    package init(intro: HelpText?, items: [HelpText]) { (self.intro, self.items) = (intro, items) }
}

/// A note, tip, important note or warning, with its label in the guide's locale.
public struct HelpCallout: Codable, Sendable, Hashable {
    /// `note`, `tip`, `important` or `warning`.
    public var kind: String
    /// The label to show ("Warning").
    public var label: String
    /// What the callout says.
    public var text: HelpText
    /// An image in the callout.
    public var image: HelpImage?

    package init(kind: String, label: String, text: HelpText) { (self.kind, self.label, self.text) = (kind, label, text) }
}

/// One method: a procedure of steps and waits.
public struct HelpMethod: Codable, Sendable, Hashable {
    /// The method's anchor.
    public var id: String
    /// The method's title.
    public var title: HelpText
    /// One sentence on when to use it, if written.
    public var summary: HelpText?
    /// The product surface it is carried out in, and the platforms it applies to (empty: all of the surface's).
    public var surface: String?
    /// The platforms it applies to (empty: all of the surface's).
    public var platforms: [String]
    /// When to use this method rather than another, if said.
    public var appliesWhen: HelpConditions?
    /// Notes and warnings before its steps.
    public var callouts: [HelpCallout]
    /// Its steps and waits, in order.
    public var steps: [HelpStep]
    /// Troubleshooting entries of this method (absent when it has none).
    public var troubleshooting: [HelpTroubleshootingEntry]?

    package init(id: String, title: HelpText) {
        (self.id, self.title) = (id, title)
        (platforms, callouts, steps) = ([], [], [])
    }
}

/// A step the user does, or a wait while the product does its part (`kind`).
public struct HelpStep: Codable, Sendable, Hashable {
    /// `step` or `wait`.
    public var kind: String
    /// The anchor, the same in every locale; the web view and deep links use it.
    public var id: String
    /// The step's number in its list (waits are not numbered; numbering carries on after them).
    public var number: Int?
    /// The sentence as the page shows it (UI labels from the model, in this locale).
    public var text: HelpText
    /// The product-model action and target element, and the element's UI label in this locale.
    public var action: String?, target: String?, label: String?
    /// The platforms the step applies to; empty means all of its method's.
    public var platforms: [String]
    /// Whether the user may skip it.
    public var optional: Bool
    /// The address the step opens.
    public var url: String?
    /// What the user sees once it is done.
    public var result: HelpText?
    /// The options shown on that screen.
    public var choices: HelpChoices?
    /// Notes and warnings at this step.
    public var callouts: [HelpCallout]
    /// Sub-steps.
    public var steps: [HelpStep]
    /// For a wait: how long, and what not to do meanwhile.
    public var wait: HelpWait?
    /// Who does the step when it is not the reader ("Your admin"), and the channel outside the
    /// product it is done in (`email`, `text-message`, `notification`, `phone-call`).
    public var actor: HelpText?, channel: String?
    /// A screenshot of the step.
    public var image: HelpImage?

    package init(kind: String, id: String, text: HelpText) {
        (self.kind, self.id, self.text) = (kind, id, text)
        (platforms, optional, callouts, steps) = ([], false, [], [])
    }
}

/// Options the product shows at a step.
public struct HelpChoices: Codable, Sendable, Hashable {
    /// What the product asks, if anything ("Choose a plan:").
    public var prompt: HelpText?
    /// The options, in the order shown.
    public var options: [HelpText]

    package init(prompt: HelpText?, options: [HelpText]) { (self.prompt, self.options) = (prompt, options) }
}

/// A typed wait: from `lower` to `upper` (when a range) in `unit`.
public struct HelpWait: Codable, Sendable, Hashable {
    /// The shortest time, in `unit`s.
    public var lower: Int
    /// The longest time, in `unit`s, when the wait is a range.
    public var upper: Int?
    /// `seconds`, `minutes`, `hours` or `days`.
    public var unit: String
    /// The longest time it allows, in seconds (for a timer).
    public var maximumSeconds: Int
    /// What not to do before the time has passed, and why.
    public var before: HelpText?, reason: HelpText?
    /// How the duration is meant: `exact` (or a range), `up-to`, `at-least`, `a-few`, or
    /// `unknown` (an event wait with no typical time; `lower` is then 0).
    public var bound: String?
    /// For a wait for an event, what it waits for; the duration is then its typical time.
    public var event: HelpWaitEvent?

    package init(lower: Int, upper: Int?, unit: String, maximumSeconds: Int, before: HelpText?, reason: HelpText?) {
        (self.lower, self.upper, self.unit, self.maximumSeconds, self.before, self.reason) = (lower, upper, unit, maximumSeconds, before, reason)
    }
}

/// What closes the guide.
public struct HelpOutcome: Codable, Sendable, Hashable {
    /// The outcome's heading ("You're done").
    public var title: HelpText
    /// A sentence on what has changed, if written.
    public var text: HelpText?
    /// What the user can now see or do, one item each.
    public var results: [HelpText]
    /// An image of the result.
    public var image: HelpImage?

    package init(title: HelpText, text: HelpText?, results: [HelpText]) { (self.title, self.text, self.results) = (title, text, results) }
}
