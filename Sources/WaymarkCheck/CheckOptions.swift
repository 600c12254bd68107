import Foundation
import WaymarkBase

/// What the checker reports beyond errors in the guides.
public struct CheckOptions: Sendable {
    /// Today, for the age of third-party models (injected so tests are repeatable).
    public var today: Date
    /// How old a third-party surface's model may be before guides that use it get a warning, in days.
    public var maximumModelAge: Int
    /// Whether to report, as notes, the model's actions that no guide documents.
    public var reportCoverage: Bool

    /// Creates options; the defaults are today, 180 days and no coverage report.
    public init(today: Date = Date(), maximumModelAge: Int = 180, reportCoverage: Bool = false) {
        self.today = today
        self.maximumModelAge = maximumModelAge
        self.reportCoverage = reportCoverage
    }
}

/// What the checker found.
public struct CheckResult: Sendable {
    /// Every problem, in a stable order.
    public var diagnostics: [Diagnostic]
    /// The context-help index built from the same walk.
    public var helpIndex: HelpIndex
}
