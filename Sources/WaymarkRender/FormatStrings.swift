import WaymarkBase
import WaymarkGuide

/// The interface words of issue 15's constructs (conditions' lead-ins, event waits, channels,
/// troubleshooting, next steps), for one locale, from the interface catalogs (the `format.*`
/// keys of ``InterfaceMessages``); bounded waits are plural keys there too (`duration.up-to.*`).
public struct FormatStrings: Sendable {
    /// The lead-in of a guide's or a method's conditions written as a plain list.
    public var guideAppliesWhen: String
    public var methodAppliesWhen: String
    /// The words that lead a wait for an event ("Wait for the email").
    public var waitForEvent: @Sendable (WaitEvent.Kind) -> String
    /// The sentence with an event's typical time ("This usually happens within 2 days.").
    public var usually: @Sendable (DurationRange) -> String
    /// The lead-in of a step done in a channel outside the product ("In the email:").
    public var channelLead: @Sendable (Channel) -> String
    /// The troubleshooting section: its heading and the labels of an entry's parts.
    public var troubleshooting: String
    public var errorMessage: String
    public var cause: String
    public var fix: String
    public var see: String
    /// Quotation marks around an error message as the product shows it.
    public var quote: @Sendable (String) -> String
    /// The sentence that leads to support by a channel ("Contact support by email:").
    public var contactSupport: @Sendable (SupportChannel) -> String
    /// The heading of a guide's follow-up tasks.
    public var nextSteps: String
    /// Said to screen readers after a link that leaves the help site.
    public var externalLink: String
}

extension UIStrings {
    /// The locale's words for issue 15's constructs.
    public var format: FormatStrings { FormatStrings(text: text) }
}
