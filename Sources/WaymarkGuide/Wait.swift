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

    /// Creates a duration; `upper`, when given, must be greater than `lower`.
    public init(lower: Int, upper: Int? = nil, unit: Unit) {
        self.lower = lower
        self.upper = upper
        self.unit = unit
    }

    /// The longest time the range allows, in seconds.
    public var maximumSeconds: Int {
        let perUnit = switch unit {
        case .seconds: 1
        case .minutes: 60
        case .hours: 3600
        case .days: 86400
        }
        return (upper ?? lower) * perUnit
    }
}
