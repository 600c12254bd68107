import WaymarkBase
import WaymarkGuide
import WaymarkModel
import Yams

/// Issue 14's step keys: `surface`, `navigate`, `if`, `when`, `done`, `expect`, `value`,
/// `variants`, `for-each` and `not-applicable`; and `requires` on guides and methods.
extension GuideDecoder {
    mutating func stepModelFields(_ fields: [String: Node]) -> StepModelFields {
        var model = StepModelFields()
        (model.surface, model.surfaceRange) = reference(fields["surface"], what: "the step's surface")
        if let node = fields["navigate"] {
            model.navigate = references(node, what: "the navigation path")
            if model.navigate.isEmpty, reader.list(node, what: "the navigation path")?.isEmpty == true {
                reader.report(
                    LoaderRule.emptyValue, "the navigation path is empty",
                    hint: "list the elements to go through, e.g. `navigate: [settings, whatsapp-accounts]`", at: node)
            }
            if fields["target"] != nil {
                reader.report(
                    LoaderRule.wrongType, "a step has both 'navigate' and 'target'",
                    hint: "a navigation path names its elements itself; remove 'target'", at: fields["target"])
            }
        }
        model.condition = reader.text(fields["if"], what: "the step's condition")
        model.when = references(fields["when"], what: "the branch the step handles").first
        if fields["when"] != nil, fields["if"] == nil {
            reader.report(
                LoaderRule.missingField, "a step with `when:` has no `if:`",
                hint: "say in the reader's words when it happens, e.g. `if: you are asked for a code`; the page shows it as \"If …:\"", at: fields["when"])
        }
        model.otherwise = reader.bool(fields["otherwise"], what: "'otherwise'") ?? false
        model.otherwiseRange = fields["otherwise"].flatMap(ScalarPositions.range(of:))
        model.exits = reader.bool(fields["done"], what: "'done'") ?? false
        if model.exits, fields["if"] == nil, fields["when"] == nil {
            reader.report(
                LoaderRule.missingField, "a step with `done: true` has no condition",
                hint: "say when the reader is done: `if: the partner is already removed`", at: fields["done"])
        }
        if let node = fields["expect"] { model.expect = expectation(node) }
        model.value = reader.text(fields["value"], what: "the value to type")
        (model.variants, model.variantsRange) = platforms(fields["variants"], what: "the step's variants")
        model.forEach = reader.text(fields["for-each"], what: "what the step repeats over")
        if model.forEach != nil, fields["steps"] == nil {
            reader.report(
                LoaderRule.missingField, "a `for-each` step has no sub-steps",
                hint: "list what the reader repeats under `steps`", at: fields["for-each"])
        }
        model.notApplicable = references(fields["not-applicable"], what: "the branches that do not apply")
        return model
    }

    /// `expect: screen-id`, or `expect: {screen: …, element: …, text: …}`.
    private mutating func expectation(_ node: Node) -> Expectation? {
        if case .scalar = node { return reference(node, what: "the screen the step leads to").0.map { Expectation(screen: Reference($0, range: ScalarPositions.range(of: node))) } }
        guard let fields = reader.fields(of: node, what: "an expectation", allowed: Keys.expect, required: []) else { return nil }
        let expectation = Expectation(
            screen: references(fields["screen"], what: "the expected screen").first,
            element: references(fields["element"], what: "the expected element").first,
            text: reader.text(fields["text"], what: "what the reader sees"))
        if node.mapping?.isEmpty == true {
            reader.report(
                LoaderRule.missingField, "the expectation names nothing",
                hint: "give the `screen` (and `element`) the reader then sees, or a `text`", at: node)
        }
        return expectation
    }

    /// A slug or a list of slugs, each with where it is written.
    mutating func references(_ node: Node?, what: String) -> [Reference] {
        guard let node else { return [] }
        let items: [Node]
        if case .scalar = node { items = [node] } else { items = reader.list(node, what: what) ?? [] }
        return items.compactMap { item in reader.id(item, what: what).map { Reference($0.0, range: $0.1) } }
    }
}
