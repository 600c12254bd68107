import WaymarkBase
import WaymarkPipeline

/// The exit statuses: 0 success, 1 content errors, 2 usage or I/O errors.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let contentErrors: Int32 = 1
    public static let usageOrIO: Int32 = 2

    /// The status for what a command collected, decided once, at the edge: an error of a rule
    /// whose definition says `.usageOrIO` (a file that cannot be read or written) wins over
    /// content errors.
    package static func status(for diagnostics: [Diagnostic], strict: Bool = false) -> Int32 {
        if diagnostics.contains(where: { $0.severity == .error && $0.rule.exitStatus == .usageOrIO }) {
            return usageOrIO
        }
        if diagnostics.hasErrors || (strict && diagnostics.contains { $0.severity == .warning }) { return contentErrors }
        return success
    }
}
