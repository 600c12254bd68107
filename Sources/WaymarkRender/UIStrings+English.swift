import WaymarkBase
import WaymarkModel

extension UIStrings {
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
            case .open, .signIn: ""  // issue 14: made from UIStrings.journey
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
        },
        labelSeparator: ":",
        stepNotTranslated: "This step is not translated yet.",
        stepMayBeOutdated: "The translation of this step may be out of date.",
        pageNotTranslated: "Parts of this page are not translated yet.",
        pageMayBeOutdated: "Parts of this page may be out of date.",
        otherLanguages: "Other languages",
        site: SiteStrings(
            searchLabel: "Search the help",
            searchNone: "No guide matches.",
            searchResults: ["one": "{n} guide matches.", "other": "{n} guides match."],
            breadcrumb: "Breadcrumb",
            onThisPage: "On this page",
            relatedGuides: "Related guides",
            copyLink: "Copy link to this step",
            linkCopied: "Link copied",
            byTopic: "By topic",
            byProduct: "By product",
            otherTopics: "Other guides",
            notFoundTitle: "Page not found",
            notFoundText: "There is no page at this address. It may have moved: search the help, or see all guides."
        )
    )
}
