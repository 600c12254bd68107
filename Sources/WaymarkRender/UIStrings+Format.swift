import WaymarkBase
import WaymarkGuide
import WaymarkModel

// Issue 15's interface words, all from the interface catalogs (the `format.*`, `wait.*` and
// `duration.*` keys): bounds ("up to an hour", Arabic's dual) are plural forms, not code.

extension FormatStrings {
    /// The words of `text`'s locale: its catalogs' along the fallback chain, English for what none has.
    init(text: InterfaceText) {
        func keyed<Key>(_ prefix: String, _ name: @escaping @Sendable (Key) -> String) -> @Sendable (Key) -> String {
            let table = text
            return { table.text(prefix + name($0)) }
        }
        let quote = text.text("format.quote")
        self.init(
            guideAppliesWhen: text.text("format.guide-applies-when"), methodAppliesWhen: text.text("format.method-applies-when"),
            waitForEvent: keyed("format.wait-for.") { (kind: WaitEvent.Kind) in Self.name(kind) },
            usually: { [text] in Self.usually($0, text: text) },
            channelLead: keyed("format.channel.") { (channel: Channel) in Self.name(channel) },
            troubleshooting: text.text("format.troubleshooting"), errorMessage: text.text("format.error-message"), cause: text.text("format.cause"),
            fix: text.text("format.fix"), see: text.text("format.see"), quote: { quote.replacingPlaceholder("text", with: $0) },
            contactSupport: keyed("format.contact-support.") { (channel: SupportChannel) in Self.name(channel) },
            nextSteps: text.text("format.next-steps"), externalLink: text.text("format.external-link"))
    }

    static func name(_ kind: WaitEvent.Kind) -> String {
        switch kind {
        case .email: "email"
        case .textMessage: "text-message"
        case .notification: "notification"
        case .phoneCall: "phone-call"
        case .approval: "approval"
        case .review: "review"
        }
    }

    static func name(_ channel: Channel) -> String {
        switch channel {
        case .email: "email"
        case .textMessage: "text-message"
        case .notification: "notification"
        case .phoneCall: "phone-call"
        }
    }

    static func name(_ channel: SupportChannel) -> String {
        switch channel {
        case .email: "email"
        case .phone: "phone"
        case .chat: "chat"
        case .form: "form"
        }
    }

    /// The sentence with an event's typical time: "This usually happens within 2 days." for an
    /// upper bound (`{duration}` is "2 days", `{bound}` "up to 2 days", for languages whose
    /// "within" would need another case), "This usually takes 1–2 days." otherwise.
    static func usually(_ duration: DurationRange, text: InterfaceText) -> String {
        if duration.bound == .upTo {
            let bound = UIStrings.duration(DurationRange(lower: duration.lower, unit: duration.unit), text)
            return text.text("wait.usually-within").replacingPlaceholder("duration", with: bound)
                .replacingPlaceholder("bound", with: UIStrings.duration(duration, text))
        }
        return text.text("wait.usually").replacingPlaceholder("duration", with: UIStrings.duration(duration, text))
    }
}
