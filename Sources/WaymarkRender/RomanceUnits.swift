import WaymarkGuide

/// Units with one singular and one plural form, as in Portuguese and Spanish.
struct RomanceUnits: Sendable {
    var seconds: (String, String), minutes: (String, String), hours: (String, String), days: (String, String)
    /// The language whose plural rules pick the form.
    var language: String

    func name(_ unit: DurationRange.Unit, count: Int) -> String {
        let forms = switch unit {
        case .seconds: seconds
        case .minutes: minutes
        case .hours: hours
        case .days: days
        }
        return PluralCategory.of(count, language: language) == .one ? forms.0 : forms.1
    }

    /// "1 minuto", or a range worded by `range` ("de 1 a 2") with the unit agreeing with its upper bound.
    func duration(_ duration: DurationRange, range: (Int, Int) -> String) -> String {
        if let upper = duration.upper { return "\(range(duration.lower, upper)) \(name(duration.unit, count: upper))" }
        return "\(duration.lower) \(name(duration.unit, count: duration.lower))"
    }
}
