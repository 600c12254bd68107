import WaymarkBase

/// A typed wait: the user lets time pass while the product or platform does its part.
public struct Wait: Hashable, Sendable {
    /// The slug that names the wait; its anchor on the page.
    public var id: String
    /// How long to wait.
    public var duration: DurationRange
    /// What not to do before the time has passed, e.g. "you create a new connection".
    public var before: InlineText?
    /// What the product does meanwhile, e.g. "WhatsApp releases the number for reuse."
    public var reason: InlineText?
    /// Where the `id` value is.
    public var idRange: SourceRange?
    // Issue 15: waits for an event (an email, a text message, someone's approval…).
    /// What the user waits for, when it is an event rather than a length of time; then
    /// `duration` is the typical time (`usually:`), or ``DurationRange/unknown`` without one.
    public var event: WaitEvent?

    /// Creates a wait.
    public init(id: String, duration: DurationRange, before: InlineText? = nil, reason: InlineText? = nil, idRange: SourceRange? = nil) {
        self.id = id
        self.duration = duration
        self.before = before
        self.reason = reason
        self.idRange = idRange
    }
}

/// A duration or range of durations in one unit, such as 1–2 minutes or 30 seconds.
public struct DurationRange: Hashable, Sendable {
    /// The unit both bounds are counted in.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case seconds, minutes, hours, days
    }

    /// The lower bound (or the only value), in `unit`.
    public var lower: Int
    /// The upper bound in `unit`, for a range.
    public var upper: Int?
    /// The unit.
    public var unit: Unit
    /// Whether the value is exact (or a range), a bound ("up to 2 days", "at least an hour"),
    /// or a vague named value ("a few minutes") that each locale words idiomatically.
    public var bound: Bound = .exact

    /// How a duration is meant.
    public enum Bound: String, Hashable, Sendable, CaseIterable {
        /// `lower` (or `lower`–`upper`) units.
        case exact
        /// At most `lower` units: "up to 2 days", "within 2 days".
        case upTo = "up-to"
        /// At least `lower` units: "at least 1 hour", "1 hour or more".
        case atLeast = "at-least"
        /// A few units, as a named value: "a few minutes" (`lower`–`upper` is its usual span).
        case aFew = "a-few"
        /// No time given: an event wait without `usually`.
        case unknown
    }

    /// Creates a duration; `upper`, when given, must be greater than `lower`.
    public init(lower: Int, upper: Int? = nil, unit: Unit, bound: Bound = .exact) {
        self.lower = lower
        self.upper = upper
        self.unit = unit
        self.bound = bound
    }

    /// The duration of an event wait that gives no typical time.
    public static let unknown = DurationRange(lower: 0, unit: .days, bound: .unknown)

    /// The longest time the range allows, in seconds.
    public var maximumSeconds: Int {
        let perUnit =
            switch unit {
            case .seconds: 1
            case .minutes: 60
            case .hours: 3600
            case .days: 86400
            }
        return (upper ?? lower) * perUnit
    }
}

/// What an event wait waits for: something that arrives through a channel, or someone else's decision.
public struct WaitEvent: Hashable, Sendable {
    /// The kinds of event.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case email, textMessage = "text-message", notification, phoneCall = "phone-call"
        /// Another person's approval (an admin, the invitee, a partner).
        case approval
        /// A review by the product's staff.
        case review

        /// The channel the event arrives through, when it is one a step can be done in.
        public var channel: Channel? { Channel(rawValue: rawValue) }
    }

    /// What arrives or is decided.
    public var kind: Kind
    /// The event in the author's words ("the confirmation email from Example"), translatable.
    public var text: InlineText?
    /// Where `wait-for` is written.
    public var range: SourceRange?

    /// Creates an event.
    public init(kind: Kind, text: InlineText? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}

/// A channel outside the product where a step is done: the user reads an email, a text message…
public enum Channel: String, Hashable, Sendable, CaseIterable {
    case email, textMessage = "text-message", notification, phoneCall = "phone-call"
}
