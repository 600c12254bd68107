import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// The words Waymark itself puts on a page, for one locale.
///
/// Only the source locale exists yet; the localization work adds the others. Every page
/// asks for its locale's strings, so nothing assumes there is a single locale.
public struct UIStrings: Sendable {
    /// The locale these strings are for.
    public var locale: LocaleID
    /// The language's own name, for language lists.
    public var languageName: String
    /// The site's name on index pages and in titles.
    public var siteTitle: String
    /// The heading of a locale's list of guides.
    public var guidesHeading: String
    /// The skip link's text.
    public var skipToContent: String
    /// The link to a guide's Markdown page.
    public var markdownLink: String
    /// The link back to the list of guides.
    public var allGuides: String
    /// The label of the language list.
    public var languagesLabel: String
    /// A line naming the number of ways to do the task ("There are 2 ways to do this:").
    public var methodsIntro: @Sendable (Int) -> String
    /// The prefix of a method heading when there are several ("Method 1: ").
    public var methodPrefix: @Sendable (Int) -> String
    /// The label of a callout.
    public var calloutLabel: @Sendable (Callout.Kind) -> String
    /// The label of a wait.
    public var waitLabel: String
    /// The words that lead a wait ("Wait 1–2 minutes").
    public var waitFor: @Sendable (DurationRange) -> String
    /// The word that joins the wait to what it comes before ("before").
    public var waitBefore: String
    /// The label of an optional step.
    public var optionalLabel: String
    /// The outcome heading when the guide gives none.
    public var outcomeTitle: String
    /// The sentence that ends a clause, with its punctuation.
    public var fullStop: String
    /// The sentence for a step with an action and no text; `{label}` is the element's UI label.
    public var actionSentence: @Sendable (Action) -> String
    /// The sentence for opening an app; `{name}` is the app's name.
    public var openAppSentence: String
    /// The sentence for opening a web address; `{url}` is the link.
    public var openURLSentence: String
    /// The lead-in of a step that applies on some platforms only ("On iPhone:").
    public var platformLead: @Sendable ([String]) -> String
    /// What follows a callout's label ("Tip:").
    public var labelSeparator: String
    /// The notices where the source text stands in for a translation, on a step and on a page.
    public var stepNotTranslated: String
    public var stepMayBeOutdated: String
    public var pageNotTranslated: String
    public var pageMayBeOutdated: String
    /// The label of the language switcher.
    public var otherLanguages: String
    /// Navigation and search words.
    public var site: SiteStrings

    /// The strings for `locale`, or nil when Waymark has none for it yet.
    public static func forLocale(_ locale: LocaleID) -> UIStrings? {
        switch locale.tag {
        case "en": .english
        case "pt-BR": .brazilianPortuguese
        case "es": .spanish
        case "ar": .arabic
        default: nil
        }
    }

    /// The locales Waymark has interface strings for.
    public static let supportedLocales = ["ar", "en", "es", "pt-BR"].compactMap(LocaleID.init)
}

/// English wording of counts and durations.
enum EnglishNumbers {
    static func word(_ number: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return number < words.count ? words[number] : String(number)
    }

    static func duration(_ duration: DurationRange) -> String {
        let singular = switch duration.unit {
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

/// The words of the site's navigation, search and error pages, for one locale.
public struct SiteStrings: Sendable {
    /// The search field's label.
    public var searchLabel: String
    /// The search status when nothing matches.
    public var searchNone: String
    /// The search status for `n` results, by CLDR plural category (`one`, `other`, …), with `{n}`.
    public var searchResults: [String: String]
    /// The label of the breadcrumb trail.
    public var breadcrumb: String
    /// The heading of the list of methods on a guide page.
    public var onThisPage: String
    /// The heading of related guides.
    public var relatedGuides: String
    /// The copy-link control of a step, and what it says once the link is copied.
    public var copyLink: String
    public var linkCopied: String
    /// The index page's groupings.
    public var byTopic: String
    public var byProduct: String
    public var otherTopics: String
    /// The 404 page.
    public var notFoundTitle: String
    public var notFoundText: String
}
