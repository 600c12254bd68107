import Testing
import WaymarkBase

/// One diagnostic as a line to compare: `line:column: severity: message [rule]`, without the
/// file (a test usually has one), `-:-` when it has no position.
public func diagnosticLine(_ diagnostic: Diagnostic) -> String {
    let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-:-"
    return "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
}

/// Expects exactly these diagnostics, in output order, each as ``diagnosticLine(_:)`` says;
/// when they differ, the failure shows both lists whole.
public func expectDiagnostics(_ diagnostics: [Diagnostic], _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let actual = diagnostics.sortedForOutput().map(diagnosticLine)
    guard actual != expected else { return }
    Issue.record(
        """
        Diagnostics differ.
        expected:
        \(expected.map { "  " + $0 }.joined(separator: "\n"))
        actual:
        \(actual.map { "  " + $0 }.joined(separator: "\n"))
        """, sourceLocation: sourceLocation)
}
