/// One CLDR plural condition (TR35 syntax: `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`),
/// parsed once and evaluated for any number.
struct PluralCondition: Sendable {
    /// `or` of `and`s of relations; empty means always true (the `other` rule).
    var alternatives: [[Relation]]

    struct Relation: Sendable {
        var operand: Character
        var modulus: Int?
        var equal: Bool
        var ranges: [ClosedRange<Int>]
    }

    /// Parses `text`, or nil when it is not a condition.
    init?(_ text: String) {
        alternatives = []
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return }
        for alternative in trimmed.split(separator: " or ") {
            var relations: [Relation] = []
            for relation in alternative.split(separator: " and ") {
                guard let parsed = Self.relation(String(relation)) else { return nil }
                relations.append(parsed)
            }
            alternatives.append(relations)
        }
    }

    static func relation(_ text: String) -> Relation? {
        let equal = !text.contains("!=")
        let sides = text.split(separator: equal ? "=" : "!=", omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let left = sides[0].split(separator: "%").map { $0.trimmingWhitespace }
        guard let operand = left.first?.first, left[0].count == 1, "nivwftce".contains(operand) else { return nil }
        var modulus: Int?
        if left.count == 2 { guard let value = Int(left[1]), value > 0 else { return nil }; modulus = value }
        var ranges: [ClosedRange<Int>] = []
        for item in sides[1].split(separator: ",") {
            let bounds = item.split(separator: "..", omittingEmptySubsequences: false).map { Int($0.trimmingWhitespace) }
            guard bounds.count <= 2, let lower = bounds[0], let upper = bounds.last ?? nil, lower <= upper else { return nil }
            ranges.append(lower...upper)
        }
        return ranges.isEmpty ? nil : Relation(operand: operand, modulus: modulus, equal: equal, ranges: ranges)
    }

    /// Whether the number with these operands satisfies the condition.
    func matches(_ x: PluralOperands) -> Bool {
        alternatives.isEmpty || alternatives.contains { $0.allSatisfy { $0.matches(x) } }
    }

    /// The condition as a C expression in gettext's `n` (a whole number: v, w, f, t, c, e are 0),
    /// or a constant when it does not depend on `n`.
    func cExpression() -> CExpression {
        var result = CExpression.constant(false)
        for alternative in alternatives.isEmpty ? [[]] : alternatives {
            var conjunction = CExpression.constant(true)
            for relation in alternative { conjunction = conjunction.and(relation.cExpression()) }
            result = result.or(conjunction)
        }
        return result
    }
}

extension PluralCondition.Relation {
    func matches(_ x: PluralOperands) -> Bool {
        let value: Int
        switch operand {
        case "n":
            // n is the absolute value: a number with a fraction equals no whole number.
            if x.trimmedFraction != 0 { return !equal }
            value = x.integer
        case "i": value = x.integer
        case "v": value = x.fractionDigits
        case "w": value = x.trimmedDigits
        case "f": value = x.fraction
        case "t": value = x.trimmedFraction
        default: value = x.exponent
        }
        let reduced = modulus.map { value % $0 } ?? value
        return ranges.contains { $0.contains(reduced) } == equal
    }

    func cExpression() -> CExpression {
        guard operand == "n" || operand == "i" else {
            return .constant(matches(PluralOperands(0)))
        }
        let subject = modulus.map { "n % \($0)" } ?? "n"
        let tests = ranges.map { range in
            range.lowerBound == range.upperBound
                ? "\(subject) == \(range.lowerBound)"
                : "\(subject) >= \(range.lowerBound) && \(subject) <= \(range.upperBound)"
        }
        let any = tests.count == 1 ? tests[0] : tests.map { "(\($0))" }.joined(separator: " || ")
        if equal { return .code(any) }
        if ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound { return .code("\(subject) != \(ranges[0].lowerBound)") }
        return .code("!(\(any))")
    }
}

/// A C expression for gettext's Plural-Forms, folding constants.
enum CExpression: Equatable {
    case constant(Bool)
    case code(String)

    func and(_ other: CExpression) -> CExpression {
        switch (self, other) {
        case (.constant(false), _), (_, .constant(false)): .constant(false)
        case (.constant(true), let x), (let x, .constant(true)): x
        case (.code(let a), .code(let b)): .code("(\(a)) && (\(b))")
        }
    }

    func or(_ other: CExpression) -> CExpression {
        switch (self, other) {
        case (.constant(true), _), (_, .constant(true)): .constant(true)
        case (.constant(false), let x), (let x, .constant(false)): x
        case (.code(let a), .code(let b)): .code("(\(a)) || (\(b))")
        }
    }
}
