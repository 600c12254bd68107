/// gettext's `Plural-Forms` value: `nplurals=N; plural=EXPRESSION;`, where the expression is
/// C over `n` (integers, `?:`, `||`, `&&`, comparisons, `+ - * / %`, `!`, parentheses).
enum PluralForms {
    /// What is wrong with the value, in words, or nil.
    static func problem(_ value: String) -> String? {
        let parts = value.split(separator: ";", omittingEmptySubsequences: true).map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        guard parts.count == 2, parts[0].hasPrefix("nplurals="), parts[1].hasPrefix("plural=") else {
            return "it must be 'nplurals=N; plural=EXPRESSION;'"
        }
        guard let count = Int(parts[0].dropFirst("nplurals=".count).trimmingWhitespace), (1...6).contains(count) else {
            return "nplurals must be a whole number from 1 to 6"
        }
        var parser = Parser(String(parts[1].dropFirst("plural=".count)))
        guard let expression = parser.parse() else { return "the plural expression '\(parts[1].dropFirst("plural=".count))' is not a C expression of n" }
        for n in 0...1000 {
            guard let form = expression(n), form >= 0, form < count else {
                return "for n = \(n) the expression gives a form outside 0…\(count - 1) (or divides by zero)"
            }
        }
        return nil
    }

    typealias Expression = (Int) -> Int?

    /// A recursive-descent parser with C's precedence.
    struct Parser {
        let tokens: [String]
        var position = 0

        init(_ text: String) {
            var tokens: [String] = []
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == " " || scalar == "\t" { index += 1; continue }
                if ("0"..."9").contains(scalar) {
                    var end = index
                    while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                    tokens.append(String(String.UnicodeScalarView(scalars[index..<end])))
                    index = end
                    continue
                }
                let two = index + 1 < scalars.count ? String(scalar) + String(scalars[index + 1]) : ""
                if ["||", "&&", "==", "!=", "<=", ">="].contains(two) {
                    tokens.append(two)
                    index += 2
                } else {
                    tokens.append(String(scalar))
                    index += 1
                }
            }
            self.tokens = tokens
        }

        mutating func parse() -> Expression? {
            guard let expression = ternary(), position == tokens.count else { return nil }
            return expression
        }

        var next: String? { position < tokens.count ? tokens[position] : nil }

        mutating func take(_ token: String) -> Bool {
            guard next == token else { return false }
            position += 1
            return true
        }

        mutating func ternary() -> Expression? {
            guard let condition = binary(0) else { return nil }
            guard take("?") else { return condition }
            guard let yes = ternary(), take(":"), let no = ternary() else { return nil }
            return { n in condition(n).flatMap { $0 != 0 ? yes(n) : no(n) } }
        }

        static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]]

        mutating func binary(_ level: Int) -> Expression? {
            guard level < Self.levels.count else { return unary() }
            guard var left = binary(level + 1) else { return nil }
            while let op = next, Self.levels[level].contains(op) {
                position += 1
                guard let right = binary(level + 1) else { return nil }
                let lhs = left
                left = { n in
                    guard let a = lhs(n), let b = right(n) else { return nil }
                    switch op {
                    case "||": return (a != 0 || b != 0) ? 1 : 0
                    case "&&": return (a != 0 && b != 0) ? 1 : 0
                    case "==": return a == b ? 1 : 0
                    case "!=": return a != b ? 1 : 0
                    case "<": return a < b ? 1 : 0
                    case ">": return a > b ? 1 : 0
                    case "<=": return a <= b ? 1 : 0
                    case ">=": return a >= b ? 1 : 0
                    case "+": return a &+ b
                    case "-": return a &- b
                    case "*": return a &* b
                    case "/": return b == 0 ? nil : a / b
                    default: return b == 0 ? nil : a % b
                    }
                }
            }
            return left
        }

        mutating func unary() -> Expression? {
            if take("!") {
                guard let operand = unary() else { return nil }
                return { n in operand(n).map { $0 == 0 ? 1 : 0 } }
            }
            if take("(") {
                guard let inner = ternary(), take(")") else { return nil }
                return inner
            }
            if take("n") { return { n in n } }
            if let token = next, let value = Int(token) {
                position += 1
                return { _ in value }
            }
            return nil
        }
    }
}
