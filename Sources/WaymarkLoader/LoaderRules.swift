import WaymarkBase

/// The rule ids the loader reports. Stable: tools and suppressions refer to them.
public enum LoaderRule {
    public static let unreadableFile = CommonRule.unreadableFile
    public static let tooLarge = SafetyRule.tooLarge
}
