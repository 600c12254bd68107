import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkRender

/// Issue 15 and 16: a bounded wait ("up to an hour", "at least 2 days", "a few minutes") and an
/// event's typical time are interface strings with plural forms, so every shipped catalog words
/// them, for every plural category CLDR gives its language, with no Swift per language.
@Suite struct BoundedWaitCatalogTests {
    static let units: [DurationRange.Unit] = [.seconds, .minutes, .hours, .days]
    static let bounds: [DurationRange.Bound] = [.upTo, .atLeast, .aFew]

    /// CLDR's integer samples of a category ("1, 21, 31, …", "3~10, 103~110"), the whole numbers from 1 they name (at most 40).
    static func numbers(_ samples: String) -> [Int] {
        samples.split(separator: ",").flatMap { item -> [Int] in
            let bounds = item.split(separator: "~").compactMap { Int($0.trimmingWhitespace) }
            if bounds.count == 2 { return Array(bounds[0]...min(bounds[1], bounds[0] + 12)) }
            return bounds
        }.filter { $0 >= 1 }.prefix(40).map { $0 }
    }

    static func duration(_ n: Int, _ unit: DurationRange.Unit, _ bound: DurationRange.Bound) -> DurationRange {
        bound == .aFew ? DurationRange(lower: 2, upper: 5, unit: unit, bound: .aFew) : DurationRange(lower: n, unit: unit, bound: bound)
    }

    /// Every catalog × bound × unit × CLDR sample number: the form of the number's category is
    /// filled, translated, and shows the number wherever the category holds more than one number
    /// (Russian's "one" is 1, 21, 31…; English's is only 1, so "up to an hour" may drop it).
    @Test(arguments: InterfaceCatalogs.shippedLocales.map(\.tag), bounds)
    func everyCategoryOfEveryCatalogWordsTheBound(_ tag: String, _ bound: DurationRange.Bound) throws {
        let locale = try #require(LocaleID(tag))
        let strings = InterfaceCatalogs().strings(for: locale), english = UIStrings.english
        let rules = PluralRules.forLocale(locale)
        var checked = 0
        for unit in Self.units {
            for category in rules.integerCategories {
                let samples = Self.numbers(try #require(rules.samples(category)).integers)
                for n in samples {
                    let wait = Self.duration(n, unit, bound), text = strings.waitFor(wait)
                    #expect(!text.contains("{") && !text.contains("}"), "\(tag): '\(text)' has a placeholder left")
                    if locale != .english { #expect(text != english.waitFor(wait), "\(tag): '\(text)' is English") }
                    if bound != .aFew && samples.count > 1 {
                        #expect(text.contains(String(n)), "\(tag): '\(text)' for \(n) (\(category)) does not show the number")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 4)
    }

    /// The sentence after a wait for an event, with and without an upper bound, in every catalog.
    @Test(arguments: InterfaceCatalogs.shippedLocales.map(\.tag))
    func everyCatalogSaysTheTypicalTime(_ tag: String) throws {
        let locale = try #require(LocaleID(tag))
        let format = InterfaceCatalogs().strings(for: locale).format, english = UIStrings.english.format
        for wait in [DurationRange(lower: 2, unit: .days, bound: .upTo), DurationRange(lower: 1, upper: 2, unit: .days), Self.duration(2, .minutes, .aFew)] {
            let text = format.usually(wait)
            #expect(!text.contains("{") && !text.contains("}") && !text.isEmpty, "\(tag): '\(text)'")
            if locale != .english { #expect(text != english.usually(wait), "\(tag): '\(text)' is English") }
        }
    }

    @Test func languagesWordBoundsInTheirOwnGrammar() throws {
        let catalogs = InterfaceCatalogs()
        func wait(_ tag: String, _ duration: DurationRange) throws -> String { catalogs.strings(for: try #require(LocaleID(tag))).waitFor(duration) }
        #expect(try wait("ru", DurationRange(lower: 21, unit: .minutes, bound: .upTo)) == "Подождите до 21 минуты")
        #expect(try wait("ru", DurationRange(lower: 5, unit: .days, bound: .upTo)) == "Подождите до 5 дней")
        #expect(try wait("de", DurationRange(lower: 2, unit: .days, bound: .upTo)) == "Warte bis zu 2 Tagen")
        #expect(try wait("de", DurationRange(lower: 1, unit: .hours, bound: .atLeast)) == "Warte mindestens eine Stunde")
        #expect(try wait("he", DurationRange(lower: 2, unit: .hours, bound: .upTo)) == "יש להמתין עד שעתיים")
        #expect(try wait("ja", DurationRange(lower: 2, upper: 5, unit: .minutes, bound: .aFew)) == "数分待ちます")
        #expect(
            try catalogs.strings(for: try #require(LocaleID("de"))).format.usually(DurationRange(lower: 2, unit: .days, bound: .upTo)) == "Das dauert in der Regel bis zu 2 Tagen.")
        #expect(
            try catalogs.strings(for: try #require(LocaleID("fr"))).format.usually(DurationRange(lower: 2, unit: .days, bound: .upTo))
                == "Cela se produit généralement dans un délai de 2 jours.")
    }

    /// A project's `_interface.po` rewords a bound for its own voice; the other bounds stay Waymark's.
    @Test func aProjectOverridesABound() throws {
        let german = try #require(LocaleID("de"))
        var entry = POEntry(context: "duration.up-to.hours", msgid: "up to an hour", msgstr: "")
        entry.msgidPlural = "up to {n} hours"
        entry.pluralForms = ["höchstens eine Stunde", "höchstens {n} Stunden"]
        let catalogs = InterfaceCatalogs(project: [german: POFile(header: [], entries: [entry])])
        let strings = catalogs.strings(for: german)
        #expect(strings.waitFor(DurationRange(lower: 3, unit: .hours, bound: .upTo)) == "Warte höchstens 3 Stunden")
        #expect(strings.waitFor(DurationRange(lower: 1, unit: .hours, bound: .upTo)) == "Warte höchstens eine Stunde")
        #expect(strings.waitFor(DurationRange(lower: 3, unit: .days, bound: .upTo)) == "Warte bis zu 3 Tagen")
    }
}
