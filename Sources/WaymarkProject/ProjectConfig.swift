import WaymarkBase

/// What `waymark.yml` at the project root says: where the parts are, which locales to
/// build, and how each rule is reported. Every field has a default, so the file is optional.
public struct ProjectConfig: Sendable, Hashable {
    /// The configuration file's name, at the project root.
    public static let fileName = "waymark.yml"

    /// Where the project's parts are, relative to the root.
    public struct Paths: Sendable, Hashable {
        public var guides = "Content/guides", model = "Content/model", locales = "Content/locales"
        public var templates = "Templates", assets = "Public", output = "Site"
        /// Where the guides' images are (issue 15).
        public var images = "Content/images"
        /// The default paths.
        public init() {}
        /// The default paths, for the loaders' default arguments: written once, here.
        public static let defaults = Paths()
    }

    /// How one rule is reported: off, or at a severity; and the values of its parameters.
    public struct RuleSetting: Sendable, Hashable {
        /// Nil means the rule is off; otherwise the severity it is reported with.
        public var severity: Severity?
        /// Parameter values by name, such as `max-words`.
        public var parameters: [String: Int]
        /// Creates a setting.
        public init(severity: Severity?, parameters: [String: Int] = [:]) {
            self.severity = severity
            self.parameters = parameters
        }
    }

    /// The language the guides are written in.
    public var sourceLocale: LocaleID = .english
    /// Where `source-locale` is written, when it is.
    public var sourceLocaleRange: SourceRange?
    /// The locales to build and check besides the source; nil means every locale folder.
    public var locales: [LocaleID]?
    /// Where each of `locales` is written in the file.
    public var localeRanges: [LocaleID: SourceRange] = [:]
    /// Where the parts are.
    public var paths = Paths()
    /// Where each path the file sets is written, by key (`guides`, `output`, …).
    public var pathRanges: [String: SourceRange] = [:]
    /// Settings by rule id, for the rules the file names.
    public var rules: [String: RuleSetting] = [:]
    /// The file the configuration was read from, when there is one.
    public var file: String?
    // Issue 15.
    /// The origins links out of the help site may go to (`links.allowed-origins`); nil: any.
    public var allowedOrigins: [String]?
    public var allowedOriginsRange: SourceRange?
    /// How much of a guide must be translated for a locale's page to be published
    /// (`publish: {minimum-translated: 80%}`); a guide's own `publish:` wins. Default: every page.
    public var publish = PublishThreshold.always

    /// The defaults, as when there is no `waymark.yml`.
    public init() {}

    /// The value of a rule's parameter: the configured one, or the definition's default.
    public func parameter(_ name: String, of definition: RuleDefinition) -> Int {
        rules[definition.id]?.parameters[name] ?? definition.parameters.first { $0.name == name }?.defaultValue ?? 0
    }
}
