import WaymarkGuide

/// Reads durations such as `30 seconds`, `1-2 minutes`, `1–2 min` or `2h`.
public enum DurationParser {
    /// The unit names a wait may use, and the unit each means.
    public static let units: [String: DurationRange.Unit] = [
        "s": .seconds, "sec": .seconds, "secs": .seconds, "second": .seconds, "seconds": .seconds,
        "m": .minutes, "min": .minutes, "mins": .minutes, "minute": .minutes, "minutes": .minutes,
        "h": .hours, "hr": .hours, "hrs": .hours, "hour": .hours, "hours": .hours,
        "d": .days, "day": .days, "days": .days,
    ]
    static let maximumValue = 10_000

    /// The duration, or a reason why `text` is not one.
    static func parse(_ text: String) -> Result<DurationRange, Failure> {
        var scanner = Substring(text.lowercased())
        func skipSpaces() { while scanner.first == " " { scanner.removeFirst() } }
        func number() -> Int? {
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            scanner.removeFirst(digits.count)
            return Int(digits)
        }
        skipSpaces()
        guard let lower = number() else { return .failure(.noNumber) }
        skipSpaces()
        var upper: Int?
        if let dash = scanner.first, dash == "-" || dash == "–" || dash == "—" {
            scanner.removeFirst()
            skipSpaces()
            guard let value = number() else { return .failure(.noNumber) }
            upper = value
            skipSpaces()
        }
        let unitName = String(scanner.prefix { $0.isLetter })
        scanner.removeFirst(unitName.count)
        skipSpaces()
        guard !unitName.isEmpty else { return .failure(.noUnit) }
        guard let unit = units[unitName], scanner.isEmpty else { return .failure(.unknownUnit(unitName)) }
        guard lower > 0, lower <= maximumValue, (upper ?? lower) <= maximumValue else { return .failure(.outOfRange) }
        if let upper, upper <= lower { return .failure(.emptyRange) }
        return .success(DurationRange(lower: lower, upper: upper, unit: unit))
    }

    enum Failure: Error, Equatable {
        case noNumber, noUnit, unknownUnit(String), outOfRange, emptyRange

        var explanation: String {
            switch self {
            case .noNumber: "it does not start with a whole number"
            case .noUnit: "it has no unit"
            case .unknownUnit(let unit): "'\(unit)' is not a unit"
            case .outOfRange: "durations run from 1 to \(DurationParser.maximumValue) units"
            case .emptyRange: "the second number of a range must be larger than the first"
            }
        }
    }
}
