import WaymarkBase
import WaymarkGuide
import WaymarkModel

// Issue 15's interface words (FormatStrings) keep the old mechanism of Swift tables, like issue 14's
// strings in UIStrings+Journeys.swift; `UIStrings.format` picks them along the locale's fallback chain.

extension FormatStrings {
    /// The table for `locale`, or for the first locale of its fallback chain that has one; English otherwise.
    static func forLocale(_ locale: LocaleID) -> FormatStrings {
        for candidate in locale.fallbackChain {
            switch candidate.tag {
            case "en": return .english
            case "pt-BR": return .brazilianPortuguese
            case "es": return .spanish
            case "ar": return .arabic
            default: continue
            }
        }
        return .english
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

// MARK: - Issue 15 (waits for events, channels, troubleshooting, links out): English
extension FormatStrings {
    static let english = FormatStrings(
        guideAppliesWhen: "This guide applies when:",
        methodAppliesWhen: "Use this method when:",
        waitForEvent: { kind in
            switch kind {
            case .email: "Wait for the email"
            case .textMessage: "Wait for the text message"
            case .notification: "Wait for the notification"
            case .phoneCall: "Wait for the phone call"
            case .approval: "Wait for the approval"
            case .review: "Wait for the review"
            }
        },
        usually: { duration in
            duration.bound == .upTo
                ? "This usually happens within \(EnglishNumbers.duration(duration).dropFirst(6))."
                : "This usually takes \(EnglishNumbers.duration(duration))."
        },
        channelLead: { channel in
            switch channel {
            case .email: "In the email:"
            case .textMessage: "In the text message:"
            case .notification: "In the notification:"
            case .phoneCall: "On the phone call:"
            }
        },
        troubleshooting: "Troubleshooting",
        errorMessage: "The message",
        cause: "Cause",
        fix: "What to do",
        see: "See",
        quote: { "“\($0)”" },
        contactSupport: { channel in
            switch channel {
            case .email: "Contact support by email:"
            case .phone: "Call support:"
            case .chat: "Chat with support:"
            case .form: "Contact support with the form:"
            }
        },
        nextSteps: "Next steps",
        externalLink: "(opens another site)"
    )
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

// MARK: - Issue 15 (waits for events, channels, troubleshooting, links out): Spanish
extension FormatStrings {
    static let spanish = FormatStrings(
        guideAppliesWhen: "Esta guía se aplica cuando:",
        methodAppliesWhen: "Usa este método cuando:",
        waitForEvent: { kind in
            switch kind {
            case .email: "Espera el correo"
            case .textMessage: "Espera el mensaje de texto"
            case .notification: "Espera la notificación"
            case .phoneCall: "Espera la llamada"
            case .approval: "Espera la aprobación"
            case .review: "Espera la revisión"
            }
        },
        usually: { duration in "Suele tardar \(SpanishNumbers.duration(duration))." },
        channelLead: { channel in
            switch channel {
            case .email: "En el correo:"
            case .textMessage: "En el mensaje de texto:"
            case .notification: "En la notificación:"
            case .phoneCall: "En la llamada:"
            }
        },
        troubleshooting: "Solución de problemas",
        errorMessage: "El mensaje",
        cause: "Causa",
        fix: "Qué hacer",
        see: "Consulta",
        quote: { "«\($0)»" },
        contactSupport: { channel in
            switch channel {
            case .email: "Escribe al soporte por correo:"
            case .phone: "Llama al soporte:"
            case .chat: "Chatea con el soporte:"
            case .form: "Escribe al soporte con el formulario:"
            }
        },
        nextSteps: "Próximos pasos",
        externalLink: "(abre otro sitio)"
    )
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

// MARK: - Issue 15 (waits for events, channels, troubleshooting, links out): Brazilian Portuguese
extension FormatStrings {
    static let brazilianPortuguese = FormatStrings(
        guideAppliesWhen: "Este guia se aplica quando:",
        methodAppliesWhen: "Use este método quando:",
        waitForEvent: { kind in
            switch kind {
            case .email: "Aguarde o e-mail"
            case .textMessage: "Aguarde a mensagem de texto"
            case .notification: "Aguarde a notificação"
            case .phoneCall: "Aguarde a ligação"
            case .approval: "Aguarde a aprovação"
            case .review: "Aguarde a análise"
            }
        },
        usually: { duration in "Isso costuma levar \(PortugueseNumbers.duration(duration))." },
        channelLead: { channel in
            switch channel {
            case .email: "No e-mail:"
            case .textMessage: "Na mensagem de texto:"
            case .notification: "Na notificação:"
            case .phoneCall: "Na ligação:"
            }
        },
        troubleshooting: "Solução de problemas",
        errorMessage: "A mensagem",
        cause: "Causa",
        fix: "O que fazer",
        see: "Veja",
        quote: { "“\($0)”" },
        contactSupport: { channel in
            switch channel {
            case .email: "Fale com o suporte por e-mail:"
            case .phone: "Ligue para o suporte:"
            case .chat: "Converse com o suporte:"
            case .form: "Fale com o suporte pelo formulário:"
            }
        },
        nextSteps: "Próximos passos",
        externalLink: "(abre outro site)"
    )
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

// MARK: - Issue 15 (waits for events, channels, troubleshooting, links out): Arabic
extension FormatStrings {
    static let arabic = FormatStrings(
        guideAppliesWhen: "ينطبق هذا الدليل عندما:",
        methodAppliesWhen: "استخدم هذه الطريقة عندما:",
        waitForEvent: { kind in
            switch kind {
            case .email: "انتظر وصول البريد الإلكتروني"
            case .textMessage: "انتظر وصول الرسالة النصية"
            case .notification: "انتظر وصول الإشعار"
            case .phoneCall: "انتظر المكالمة الهاتفية"
            case .approval: "انتظر الموافقة"
            case .review: "انتظر المراجعة"
            }
        },
        usually: { duration in "يستغرق ذلك عادةً \(ArabicNumbers.duration(duration))." },
        channelLead: { channel in
            switch channel {
            case .email: "في البريد الإلكتروني:"
            case .textMessage: "في الرسالة النصية:"
            case .notification: "في الإشعار:"
            case .phoneCall: "في المكالمة الهاتفية:"
            }
        },
        troubleshooting: "استكشاف الأخطاء وإصلاحها",
        errorMessage: "الرسالة",
        cause: "السبب",
        fix: "ما يجب فعله",
        see: "راجع",
        quote: { "«\($0)»" },
        contactSupport: { channel in
            switch channel {
            case .email: "تواصل مع الدعم عبر البريد الإلكتروني:"
            case .phone: "اتصل بالدعم:"
            case .chat: "تحدّث مع الدعم:"
            case .form: "تواصل مع الدعم عبر النموذج:"
            }
        },
        nextSteps: "الخطوات التالية",
        externalLink: "(يفتح موقعًا آخر)"
    )
}
