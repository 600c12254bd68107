/// Rule ids that more than one layer reports.
public enum CommonRule {
    /// A file or folder that cannot be read, or is not UTF-8 text.
    public static let unreadableFile = "file.unreadable"
}
