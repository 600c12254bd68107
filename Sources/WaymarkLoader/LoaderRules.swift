import WaymarkBase

/// The rule ids the loader reports. Stable: tools and suppressions refer to them.
public enum LoaderRule {
    public static let unreadableFile = CommonRule.unreadableFile
    public static let tooLarge = "file.too-large"
    public static let yamlSyntax = "yaml.syntax"
    public static let duplicateKey = "yaml.duplicate-key"
    public static let unknownKey = "guide.unknown-key"
    public static let missingField = "guide.missing-field"
    public static let wrongType = "guide.wrong-type"
    public static let emptyValue = "guide.empty-value"
    public static let invalidID = "guide.invalid-id"
    public static let invalidLocale = "guide.invalid-locale"
    public static let duplicateID = "guide.duplicate-id"
    public static let duplicateGuideID = "guide.duplicate-guide-id"
    public static let fileNameMismatch = "guide.file-name-mismatch"
    public static let emptyMethod = "guide.empty-method"
    public static let emptyStep = "guide.empty-step"
    public static let unknownCalloutKind = "guide.unknown-callout-kind"
    public static let malformedDuration = "guide.malformed-duration"
    public static let invalidURL = "guide.invalid-url"
    public static let missingURL = "guide.missing-url"
    public static let rawHTML = "markdown.raw-html"
    public static let unsafeLink = "markdown.unsafe-link"
    public static let blockContent = "markdown.block-content"
    public static let noGuides = "content.no-guides"
    public static let unknownAction = "guide.unknown-action"
    public static let unknownRelated = "guide.unknown-related"
    // The product model's files.
    public static let modelUnknownScreen = "model.unknown-screen"
    public static let modelDuplicateID = "model.duplicate-id"
    public static let modelInvalidValue = "model.invalid-value"
    public static let modelUnknownPlatform = "model.unknown-platform"
}
