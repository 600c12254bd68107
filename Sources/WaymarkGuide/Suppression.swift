import WaymarkBase

/// A rule id listed under `lint-ignore` on a guide, a method or a step: findings of that
/// rule inside it are not reported.
public struct Suppression: Hashable, Sendable {
    /// The rule id, as written.
    public var ruleID: String
    /// Where the id is written, for "suppresses nothing" and "no such rule" diagnostics.
    public var range: SourceRange?
    /// What it covers in its file: the guide, method or step it is written on.
    public var scope: SourceRange?

    /// Creates a suppression.
    public init(ruleID: String, range: SourceRange?, scope: SourceRange?) {
        self.ruleID = ruleID
        self.range = range
        self.scope = scope
    }
}

extension Guide {
    /// Every suppression written in the guide, on the guide itself, its methods and steps, in file order.
    public var allSuppressions: [Suppression] {
        var result = suppressions
        // Depth first, in file order, without copying the steps into a stack.
        func walk(_ items: [ProcedureItem]) {
            for item in items {
                guard case .step(let step) = item else { continue }
                result += step.suppressions
                walk(step.substeps)
            }
        }
        for method in methods {
            result += method.suppressions
            walk(method.items)
        }
        return result
    }
}
