/// CLDR plural categories for the locales Waymark ships, for counts in interface strings.
enum PluralCategory {
    case zero, one, two, few, many, other

    /// The category of the whole number `n` in `language` (the language subtag).
    static func of(_ n: Int, language: String) -> PluralCategory {
        switch language {
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(n % 100) { return .few }
            if (11...99).contains(n % 100) { return .many }
            return .other
        case "pt":
            return n == 0 || n == 1 ? .one : .other
        default:
            return n == 1 ? .one : .other
        }
    }
}
