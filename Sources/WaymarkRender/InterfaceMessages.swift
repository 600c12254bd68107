/// One interface string: its key (the `msgctxt` of interface catalogs), its English source
/// text (the `msgid`, and `msgid_plural` for a count), and a note for translators.
public struct InterfaceMessage: Sendable, Hashable {
    /// The stable key, e.g. `callout.tip`.
    public let key: String
    /// The English text; `{n}` and the other placeholders in braces stay as they are.
    public let english: String
    /// The English plural, for a message that counts (`{n}`); its translations have one form per plural category.
    public let englishPlural: String?
    /// What the translator needs to know.
    public let comment: String

    init(_ key: String, _ english: String, plural: String? = nil, _ comment: String) {
        self.key = key
        self.english = english
        self.englishPlural = plural
        self.comment = comment
    }
}

/// Every string Waymark itself puts on a page: the one table of keys and English texts.
/// Translations are data, in `_interface.po` catalogs (shipped with Waymark in
/// `Sources/WaymarkL10n/Interface/`, overridden by a project's `Content/locales/<locale>/_interface.po`).
/// To add a string: add it here, read it in `UIStrings(text:)`, and run
/// `UPDATE_INTERFACE_CATALOGS=1 swift test --filter ShippedInterfaceCatalogTests` to add it to every shipped catalog.
public enum InterfaceMessages {
    /// The table, in catalog order.
    public static let all: [InterfaceMessage] = [
        .init("language.name", "English", "The language's own name, in the language list (e.g. Deutsch)"),
        .init("site.title", "Help Center", "The site's name on index pages and in page titles"),
        .init("site.guides-heading", "Guides", "Heading of a locale's list of guides"),
        .init("site.skip-to-content", "Skip to content", "The skip link at the top of every page"),
        .init("site.markdown-link", "View as Markdown", "Link to a guide's Markdown page"),
        .init("site.all-guides", "All guides", "Link back to the list of guides"),
        .init("site.languages-label", "Languages", "Label of the language list"),
        .init("site.other-languages", "Other languages", "Label of the language switcher"),
        .init("methods.intro", "There is {n} way to do this:", plural: "There are {n} ways to do this:", "Before a guide's methods; {n} is how many (2 or more)"),
        .init("methods.intro=2", "There are two ways to do this:", "Before a guide's methods when there are exactly two"),
        .init("methods.intro=3", "There are three ways to do this:", "Before a guide's methods when there are exactly three"),
        .init("methods.intro=4", "There are four ways to do this:", "Before a guide's methods when there are exactly four"),
        .init("methods.intro=5", "There are five ways to do this:", "Before a guide's methods when there are exactly five"),
        .init("method.prefix", "Method {n}: ", "Before a method's title when there are several; keep the space at the end"),
        .init("callout.note", "Note", "Label of a note callout"),
        .init("callout.tip", "Tip", "Label of a tip callout"),
        .init("callout.important", "Important", "Label of an important callout"),
        .init("callout.warning", "Warning", "Label of a warning callout"),
        .init("punctuation.label-separator", ":", "What follows a callout's label (Tip:)"),
        .init("punctuation.full-stop", ".", "The full stop that ends a generated sentence"),
        .init("wait.label", "Wait", "Label of a wait between steps"),
        .init("wait.for", "Wait {duration}", "A wait; {duration} is e.g. '1–2 minutes'"),
        .init("wait.before", "before", "Joins a wait to what it comes before: 'Wait 2 minutes before you sign in'"),
        .init("duration.seconds", "{n} second", plural: "{n} seconds", "A number of seconds"),
        .init("duration.minutes", "{n} minute", plural: "{n} minutes", "A number of minutes"),
        .init("duration.hours", "{n} hour", plural: "{n} hours", "A number of hours"),
        .init("duration.days", "{n} day", plural: "{n} days", "A number of days"),
        .init("duration.range.seconds", "{lower}–{n} second", plural: "{lower}–{n} seconds", "A range of seconds; the form follows the upper bound {n}"),
        .init("duration.range.minutes", "{lower}–{n} minute", plural: "{lower}–{n} minutes", "A range of minutes; the form follows the upper bound {n}"),
        .init("duration.range.hours", "{lower}–{n} hour", plural: "{lower}–{n} hours", "A range of hours; the form follows the upper bound {n}"),
        .init("duration.range.days", "{lower}–{n} day", plural: "{lower}–{n} days", "A range of days; the form follows the upper bound {n}"),
        .init("duration.range-start.seconds", "{n}", plural: "{n}", "The lower bound {lower} of a range of seconds; most languages keep {n}"),
        .init("duration.range-start.minutes", "{n}", plural: "{n}", "The lower bound {lower} of a range of minutes; most languages keep {n}"),
        .init("duration.range-start.hours", "{n}", plural: "{n}", "The lower bound {lower} of a range of hours; most languages keep {n}"),
        .init("duration.range-start.days", "{n}", plural: "{n}", "The lower bound {lower} of a range of days; most languages keep {n}"),
        .init(
            "duration.up-to.seconds", "up to a second", plural: "up to {n} seconds",
            "The longest a wait may take, in seconds; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.up-to.minutes", "up to a minute", plural: "up to {n} minutes",
            "The longest a wait may take, in minutes; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.up-to.hours", "up to an hour", plural: "up to {n} hours",
            "The longest a wait may take, in hours; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.up-to.days", "up to a day", plural: "up to {n} days",
            "The longest a wait may take, in days; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.at-least.seconds", "at least a second", plural: "at least {n} seconds",
            "The shortest a wait may take, in seconds; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.at-least.minutes", "at least a minute", plural: "at least {n} minutes",
            "The shortest a wait may take, in minutes; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.at-least.hours", "at least an hour", plural: "at least {n} hours",
            "The shortest a wait may take, in hours; keep {n} in every form whose plural category holds other numbers than 1"),
        .init(
            "duration.at-least.days", "at least a day", plural: "at least {n} days",
            "The shortest a wait may take, in days; keep {n} in every form whose plural category holds other numbers than 1"),
        .init("duration.a-few.seconds", "a few seconds", "A short wait with no number (two to five seconds), as your language says it"),
        .init("duration.a-few.minutes", "a few minutes", "A short wait with no number (two to five minutes), as your language says it"),
        .init("duration.a-few.hours", "a few hours", "A short wait with no number (two to five hours), as your language says it"),
        .init("duration.a-few.days", "a few days", "A short wait with no number (two to five days), as your language says it"),
        .init(
            "wait.usually", "This usually takes {duration}.", "After a wait for an event, its typical time; {duration} is e.g. '1–2 days', 'at least an hour' or 'a few minutes'"),
        .init(
            "wait.usually-within", "This usually happens within {duration}.",
            "After a wait for an event whose typical time has an upper bound; {duration} is the bound ('2 days'), {bound} the same with 'up to' ('up to 2 days'): use the one your sentence needs"
        ),
        .init("step.optional", "Optional:", "Before an optional step"),
        .init("outcome.title", "Result", "Heading of a guide's outcome when the guide gives none"),
        .init("action.tap", "Tap {label}.", "A step generated from the product model; {label} is the control's label"),
        .init("action.click", "Click {label}.", "A step generated from the product model; {label} is the control's label"),
        .init("action.select", "Select {label}.", "A step generated from the product model; {label} is the control's label"),
        .init("action.open-tab", "Open the {label} tab.", "A step generated from the product model; {label} is the tab's label"),
        .init("action.type", "Type in {label}.", "A step generated from the product model; {label} is the field's label"),
        .init("action.toggle", "Turn {label} on or off.", "A step generated from the product model; {label} is the switch's label"),
        .init("action.confirm", "Confirm with {label}.", "A step generated from the product model; {label} is the button's label"),
        .init("action.go-back", "Go back.", "A step that returns to the previous screen"),
        .init("action.open-app", "Open the app.", "A step that opens an app whose name is not known"),
        .init("action.open-app-named", "Open the {name} app.", "A step that opens an app; {name} is the app's name"),
        .init("action.open-url", "Go to {url}.", "A step that opens a web address; {url} is the link"),
        .init("action.wait", "Wait.", "A step that only waits"),
        .init("platform.lead", "On {platforms}:", "Before a step that applies on some platforms only; {platforms} is e.g. 'iPhone and Android'"),
        .init("platform.and", " and ", "Joins platform names: 'iPhone and Android'; keep the spaces your language needs"),
        .init("platform.ios", "iPhone", "The iOS platform, as it reads after platform.lead"),
        .init("platform.ipados", "iPad", "The iPadOS platform, as it reads after platform.lead"),
        .init("platform.android", "Android", "The Android platform, as it reads after platform.lead"),
        .init("platform.web", "the web", "The web platform, as it reads after platform.lead"),
        .init("platform.macos", "Mac", "The macOS platform, as it reads after platform.lead"),
        .init("platform.windows", "Windows", "The Windows platform, as it reads after platform.lead"),
        .init("notice.step-not-translated", "This step is not translated yet.", "On a step shown in the source language"),
        .init("notice.step-may-be-outdated", "The translation of this step may be out of date.", "On a step whose source changed since it was translated"),
        .init("notice.page-not-translated", "Parts of this page are not translated yet.", "At the top of a page with untranslated parts"),
        .init("notice.page-may-be-outdated", "Parts of this page may be out of date.", "At the top of a page with outdated translations"),
        .init(
            "notice.guide-not-published", "Not translated yet: this guide opens in its original language ({language}).",
            "Beside a link to a guide not yet published in this language; {language} is that original language's own name (e.g. English, Español)"),
        .init("search.label", "Search the help", "The search field's label"),
        .init("search.none", "No guide matches.", "Search status when nothing matches"),
        .init("search.results", "{n} guide matches.", plural: "{n} guides match.", "Search status; {n} is the number of results"),
        .init("nav.breadcrumb", "Breadcrumb", "Label of the breadcrumb trail (read by screen readers)"),
        .init("nav.on-this-page", "On this page", "Heading of the list of methods on a guide page"),
        .init("nav.related-guides", "Related guides", "Heading of the related guides"),
        .init("nav.copy-link", "Copy link to this step", "The copy-link control of a step"),
        .init("nav.link-copied", "Link copied", "What the copy-link control says once the link is copied"),
        .init("index.by-topic", "By topic", "Index page: guides grouped by topic"),
        .init("index.by-product", "By product", "Index page: guides grouped by product"),
        .init("index.other-topics", "Other guides", "Index page: guides without a topic"),
        .init("not-found.title", "Page not found", "Title of the 404 page"),
        .init("not-found.text", "There is no page at this address. It may have moved: search the help, or see all guides.", "Text of the 404 page"),
        // Issue 14's constructs: conditions, prerequisites, expectations, navigation, journeys, loops, values, variants.
        .init("journey.condition-lead", "If {condition}:", "Before a step that applies only in some case; {condition} is the case, as the guide words it"),
        .init("journey.done", "You are done.", "After a step that ends the task early"),
        .init("journey.otherwise", "Otherwise:", "Before the step for the other case of a conditional step"),
        .init("journey.before-you-begin", "Before you begin", "Heading of what the reader needs before starting"),
        .init("journey.requirement.role", "Role", "A kind of prerequisite: the role or permission the reader needs"),
        .init("journey.requirement.plan", "Plan", "A kind of prerequisite: the subscription plan the reader needs"),
        .init("journey.requirement.version", "Version", "A kind of prerequisite: the app version the reader needs"),
        .init("journey.requirement.feature", "Feature", "A kind of prerequisite: a feature that must be on"),
        .init("journey.expect-label", "You should see:", "Before what the screen shows after a step"),
        .init("journey.screen-sentence", "You are on {screen}.", "What the reader sees after a step; {screen} is the screen's name"),
        .init("journey.for-each-lead", "For each {item}:", "Before steps repeated for several things; {item} is what they are repeated for"),
        .init("journey.navigate", "Go to {path}.", "A step that follows a menu path; {path} is the labels, e.g. Settings › Privacy"),
        .init("journey.path-separator", " › ", "Between the labels of a menu path; keep the spaces your language needs"),
        .init("journey.open", "Open {name}.", "A step that opens an app or a website; {name} is its name"),
        .init("journey.sign-in", "Sign in to {name}.", "A step that signs in to an app or a website; {name} is its name"),
        .init("journey.type-value", "Type {value} in {label}.", "A step that types a value; {value} is the value, {label} the field's label"),
        .init("journey.copy-value", "Copy", "The button that copies a value to type"),
        .init("journey.value-copied", "Copied", "What the copy button says once the value is copied"),
        .init("journey.show-steps-for", "Show steps for", "Label of the switcher between variants of a guide (e.g. Show steps for: iPhone)"),
        .init("journey.all-variants", "All", "The switcher's choice that shows the steps of every variant"),
        // Issue 15's constructs: conditions' lead-ins, waits for events, channels, troubleshooting, next steps, links out.
        .init("format.guide-applies-when", "This guide applies when:", "Before the list of cases a guide is for"),
        .init("format.method-applies-when", "Use this method when:", "Before the list of cases a method is for"),
        .init("format.wait-for.email", "Wait for the email", "A wait until an email arrives"),
        .init("format.wait-for.text-message", "Wait for the text message", "A wait until a text message (SMS) arrives"),
        .init("format.wait-for.notification", "Wait for the notification", "A wait until a notification arrives"),
        .init("format.wait-for.phone-call", "Wait for the phone call", "A wait until a phone call comes"),
        .init("format.wait-for.approval", "Wait for the approval", "A wait until someone approves a request"),
        .init("format.wait-for.review", "Wait for the review", "A wait until someone reviews a request"),
        .init("format.channel.email", "In the email:", "Before a step done in an email, outside the product"),
        .init("format.channel.text-message", "In the text message:", "Before a step done in a text message, outside the product"),
        .init("format.channel.notification", "In the notification:", "Before a step done in a notification, outside the product"),
        .init("format.channel.phone-call", "On the phone call:", "Before a step done on a phone call, outside the product"),
        .init("format.troubleshooting", "Troubleshooting", "Heading of a guide's or method's troubleshooting section"),
        .init("format.error-message", "The message", "Label of the error message a troubleshooting entry quotes"),
        .init("format.cause", "Cause", "Label of a troubleshooting entry's cause"),
        .init("format.fix", "What to do", "Label of a troubleshooting entry's fix"),
        .init("format.see", "See", "Before a link to another guide in a troubleshooting entry"),
        .init("format.quote", "“{text}”", "Quotation marks around an error message as the product shows it; {text} is the message"),
        .init("format.contact-support.email", "Contact support by email:", "Before the support's email address"),
        .init("format.contact-support.phone", "Call support:", "Before the support's phone number"),
        .init("format.contact-support.chat", "Chat with support:", "Before the link to the support chat"),
        .init("format.contact-support.form", "Contact support with the form:", "Before the link to the support form"),
        .init("format.next-steps", "Next steps", "Heading of a guide's follow-up tasks"),
        .init("format.external-link", "(opens another site)", "Read by screen readers after a link that leaves the help site"),
    ]

    /// The table by key.
    public static let byKey: [String: InterfaceMessage] = Dictionary(all.map { ($0.key, $0) }) { first, _ in first }
}
