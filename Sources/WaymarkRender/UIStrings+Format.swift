import WaymarkBase
import WaymarkGuide
import WaymarkModel

// Issue 15's interface words come from the interface catalogs (the `format.*` keys); what is
// left here is number wording that is code, not text: waits with a bound ("up to an hour",
// Arabic's dual) and the sentence with an event's typical time, in English, Spanish, Brazilian
// Portuguese and Arabic along the locale's fallback chain, English elsewhere.

extension FormatStrings {
    /// The words of `text`'s locale: its catalogs' along the fallback chain, English for what none has.
    init(text: InterfaceText) {
        let locale = text.locale
        func keyed<Key>(_ prefix: String, _ name: @escaping @Sendable (Key) -> String) -> @Sendable (Key) -> String {
            let table = text
            return { table.text(prefix + name($0)) }
        }
        let quote = text.text("format.quote")
        self.init(
            guideAppliesWhen: text.text("format.guide-applies-when"), methodAppliesWhen: text.text("format.method-applies-when"),
            waitForEvent: keyed("format.wait-for.") { (kind: WaitEvent.Kind) in Self.name(kind) },
            usually: { Self.usually($0, locale: locale) },
            channelLead: keyed("format.channel.") { (channel: Channel) in Self.name(channel) },
            troubleshooting: text.text("format.troubleshooting"), errorMessage: text.text("format.error-message"), cause: text.text("format.cause"),
            fix: text.text("format.fix"), see: text.text("format.see"), quote: { quote.replacingPlaceholder("text", with: $0) },
            contactSupport: keyed("format.contact-support.") { (channel: SupportChannel) in Self.name(channel) },
            nextSteps: text.text("format.next-steps"), externalLink: text.text("format.external-link"))
    }

    static func name(_ kind: WaitEvent.Kind) -> String {
        switch kind {
        case .email: "email"
        case .textMessage: "text-message"
        case .notification: "notification"
        case .phoneCall: "phone-call"
        case .approval: "approval"
        case .review: "review"
        }
    }

    static func name(_ channel: Channel) -> String {
        switch channel {
        case .email: "email"
        case .textMessage: "text-message"
        case .notification: "notification"
        case .phoneCall: "phone-call"
        }
    }

    static func name(_ channel: SupportChannel) -> String {
        switch channel {
        case .email: "email"
        case .phone: "phone"
        case .chat: "chat"
        case .form: "form"
        }
    }

    /// The sentence with an event's typical time, along `locale`'s fallback chain; English otherwise.
    static func usually(_ duration: DurationRange, locale: LocaleID) -> String {
        for candidate in locale.fallbackChain {
            switch candidate.tag {
            case "en": return englishUsually(duration)
            case "pt-BR": return "Isso costuma levar \(PortugueseNumbers.duration(duration))."
            case "es": return "Suele tardar \(SpanishNumbers.duration(duration))."
            case "ar": return "يستغرق ذلك عادةً \(ArabicNumbers.duration(duration))."
            default: continue
            }
        }
        return englishUsually(duration)
    }

    static func englishUsually(_ duration: DurationRange) -> String {
        duration.bound == .upTo
            ? "This usually happens within \(EnglishNumbers.duration(duration).dropFirst(6))."
            : "This usually takes \(EnglishNumbers.duration(duration))."
    }

    /// A wait with a bound (`up to`, `at least`, `a few`) in `locale`'s words, along its fallback chain; English otherwise.
    static func boundedDuration(_ duration: DurationRange, locale: LocaleID) -> String {
        for candidate in locale.fallbackChain {
            switch candidate.tag {
            case "en": return EnglishNumbers.duration(duration)
            case "pt-BR": return PortugueseNumbers.duration(duration)
            case "es": return SpanishNumbers.duration(duration)
            case "ar": return ArabicNumbers.duration(duration)
            default: continue
            }
        }
        return EnglishNumbers.duration(duration)
    }
}

/// The plural category of `n` in `language` (CLDR's rules).
private func pluralCategory(_ n: Int, language: String) -> PluralCategory {
    PluralRules.forLocale(LocaleID(language) ?? .english).category(of: n)
}

/// Units with one singular and one plural form, as in Portuguese and Spanish.
struct RomanceUnits: Sendable {
    var seconds: (String, String), minutes: (String, String), hours: (String, String), days: (String, String)
    /// The language whose plural rules pick the form.
    var language: String

    func name(_ unit: DurationRange.Unit, count: Int) -> String {
        let forms =
            switch unit {
            case .seconds: seconds
            case .minutes: minutes
            case .hours: hours
            case .days: days
            }
        return pluralCategory(count, language: language) == .one ? forms.0 : forms.1
    }

    /// "1 minuto", or a range worded by `range` ("de 1 a 2") with the unit agreeing with its upper bound.
    func duration(_ duration: DurationRange, range: (Int, Int) -> String) -> String {
        if let upper = duration.upper { return "\(range(duration.lower, upper)) \(name(duration.unit, count: upper))" }
        return "\(duration.lower) \(name(duration.unit, count: duration.lower))"
    }
}

/// English wording of counts and durations.
enum EnglishNumbers {
    static func word(_ number: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return number < words.count ? words[number] : String(number)
    }

    static func duration(_ duration: DurationRange) -> String {
        let singular =
            switch duration.unit {
            case .seconds: "second"
            case .minutes: "minute"
            case .hours: "hour"
            case .days: "day"
            }
        // Issue 15: bounds and named values; one of a unit is "an hour", "a day" after a bound.
        func count(_ n: Int) -> String { n == 1 ? (duration.unit == .hours ? "an hour" : "a \(singular)") : "\(n) \(singular)s" }
        switch duration.bound {
        case .upTo: return "up to " + count(duration.lower)
        case .atLeast: return "at least " + count(duration.lower)
        case .aFew: return "a few \(singular)s"
        case .exact, .unknown: break
        }
        if let upper = duration.upper { return "\(duration.lower)–\(upper) \(singular)s" }
        return "\(duration.lower) \(singular)\(duration.lower == 1 ? "" : "s")"
    }
}

/// Spanish wording of durations: "1 minuto", "entre 1 y 2 minutos".
enum SpanishNumbers {
    static let units = RomanceUnits(
        seconds: ("segundo", "segundos"), minutes: ("minuto", "minutos"),
        hours: ("hora", "horas"), days: ("día", "días"), language: "es")

    static func duration(_ duration: DurationRange) -> String {
        // Issue 15: bounds and named values ("hora" is feminine: "unas horas").
        switch duration.bound {
        case .upTo: return "hasta " + units.duration(DurationRange(lower: duration.lower, unit: duration.unit)) { _, _ in "" }
        case .atLeast: return "al menos " + units.duration(DurationRange(lower: duration.lower, unit: duration.unit)) { _, _ in "" }
        case .aFew: return (duration.unit == .hours ? "unas " : "unos ") + units.name(duration.unit, count: 2)
        case .exact, .unknown: break
        }
        return units.duration(duration) { lower, upper in "entre \(lower) y \(upper)" }
    }
}

/// Portuguese wording of durations: "1 minuto", "de 1 a 2 minutos".
enum PortugueseNumbers {
    static let units = RomanceUnits(
        seconds: ("segundo", "segundos"), minutes: ("minuto", "minutos"),
        hours: ("hora", "horas"), days: ("dia", "dias"), language: "pt")

    static func duration(_ duration: DurationRange) -> String {
        // Issue 15: bounds and named values ("hora" is feminine: "algumas horas").
        switch duration.bound {
        case .upTo: return "até " + units.duration(DurationRange(lower: duration.lower, unit: duration.unit)) { _, _ in "" }
        case .atLeast: return "pelo menos " + units.duration(DurationRange(lower: duration.lower, unit: duration.unit)) { _, _ in "" }
        case .aFew: return (duration.unit == .hours ? "algumas " : "alguns ") + units.name(duration.unit, count: 2)
        case .exact, .unknown: break
        }
        return units.duration(duration) { lower, upper in "de \(lower) a \(upper)" }
    }
}

/// Arabic wording of durations, with the dual and the plural forms Arabic counts with:
/// "دقيقة واحدة", "دقيقتين", "5 دقائق", "15 دقيقة", "من دقيقة إلى دقيقتين".
enum ArabicNumbers {
    /// Singular, dual (accusative and genitive), plural for 3–10, and the singular that
    /// follows 11–99.
    static func forms(_ unit: DurationRange.Unit) -> (one: String, two: String, few: String, many: String) {
        switch unit {
        case .seconds: ("ثانية", "ثانيتين", "ثوانٍ", "ثانية")
        case .minutes: ("دقيقة", "دقيقتين", "دقائق", "دقيقة")
        case .hours: ("ساعة", "ساعتين", "ساعات", "ساعة")
        case .days: ("يوم", "يومين", "أيام", "يومًا")
        }
    }

    /// A count of a unit; `bare` drops "واحدة/واحد" after the singular (inside a range).
    static func count(_ n: Int, _ unit: DurationRange.Unit, bare: Bool = false) -> String {
        let forms = forms(unit)
        switch pluralCategory(n, language: "ar") {
        case .one: return bare ? forms.one : forms.one + (unit == .days ? " واحد" : " واحدة")
        case .two: return forms.two
        case .few: return "\(n) \(forms.few)"
        case .many: return "\(n) \(forms.many)"
        default: return "\(n) \(forms.one)"
        }
    }

    static func duration(_ duration: DurationRange) -> String {
        // Issue 15: bounds and named values; بضع with feminine nouns, بضعة with يوم (masculine).
        switch duration.bound {
        case .upTo: return "حتى " + count(duration.lower, duration.unit)
        case .atLeast: return count(duration.lower, duration.unit) + " على الأقل"
        case .aFew: return (duration.unit == .days ? "بضعة " : "بضع ") + forms(duration.unit).few
        case .exact, .unknown: break
        }
        guard let upper = duration.upper else { return count(duration.lower, duration.unit) }
        let lower = duration.lower <= 2 ? count(duration.lower, duration.unit, bare: true) : String(duration.lower)
        return "من \(lower) إلى \(count(upper, duration.unit, bare: true))"
    }
}
