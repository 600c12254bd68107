import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// The words Waymark itself puts on a page, for one locale.
///
/// Read from the locale's interface catalog (`InterfaceText`); the keys and their English
/// texts are `InterfaceMessages`. Every page asks for its locale's strings.
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

    /// The resolved interface strings these are read from.
    public var text: InterfaceText
}

extension UIStrings {
    /// English, from the table of interface strings.
    public static let english = UIStrings(text: .english)

    /// The strings of a locale, read from its resolved interface catalog.
    public init(text: InterfaceText) {
        self.text = text
        locale = text.locale
        languageName = text.text("language.name")
        siteTitle = text.text("site.title")
        guidesHeading = text.text("site.guides-heading")
        skipToContent = text.text("site.skip-to-content")
        markdownLink = text.text("site.markdown-link")
        allGuides = text.text("site.all-guides")
        languagesLabel = text.text("site.languages-label")
        otherLanguages = text.text("site.other-languages")
        methodsIntro = { count in text.text("methods.intro", count: count) }
        methodPrefix = { number in text.text("method.prefix").replacingPlaceholder("n", with: String(number)) }
        calloutLabel = { kind in text.text("callout.\(kind.rawValue)") }
        labelSeparator = text.text("punctuation.label-separator")
        fullStop = text.text("punctuation.full-stop")
        waitLabel = text.text("wait.label")
        waitFor = { duration in text.text("wait.for").replacingPlaceholder("duration", with: Self.duration(duration, text)) }
        waitBefore = text.text("wait.before")
        optionalLabel = text.text("step.optional")
        outcomeTitle = text.text("outcome.title")
        // Opening a surface by name and signing in are made from `journey` (issue 14).
        actionSentence = { action in action == .open || action == .signIn ? "" : text.text("action." + Self.key(action)) }
        openAppSentence = text.text("action.open-app-named")
        openURLSentence = text.text("action.open-url")
        platformLead = { platforms in
            let names = platforms.map { platform in
                InterfaceMessages.byKey["platform.\(platform)"] == nil ? platform : text.text("platform.\(platform)")
            }
            let lead = text.text("platform.lead").replacingPlaceholder("platforms", with: names.joined(separator: text.text("platform.and")))
            return lead.prefix(1).uppercased() + lead.dropFirst()
        }
        stepNotTranslated = text.text("notice.step-not-translated")
        stepMayBeOutdated = text.text("notice.step-may-be-outdated")
        pageNotTranslated = text.text("notice.page-not-translated")
        pageMayBeOutdated = text.text("notice.page-may-be-outdated")
        site = SiteStrings(
            searchLabel: text.text("search.label"),
            searchNone: text.text("search.none"),
            searchResults: Dictionary(uniqueKeysWithValues: text.forms("search.results").map { ($0.key.rawValue, $0.value) }),
            breadcrumb: text.text("nav.breadcrumb"),
            onThisPage: text.text("nav.on-this-page"),
            relatedGuides: text.text("nav.related-guides"),
            copyLink: text.text("nav.copy-link"),
            linkCopied: text.text("nav.link-copied"),
            byTopic: text.text("index.by-topic"),
            byProduct: text.text("index.by-product"),
            otherTopics: text.text("index.other-topics"),
            notFoundTitle: text.text("not-found.title"),
            notFoundText: text.text("not-found.text")
        )
    }

    /// The key of an action's generated sentence.
    static func key(_ action: Action) -> String {
        switch action {
        case .tap: "tap"
        case .click: "click"
        case .select: "select"
        case .openTab: "open-tab"
        case .type: "type"
        case .toggle: "toggle"
        case .confirm: "confirm"
        case .goBack: "go-back"
        case .openApp: "open-app"
        case .openURL: "open-url"
        case .wait: "wait"
        case .open: "open"
        case .signIn: "sign-in"
        }
    }

    /// "2 minutes", or a range ("1–2 minutes") whose form follows its upper bound.
    static func duration(_ duration: DurationRange, _ text: InterfaceText) -> String {
        let unit =
            switch duration.unit {
            case .seconds: "seconds"
            case .minutes: "minutes"
            case .hours: "hours"
            case .days: "days"
            }
        // Issue 15: a bound is a plural form of its own ("up to an hour"); "a few" has no number.
        switch duration.bound {
        case .upTo: return text.text("duration.up-to.\(unit)", count: duration.lower)
        case .atLeast: return text.text("duration.at-least.\(unit)", count: duration.lower)
        case .aFew: return text.text("duration.a-few.\(unit)")
        case .exact, .unknown: break
        }
        guard let upper = duration.upper else { return text.text("duration.\(unit)", count: duration.lower) }
        let lower = text.text("duration.range-start.\(unit)", count: duration.lower)
        return text.text("duration.range.\(unit)", count: upper).replacingPlaceholder("lower", with: lower)
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
