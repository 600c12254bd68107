import WaymarkBase

/// One help guide: a task a user wants done, with one or more alternative methods.
public struct Guide: Hashable, Sendable {
    /// The slug that names the guide everywhere, and its URL path.
    public var id: String
    /// The page title.
    public var title: InlineText
    /// One or two sentences saying what the guide achieves; also the page description.
    public var summary: InlineText
    /// When a reader needs this guide.
    public var appliesWhen: Conditions?
    /// Callouts that concern the whole guide.
    public var callouts: [Callout]
    /// The alternative procedures, in reading order.
    public var methods: [Method]
    /// What the reader has achieved at the end.
    public var outcome: Outcome?
    /// The topic the guide is listed under on index pages ("Accounts and connections").
    public var topic: InlineText?
    /// Ids of guides to suggest after this one, and where they are written.
    public var related: [String] = []
    public var relatedRanges: [SourceRange?] = []
    /// The file the guide was loaded from, relative to the project root.
    public var file: String
    /// Where the `id` value is in that file.
    public var idRange: SourceRange?
    /// Rule ids suppressed for the whole guide (`lint-ignore`).
    public var suppressions: [Suppression] = []
    /// The language the guide is written in (`locale:`), when it is not the project's source locale.
    public var locale: LocaleID?
    /// How much of it must be translated for a locale's page to be published (`publish:`), when
    /// the guide says; else the project's setting.
    public var publish: PublishThreshold?
    // Issue 15: troubleshooting, links out and follow-up tasks.
    /// Symptom → cause → fix entries for the whole guide.
    public var troubleshooting: [TroubleshootingEntry] = []
    /// Pages outside the help site listed under `related`, with their titles.
    public var relatedLinks: [ExternalLink] = []
    /// Follow-up tasks: other guides or their steps, or pages elsewhere.
    public var next: [NextStep] = []
    /// What the reader needs before any method (issue 14): rendered as "Before you begin".
    public var requires: Requirements = []

    /// Creates a guide.
    public init(
        id: String, title: InlineText, summary: InlineText, appliesWhen: Conditions? = nil,
        callouts: [Callout] = [], methods: [Method], outcome: Outcome? = nil,
        file: String = "", idRange: SourceRange? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.appliesWhen = appliesWhen
        self.callouts = callouts
        self.methods = methods
        self.outcome = outcome
        self.file = file
        self.idRange = idRange
    }
}

/// What the reader has achieved once the guide is done.
public struct Outcome: Hashable, Sendable {
    /// A heading such as "You're ready"; the locale's default when nil.
    public var title: InlineText?
    /// A closing sentence.
    public var text: InlineText?
    /// What is now true, one item each.
    public var results: [InlineText]
    /// An image of the end state (issue 15).
    public var image: GuideImage?

    /// Creates an outcome.
    public init(title: InlineText? = nil, text: InlineText? = nil, results: [InlineText] = []) {
        self.title = title
        self.text = text
        self.results = results
    }
}

extension Guide {
    /// The key of what `waymark serve` keeps for this guide between builds: its file and its id
    /// (two files may claim one id until the duplicate is fixed).
    public var cacheKey: String { file + "#" + id }
}
