/// Reads durations such as `30 seconds`, `1-2 minutes`, `1–2 min`, `2h`, `up to 2 days`,
/// `at least an hour` and `a few minutes`.
public enum DurationParser {
    /// The unit names a wait may use, and the unit each means.
    public static let units: [String: DurationRange.Unit] = [
        "s": .seconds, "sec": .seconds, "secs": .seconds, "second": .seconds, "seconds": .seconds,
        "m": .minutes, "min": .minutes, "mins": .minutes, "minute": .minutes, "minutes": .minutes,
        "h": .hours, "hr": .hours, "hrs": .hours, "hour": .hours, "hours": .hours,
        "d": .days, "day": .days, "days": .days,
    ]
    package static let maximumValue = 10_000
    /// The words before a number that make it a bound, and the bound each means.
    public static let boundWords: [(String, DurationRange.Bound)] = [("up to", .upTo), ("within", .upTo), ("at least", .atLeast)]
    /// The usual span of "a few" units, for the longest time a wait may take.
    static let aFewSpan = (2, 5)

    /// The duration, or a reason why `text` is not one.
    package static func parse(_ text: String) -> Result<DurationRange, Failure> {
        var scanner = Substring(text.lowercased())
        func skipSpaces() { while scanner.first == " " { scanner.removeFirst() } }
        func word(_ words: String) -> Bool {
            guard scanner.hasPrefix(words) else { return false }
            let after = scanner.dropFirst(words.count)
            guard after.first.map({ !$0.isLetter }) ?? true else { return false }
            scanner = after
            skipSpaces()
            return true
        }
        func number() -> Int? {
            // "an hour", "a day": one of a unit, when a unit follows.
            for article in ["an", "a"] {
                let saved = scanner
                if word(article), units[String(scanner.prefix { $0.isLetter })] != nil { return 1 }
                scanner = saved
            }
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            scanner.removeFirst(digits.count)
            return Int(digits)
        }
        skipSpaces()
        var bound = DurationRange.Bound.exact
        if word("a few") || word("a couple of") || word("several") || word("some") {
            guard !scanner.isEmpty else { return .failure(.noUnit) }
            let unitName = String(scanner.prefix { $0.isLetter })
            scanner.removeFirst(unitName.count)
            skipSpaces()
            guard let unit = units[unitName], unitName.count > 1, scanner.isEmpty else { return .failure(.unknownUnit(unitName)) }
            return .success(DurationRange(lower: aFewSpan.0, upper: aFewSpan.1, unit: unit, bound: .aFew))
        }
        for (words, meaning) in boundWords where word(words) {
            bound = meaning
            break
        }
        let start = scanner
        guard let lower = number() else { return .failure(.noNumber) }
        // "1.5 hours", "1,5 h": a fraction, which the reader's language would word differently.
        if let mark = scanner.first, mark == "." || mark == ",", scanner.dropFirst().first?.isNumber == true {
            scanner.removeFirst()
            let fraction = scanner.prefix { $0.isASCII && $0.isNumber }
            scanner.removeFirst(fraction.count)
            skipSpaces()
            let written = "\(lower)\(mark)\(fraction)"
            let unit = units[String(scanner.prefix { $0.isLetter })]
            return .failure(.fraction(written, unit.flatMap { smaller(whole: lower, fraction: String(fraction), unit: $0) }))
        }
        skipSpaces()
        var upper: Int?
        if let dash = scanner.first, dash == "-" || dash == "–" || dash == "—" {
            scanner.removeFirst()
            skipSpaces()
            guard let value = number() else { return .failure(.noNumber) }
            upper = value
            skipSpaces()
        } else if word("to") {
            guard let value = number() else { return .failure(.noNumber) }
            upper = value
            skipSpaces()
        }
        let unitName = String(scanner.prefix { $0.isLetter })
        scanner.removeFirst(unitName.count)
        skipSpaces()
        guard !unitName.isEmpty else { return .failure(.noUnit) }
        guard let unit = units[unitName] else { return .failure(.unknownUnit(unitName)) }
        if !scanner.isEmpty {
            // "2 days or more", "1 hour or longer": a lower bound written after the value.
            if bound == .exact, upper == nil, word("or more") || word("or longer") || word("+") || scanner == "+" {
                return .failure(.trailingBound(lower, unit, atLeast: true))
            }
            if bound == .exact, upper == nil, word("or less") || word("or fewer") || word("at most") || word("max") {
                return .failure(.trailingBound(lower, unit, atLeast: false))
            }
            return .failure(.trailingText(String(scanner)))
        }
        guard lower > 0, lower <= maximumValue, (upper ?? lower) <= maximumValue else { return .failure(.outOfRange) }
        if let upper, upper <= lower { return .failure(.emptyRange) }
        if upper != nil, bound != .exact { return .failure(.boundedRange) }
        return .success(DurationRange(lower: lower, upper: upper, unit: unit, bound: bound))
    }

    /// The duration as a wait would write it (`1-2 minutes`, `up to 2 days`, `a few minutes`).
    public static func written(_ duration: DurationRange) -> String {
        let unit = duration.unit.rawValue
        func count(_ n: Int) -> String { "\(n) \(n == 1 ? String(unit.dropLast()) : unit)" }
        switch duration.bound {
        case .exact: return duration.upper.map { "\(duration.lower)-\($0) \(unit)" } ?? count(duration.lower)
        case .upTo: return "up to " + count(duration.lower)
        case .atLeast: return "at least " + count(duration.lower)
        case .aFew: return "a few \(unit)"
        case .unknown: return ""
        }
    }

    /// A fraction of a unit as a whole number of the next smaller unit: 1.5 hours is 90 minutes.
    static func smaller(whole: Int, fraction: String, unit: DurationRange.Unit) -> String? {
        let (factor, name): (Int, String) =
            switch unit {
            case .days: (24, "hours")
            case .hours: (60, "minutes")
            case .minutes: (60, "seconds")
            case .seconds: (0, "")
            }
        guard factor > 0, fraction.count <= 3, let digits = Int(fraction) else { return nil }
        var scale = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let total = whole * factor * scale + digits * factor
        guard total % scale == 0 else { return nil }
        return "\(total / scale) \(name)"
    }

    package enum Failure: Error, Equatable {
        case noNumber, noUnit, unknownUnit(String), outOfRange, emptyRange
        case fraction(String, String?), trailingBound(Int, DurationRange.Unit, atLeast: Bool), trailingText(String), boundedRange

        package var explanation: String {
            switch self {
            case .noNumber: "it does not start with a whole number, 'up to', 'at least' or 'a few'"
            case .noUnit: "it has no unit"
            case .unknownUnit(let unit): "'\(unit)' is not a unit"
            case .outOfRange: "durations run from 1 to \(DurationParser.maximumValue) units"
            case .emptyRange: "the second number of a range must be larger than the first"
            case .fraction(let number, _): "'\(number)' is not a whole number"
            case .trailingBound(_, _, let atLeast): "a bound goes before the number (\(atLeast ? "'at least'" : "'up to'")), not after it"
            case .trailingText(let text): "'\(text.prefix(30))' after the unit is not part of a duration"
            case .boundedRange: "a range already has both bounds, so it takes no 'up to' or 'at least'"
            }
        }

        /// What to write instead, when there is one clear rewrite.
        package var suggestion: String? {
            switch self {
            case .fraction(_, let rewrite): return rewrite
            case .trailingBound(let n, let unit, let atLeast):
                return (atLeast ? "at least " : "up to ") + "\(n) \(n == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)"
            default: return nil
            }
        }
    }
}
