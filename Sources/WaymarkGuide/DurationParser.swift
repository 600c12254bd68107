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
        var scanner = DurationScanner(text)
        if scanner.word("a few") || scanner.word("a couple of") || scanner.word("several") || scanner.word("some") {
            return aFew(&scanner)
        }
        var bound = DurationRange.Bound.exact
        for (words, meaning) in boundWords where scanner.word(words) {
            bound = meaning
            break
        }
        guard let lower = scanner.number() else { return .failure(.noNumber) }
        if let failure = fraction(after: lower, &scanner) { return .failure(failure) }
        scanner.skipSpaces()
        var upper: Int?
        if let dash = scanner.rest.first, dash == "-" || dash == "–" || dash == "—" {
            scanner.rest.removeFirst()
            scanner.skipSpaces()
            guard let value = scanner.number() else { return .failure(.noNumber) }
            upper = value
            scanner.skipSpaces()
        } else if scanner.word("to") {
            guard let value = scanner.number() else { return .failure(.noNumber) }
            upper = value
            scanner.skipSpaces()
        }
        let unitName = scanner.letters()
        scanner.skipSpaces()
        guard !unitName.isEmpty else { return .failure(.noUnit) }
        guard let unit = units[unitName] else { return .failure(.unknownUnit(unitName)) }
        if !scanner.rest.isEmpty { return .failure(trailing(&scanner, lower, unit, single: bound == .exact && upper == nil)) }
        guard lower > 0, lower <= maximumValue, (upper ?? lower) <= maximumValue else { return .failure(.outOfRange) }
        if let upper, upper <= lower { return .failure(.emptyRange) }
        if upper != nil, bound != .exact { return .failure(.boundedRange) }
        return .success(DurationRange(lower: lower, upper: upper, unit: unit, bound: bound))
    }

    /// "a few minutes": after the words, a unit of more than one letter and nothing else.
    private static func aFew(_ scanner: inout DurationScanner) -> Result<DurationRange, Failure> {
        guard !scanner.rest.isEmpty else { return .failure(.noUnit) }
        let unitName = scanner.letters()
        scanner.skipSpaces()
        guard let unit = units[unitName], unitName.count > 1, scanner.rest.isEmpty else { return .failure(.unknownUnit(unitName)) }
        return .success(DurationRange(lower: aFewSpan.0, upper: aFewSpan.1, unit: unit, bound: .aFew))
    }

    /// "1.5 hours", "1,5 h": a fraction, which the reader's language would word differently.
    private static func fraction(after lower: Int, _ scanner: inout DurationScanner) -> Failure? {
        guard let mark = scanner.rest.first, mark == "." || mark == ",", scanner.rest.dropFirst().first?.isNumber == true else { return nil }
        scanner.rest.removeFirst()
        let fraction = scanner.rest.prefix { $0.isASCII && $0.isNumber }
        scanner.rest.removeFirst(fraction.count)
        scanner.skipSpaces()
        let written = "\(lower)\(mark)\(fraction)"
        let unit = units[String(scanner.rest.prefix { $0.isLetter })]
        return .fraction(written, unit.flatMap { smaller(whole: lower, fraction: String(fraction), unit: $0) })
    }

    /// What follows the unit: a bound written after a single value ("2 days or more"), or stray text.
    private static func trailing(_ scanner: inout DurationScanner, _ lower: Int, _ unit: DurationRange.Unit, single: Bool) -> Failure {
        if single, scanner.word("or more") || scanner.word("or longer") || scanner.word("+") || scanner.rest == "+" {
            return .trailingBound(lower, unit, atLeast: true)
        }
        if single, scanner.word("or less") || scanner.word("or fewer") || scanner.word("at most") || scanner.word("max") {
            return .trailingBound(lower, unit, atLeast: false)
        }
        return .trailingText(String(scanner.rest))
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

/// A duration's text being read from the left, lowercased, spaces after each part skipped.
struct DurationScanner {
    /// What is left to read.
    var rest: Substring

    init(_ text: String) {
        rest = Substring(text.lowercased())
        skipSpaces()
    }

    mutating func skipSpaces() { while rest.first == " " { rest.removeFirst() } }

    /// Reads `words` when they come next as whole words.
    mutating func word(_ words: String) -> Bool {
        guard rest.hasPrefix(words) else { return false }
        let after = rest.dropFirst(words.count)
        guard after.first.map({ !$0.isLetter }) ?? true else { return false }
        rest = after
        skipSpaces()
        return true
    }

    /// Reads a number of up to six digits, or "a"/"an" before a unit ("an hour": one).
    mutating func number() -> Int? {
        for article in ["an", "a"] {
            let saved = rest
            if word(article), DurationParser.units[String(rest.prefix { $0.isLetter })] != nil { return 1 }
            rest = saved
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        rest.removeFirst(digits.count)
        return Int(digits)
    }

    /// Reads the letters that come next (a unit's name), perhaps none.
    mutating func letters() -> String {
        let name = String(rest.prefix { $0.isLetter })
        rest.removeFirst(name.count)
        return name
    }
}
