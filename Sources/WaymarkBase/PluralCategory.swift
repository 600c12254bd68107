/// A CLDR plural category, in CLDR's order.
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The operands of a number as CLDR's plural rules see it (TR35 "Plural Operand Meanings"),
/// read from its decimal digits, so `1.0` and `1` differ in `v`.
package struct PluralOperands: Sendable, Hashable {
    /// The integer digits (`i`).
    package var integer: Int
    /// The visible fraction digits as written (`f`, with `v` of them) and without trailing zeros (`t`, with `w`).
    package var fraction: Int, fractionDigits: Int, trimmedFraction: Int, trimmedDigits: Int
    /// The compact decimal exponent (`c`, `e`): `1c6` is 1000000 with exponent 6.
    package var exponent: Int

    /// The operands of a whole number.
    package init(_ n: Int) {
        integer = abs(n)
        fraction = 0; fractionDigits = 0; trimmedFraction = 0; trimmedDigits = 0; exponent = 0
    }

    /// The operands of a number written as CLDR writes samples: `12`, `1.50`, `1.1c6`; nil when it is not one.
    package init?(_ text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "c" || $0 == "e" }) {
            guard let value = Int(text[text.index(after: marker)...]), value >= 0 else { return nil }
            exponent = value
            mantissa = text[..<marker]
        }
        if mantissa.first == "-" { mantissa = mantissa.dropFirst() }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty, pieces.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        var integerDigits = String(pieces[0])
        var fractionDigits = pieces.count == 2 ? String(pieces[1]) : ""
        // The exponent moves the decimal point to the right.
        for _ in 0..<exponent {
            if fractionDigits.isEmpty { integerDigits += "0" } else { integerDigits.append(fractionDigits.removeFirst()) }
        }
        let trimmed = String(fractionDigits.reversed().drop { $0 == "0" }.reversed())
        guard let integer = Int(integerDigits) else { return nil }
        self.integer = integer
        self.fraction = Int(fractionDigits) ?? 0
        self.fractionDigits = fractionDigits.count
        self.trimmedFraction = Int(trimmed) ?? 0
        self.trimmedDigits = trimmed.count
        self.exponent = exponent
    }
}
