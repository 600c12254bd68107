import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import Yams

extension GuideDecoder {
    /// A step, or a wait when the entry has a `wait` key.
    mutating func procedureItem(from node: Node) -> ProcedureItem? {
        if node.isNullScalar || node.mapping?.isEmpty == true {
            reader.report(
                LoaderRule.emptyStep, "this step is empty",
                hint: "give the step an id and a text, e.g. `- id: open-settings` and `text: Go to **Settings**.`", at: node)
            return nil
        }
        if case .mapping(let mapping) = node, mapping["wait"] != nil || mapping["wait-for"] != nil {
            return wait(from: node).map(ProcedureItem.wait)
        }
        return step(from: node).map(ProcedureItem.step)
    }

    private mutating func step(from node: Node) -> Step? {
        let hasAction = node.mapping?["action"] != nil || node.mapping?["navigate"] != nil || node.mapping?["for-each"] != nil
        guard
            let fields = reader.fields(
                of: node, what: "a step", allowed: GuideDecoder.Keys.step,
                required: hasAction ? ["id"] : ["id", "text"])
        else { return nil }
        let id = anchorID(fields["id"], what: "the step")
        let text = reader.text(fields["text"], what: "the step's text")
        let action = self.action(fields["action"])
        let (target, targetRange) = reference(fields["target"], what: "the step's target")
        if let action, action.needsTarget, target == nil, fields["target"] == nil, fields["navigate"] == nil {
            reader.report(
                LoaderRule.missingField, "a '\(action.rawValue)' step has no 'target'",
                hint: "name the element it acts on: `target: <element id>` from the product model", at: fields["action"])
        }
        let (platforms, platformsRange) = self.platforms(fields["platforms"], what: "the step's platforms")
        if let text, text.markdown.contains("{label}"), fields["target"] == nil {
            reader.report(
                LoaderRule.missingField, "the step's text uses {label}, but the step has no 'target'",
                hint: "add `target: <element id>`, or write the label in the text", range: text.range)
        }
        var url: InlineText?
        if let node = fields["url"] { url = self.url(from: node) }
        if action == .openURL, fields["url"] == nil {
            reader.report(
                LoaderRule.missingURL, "an 'open-url' step has no 'url'",
                hint: "add `url: https://…` to the step", at: fields["action"])
        }
        if let text, text.markdown.contains("{url}"), fields["url"] == nil {
            reader.report(
                LoaderRule.missingURL, "the step's text uses {url}, but the step has no 'url'",
                hint: "add `url: https://…` to the step", range: text.range)
        }
        let isOptional = reader.bool(fields["optional"], what: "'optional'") ?? false
        let result = reader.text(fields["result"], what: "the step's result")
        var choices: Choices?
        if let node = fields["choices"] { choices = self.choices(from: node) }
        let callouts = callouts(fields["callouts"], what: "the step's callouts")
        let substeps = substeps(fields["steps"])
        let model = stepModelFields(fields)
        guard let (stepID, idRange) = id, text != nil || fields["action"] != nil || !model.navigate.isEmpty || model.forEach != nil else { return nil }
        var step = Step(
            id: stepID, text: text, action: action, target: target, platforms: platforms,
            url: url, isOptional: isOptional, result: result,
            choices: choices, callouts: callouts, substeps: substeps, idRange: idRange)
        step.actionRange = fields["action"].flatMap(ScalarPositions.range(of:))
        step.targetRange = targetRange
        step.platformsRange = platformsRange
        step.extent = ScalarPositions.extent(of: node)
        step.suppressions = suppressions(fields["lint-ignore"], scope: step.extent)
        step.actor = reader.text(fields["actor"], what: "the step's actor")
        (step.channel, step.channelRange) = channel(fields["channel"])
        step.image = fields["image"].flatMap { image($0) }
        step.model = model
        return step
    }

    /// A step's sub-steps (none without a `steps` key); an empty list is reported.
    private mutating func substeps(_ stepsNode: Node?) -> [ProcedureItem] {
        guard let stepsNode, let nodes = reader.list(stepsNode, what: "the step's sub-steps") else { return [] }
        if nodes.isEmpty {
            reader.report(LoaderRule.emptyStep, "the step's 'steps' list is empty", hint: "list its sub-steps, or remove 'steps'", at: stepsNode)
        }
        return nodes.compactMap { procedureItem(from: $0) }
    }

    /// An action of the vocabulary, with a suggestion when the name is misspelt.
    private mutating func action(_ node: Node?) -> Action? {
        guard let node, let name = reader.string(node, what: "the step's action") else { return nil }
        if let action = Action(rawValue: name) { return action }
        let suggestions = NearMiss.suggestions(for: name, among: Action.names)
        let range = ScalarPositions.range(of: node)
        reader.report(
            LoaderRule.unknownAction, "'\(name)' is not an action",
            hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the actions are: \(Action.names.joined(separator: ", "))",
            range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
        return nil
    }

    private mutating func wait(from node: Node) -> Wait? {
        let isEvent = node.mapping?["wait-for"] != nil
        guard let fields = reader.fields(of: node, what: "a wait", allowed: GuideDecoder.Keys.wait, required: isEvent ? ["id"] : ["id", "wait"])
        else { return nil }
        let id = anchorID(fields["id"], what: "the wait")
        var duration: DurationRange?
        if let durationNode = fields["wait"] {
            if isEvent {
                reader.report(
                    LoaderRule.wrongType, "a wait has either 'wait' (a time) or 'wait-for' (an event), not both",
                    hint: "for an event, write its typical time as `usually: up to 2 days`", at: durationNode)
            } else {
                duration = self.duration(durationNode, what: "the wait's duration")
            }
        }
        var event: WaitEvent?
        if let kindNode = fields["wait-for"], let name = reader.string(kindNode, what: "what the wait is for") {
            if let kind = WaitEvent.Kind(rawValue: name) {
                event = WaitEvent(kind: kind, text: reader.text(fields["event"], what: "the wait's event"), range: ScalarPositions.range(of: kindNode))
                duration = fields["usually"].map { self.duration($0, what: "the event's typical time") ?? .unknown } ?? .unknown
            } else {
                let names = WaitEvent.Kind.allCases.map(\.rawValue)
                let suggestions = NearMiss.suggestions(for: name, among: names)
                let range = ScalarPositions.range(of: kindNode)
                reader.report(
                    LoaderRule.unknownEvent, "'\(name)' is not an event a wait can be for",
                    hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the events are: \(names.joined(separator: ", "))",
                    range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
            }
        } else {
            for key in ["event", "usually"] where fields[key] != nil {
                reader.report(
                    LoaderRule.unknownKey, "'\(key)' belongs to a wait for an event",
                    hint: "write `wait-for: email` (or text-message, notification, phone-call, approval, review), or remove '\(key)'",
                    at: fields[key])
            }
        }
        let before = reader.text(fields["before"], what: "the wait's 'before'")
        let reason = reader.text(fields["reason"], what: "the wait's reason")
        guard let (waitID, idRange) = id, let duration else { return nil }
        var wait = Wait(id: waitID, duration: duration, before: before, reason: reason, idRange: idRange)
        wait.event = event
        return wait
    }

    /// A duration value, reported with the reason and a rewrite when it cannot be read.
    private mutating func duration(_ node: Node, what: String) -> DurationRange? {
        guard let raw = reader.string(node, what: what) else { return nil }
        switch DurationParser.parse(raw) {
        case .success(let value): return value
        case .failure(let failure):
            let range = ScalarPositions.range(of: node)
            let suggestion = failure.suggestion
            reader.report(
                LoaderRule.malformedDuration, "'\(raw)' is not a duration: \(failure.explanation)",
                hint: suggestion.map { "write `\($0)`" }
                    ?? "write a number or a range and a unit (`30 seconds`, `1-2 minutes`), a bound (`up to 2 days`, `at least 1 hour`) or `a few minutes`",
                range: range ?? ScalarPositions.location(of: node).map { SourceRange(start: $0) },
                fixIts: suggestion.flatMap { s in range.map { [FixIt(range: $0, replacement: s)] } } ?? [])
            return nil
        }
    }

    private mutating func choices(from node: Node) -> Choices? {
        if case .sequence = node {
            let options = reader.texts(node, what: "the choices")
            return options.isEmpty ? nil : Choices(options: options)
        }
        guard let fields = reader.fields(of: node, what: "the choices", allowed: GuideDecoder.Keys.choices, required: ["options"])
        else { return nil }
        let optionNodes = reader.list(fields["options"], what: "the options")
        if optionNodes?.isEmpty == true {
            reader.report(LoaderRule.emptyValue, "the choices have no options", hint: "list the options as the product shows them", at: fields["options"])
        }
        var options: [InlineText] = []
        for node in optionNodes ?? [] { if let option = reader.text(node, what: "an option") { options.append(option) } }
        return Choices(prompt: reader.text(fields["prompt"], what: "the choices' prompt"), options: options)
    }

    private mutating func url(from node: Node) -> InlineText? {
        guard let raw = reader.string(node, what: "the step's url") else { return nil }
        guard let components = URLComponents(string: raw), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil,
            !raw.contains(" "), !raw.contains("<"), !raw.contains(">"), !raw.contains("\\")
        else {
            reader.report(
                LoaderRule.invalidURL, "'\(raw)' is not an absolute http or https URL",
                hint: "write the full address, e.g. `https://business.facebook.com`", at: node)
            return nil
        }
        return InlineText(raw, range: ScalarPositions.range(of: node))
    }
}
