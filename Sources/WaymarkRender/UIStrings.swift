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

    /// The strings for `locale`, or nil when Waymark has none for it yet.
    public static func forLocale(_ locale: LocaleID) -> UIStrings? {
        switch locale.tag {
        case "en": .english
        default: nil
        }
    }

    /// English.
    public static let english = UIStrings(
        locale: .english,
        languageName: "English",
        siteTitle: "Help Center",
        guidesHeading: "Guides",
        skipToContent: "Skip to content",
        markdownLink: "View as Markdown",
        allGuides: "All guides",
        languagesLabel: "Languages",
        methodsIntro: { count in "There are \(EnglishNumbers.word(count)) ways to do this:" },
        methodPrefix: { number in "Method \(number): " },
        calloutLabel: { kind in
            switch kind {
            case .note: "Note"
            case .tip: "Tip"
            case .important: "Important"
            case .warning: "Warning"
            }
        },
        waitLabel: "Wait",
        waitFor: { duration in "Wait \(EnglishNumbers.duration(duration))" },
        waitBefore: "before",
        optionalLabel: "Optional:",
        outcomeTitle: "Result",
        fullStop: ".",
        actionSentence: { action in
            switch action {
            case .tap: "Tap {label}."
            case .click: "Click {label}."
            case .select: "Select {label}."
            case .openTab: "Open the {label} tab."
            case .type: "Type in {label}."
            case .toggle: "Turn {label} on or off."
            case .confirm: "Confirm with {label}."
            case .goBack: "Go back."
            case .openApp: "Open the app."
            case .openURL: "Go to {url}."
            case .wait: "Wait."
            }
        },
        openAppSentence: "Open the {name} app.",
        openURLSentence: "Go to {url}.",
        platformLead: { platforms in
            let names = platforms.map { platform -> String in
                switch platform {
                case "ios": "iPhone"
                case "ipados": "iPad"
                case "android": "Android"
                case "web": "the web"
                case "macos": "Mac"
                case "windows": "Windows"
                default: platform
                }
            }
            return "On " + names.joined(separator: " and ") + ":"
        }
    )
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
        if let upper = duration.upper { return "\(duration.lower)–\(upper) \(singular)s" }
        return "\(duration.lower) \(singular)\(duration.lower == 1 ? "" : "s")"
    }
}
