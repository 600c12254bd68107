import WaymarkBase

/// A set of rule definitions, looked up by id: what the rule policy checks suppressions and
/// settings against. Waymark's own catalog, every rule of every layer, is
/// `RuleCatalog.waymark` (in WaymarkPipeline, which sees every layer).
public struct RuleCatalog: Sendable {
    /// The definitions, sorted by id.
    public let definitions: [RuleDefinition]
    private let byID: [String: RuleDefinition]

    /// A catalog of `definitions` (the first of a repeated id wins).
    public init(_ definitions: [RuleDefinition]) {
        self.definitions = definitions.sorted { $0.id < $1.id }
        byID = Dictionary(definitions.map { ($0.id, $0) }) { a, _ in a }
    }

    /// The definition of a rule id, if there is such a rule.
    public func rule(_ id: String) -> RuleDefinition? { byID[id] }
}
