import WaymarkBase

// Issue 15: the rules of waits for events, actors and channels, troubleshooting, links out and images.
extension LoaderRule {

    public static let unknownEvent = RuleDefinition(
        "guide.unknown-event", .error, summary: "A wait's `wait-for` that is not one of the events Waymark knows.",
        explanation:
            "The event decides how the wait is worded in every locale (Wait for the email, Wait for approval) and which channel the checker and the app export see, so an unknown event cannot be shown and the wait is left out.",
        fix: "Use one of `email`, `text-message`, `notification`, `phone-call`, `approval` or `review` (the diagnostic suggests the nearest), for example `wait-for: email`.",
        configurable: false)
    public static let unknownChannel = RuleDefinition(
        "guide.unknown-channel", .error, summary: "A step's `channel`, or a troubleshooting entry's `contact-support` channel, that Waymark does not know.",
        explanation:
            "The channel decides the step's lead-in in every locale (In the email: …) and tells the checker the step is done outside the product; an unknown one would leave the reader without it.",
        fix: "Use one of the channels the diagnostic lists, for example `channel: email` on a step, or `contact-support: {channel: chat, url: https://example.com/help}`.",
        configurable: false)
    public static let unfilledPlaceholder = RuleDefinition(
        "guide.unfilled-placeholder", .error, summary: "A `{label}` or `{url}` in a text where Waymark has nothing to fill it with.",
        explanation:
            "A step's result and callouts are filled with the step's target label and URL, but a guide's or method's callout, an outcome, or a step without `target` has none, so the page would print the braces literally.",
        fix: "Write the label in the text (`**Settings**`), or add `target:` (or `url:`) to the step the text belongs to.",
        configurable: false)
    public static let brokenAnchor = RuleDefinition(
        "guide.broken-link", .error, summary: "A link to a step of this page (`#step`) or of another guide (`guide#step`) that does not exist.",
        explanation:
            "Step anchors are the same in every locale, so a link to one that is not there lands readers at the top of the page (or on no page at all) in every language.",
        fix:
            "Use the id of a method, step, wait or troubleshooting entry of the guide (the diagnostic suggests the nearest), for example `[go back to step 2](#open-settings)` or `next: [reset-password#open-app]`.",
        configurable: false)

    /// Their definitions, for `docs/rules.md`, `waymark rules` and SARIF.
    public static let formatDefinitions: [RuleDefinition] = [
        unknownEvent,
        unknownChannel,
        unfilledPlaceholder,
        brokenAnchor,
    ]
}
