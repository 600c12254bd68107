/// The rule ids the companion checker reports.
public enum CheckRule {
    public static let unknownSurface = "check.unknown-surface"
    public static let unknownScreen = "check.unknown-screen"
    public static let unknownElement = "check.unknown-element"
    public static let elementNotOnScreen = "check.element-not-on-screen"
    public static let unsupportedAction = "check.unsupported-action"
    public static let platformMismatch = "check.platform-mismatch"
    public static let unknownPlatform = "check.unknown-platform"
    public static let urlOutsideOrigins = "check.url-outside-origins"
    public static let wrongEntry = "check.wrong-entry"
    public static let noScreen = "check.no-screen"
    public static let systemStep = "check.system-step"
    public static let endNotReached = "check.end-not-reached"
    public static let unmappedStep = "check.unmapped-step"
    public static let missingLabel = "check.missing-label"
    public static let staleModel = "model.stale"
    public static let undocumentedAction = "coverage.undocumented-action"
    // Issue 15.
    public static let unknownError = "check.unknown-error"
    public static let channelMismatch = "check.channel-mismatch"
    public static let outsideSteps = "coverage.outside-steps"
}
