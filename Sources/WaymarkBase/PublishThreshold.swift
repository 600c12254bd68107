/// How much of a guide must be translated for its page in a locale to be published
/// (`publish: {minimum-translated: 80%}` in `waymark.yml`, or on a guide).
public struct PublishThreshold: Sendable, Hashable {
    /// The share of the guide's texts that must be current, in percent (0 to 100).
    public var percent: Int
    /// Where the value is written, when it comes from a file.
    public var range: SourceRange?

    /// A threshold of `percent` (clamped to 0...100).
    public init(percent: Int, range: SourceRange? = nil) {
        self.percent = min(100, max(0, percent))
        self.range = range
    }

    /// The default: every page is published, whatever its translation.
    public static let always = PublishThreshold(percent: 0)

    /// The percentage a value such as `80%` or `100%` gives, or nil when it is not one.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasSuffix("%"), let value = Int(trimmed.dropLast().trimmingWhitespace), (0...100).contains(value) else {
            return nil
        }
        return value
    }

    /// Whether `current` of `total` texts reach the threshold (a guide with no texts always does).
    public func isMet(current: Int, total: Int) -> Bool { total == 0 || current * 100 >= percent * total }
}
