import WaymarkBase

/// Every diagnostic a run found, in the order found, each tagged with the step that found it,
/// so that a step run again for some guides replaces what it said about them.
public struct DiagnosticLog: Sendable {
    /// One finding and the step that reported it.
    public struct Entry: Sendable {
        public var step: String
        public var diagnostic: Diagnostic
    }

    /// The findings, in order.
    public private(set) var entries: [Entry] = []

    /// An empty log.
    public init() {}

    /// The diagnostics, in order.
    public var all: [Diagnostic] { entries.map(\.diagnostic) }

    /// Whether any finding is an error (before the rule policy).
    public var hasErrors: Bool { entries.contains { $0.diagnostic.severity == .error } }

    /// Records what `step` found.
    public mutating func append(_ diagnostics: [Diagnostic], step: String) {
        entries += diagnostics.map { Entry(step: step, diagnostic: $0) }
    }

    /// Records one finding of `step`.
    public mutating func append(_ diagnostic: Diagnostic, step: String) {
        entries.append(Entry(step: step, diagnostic: diagnostic))
    }

    /// Forgets what `step` said about the guides `isAbout` picks (by guide id or file), before
    /// the step runs again for them.
    public mutating func remove(step: String, where isAbout: (Diagnostic) -> Bool) {
        entries.removeAll { $0.step == step && isAbout($0.diagnostic) }
    }
}
