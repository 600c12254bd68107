import WaymarkBase

/// One translatable text of a guide, with the stable key that names it in every locale.
public struct TranslationUnit: Hashable, Sendable {
    /// The stable key (`msgctxt` in PO files, the unit id in XLIFF): method and step ids and
    /// the field, joined with dots, e.g. `coexistence.open-app.text`.
    public var key: String
    /// The source text and where it is.
    public var text: InlineText
    /// What the text is, for translators ("step 3 of the method 'Disconnect in…'").
    public var description: String
    /// The method and step it belongs to, when it does.
    public var methodID: String?
    public var stepID: String?
    /// The surface and target element of its step, for the UI label note.
    public var surface: String?
    public var target: String?
}

/// The keys of a guide's translatable texts, shared by extraction and rendering.
public enum TranslationKey {
    /// A field of the guide itself (`title`, `summary`, `applies-when.intro`, `applies-when.2`, …).
    public static func guide(_ field: String) -> String { field }
    /// A field of a method.
    public static func method(_ method: String, _ field: String) -> String { "\(method).\(field)" }
    /// A field of a step or wait (step ids are unique within a guide).
    public static func step(_ method: String, _ step: String, _ field: String) -> String { "\(method).\(step).\(field)" }

    /// Every translatable text of `guide`, in reading order.
    public static func units(of theGuide: Guide) -> [TranslationUnit] {
        let guide = theGuide
        var units: [TranslationUnit] = []
        func add(_ key: String, _ text: InlineText?, _ description: String, method: Method? = nil, step: Step? = nil) {
            guard let text else { return }
            units.append(
                TranslationUnit(
                    key: key, text: text, description: description, methodID: method?.id, stepID: step?.id,
                    surface: method?.surface, target: step?.target))
        }
        func conditions(_ conditions: Conditions?, key: (String) -> String, owner: String, method: Method? = nil) {
            guard let conditions else { return }
            add(key("applies-when.intro"), conditions.intro, "the lead-in of \(owner)'s conditions", method: method)
            for (index, item) in conditions.items.enumerated() {
                add(key("applies-when.\(index + 1)"), item, "condition \(index + 1) of \(owner)", method: method)
            }
        }
        add(self.guide("title"), guide.title, "the guide's title")
        add(self.guide("summary"), guide.summary, "the guide's summary")
        add(self.guide("topic"), guide.topic, "the topic the guide is listed under")
        conditions(guide.appliesWhen, key: { self.guide($0) }, owner: "the guide")
        for (index, callout) in guide.callouts.enumerated() {
            add(self.guide("callout.\(index + 1)"), callout.text, "a \(callout.kind.rawValue) on the guide")
        }
        for (number, method) in guide.methods.enumerated() {
            let owner = "method \(number + 1) ('\(method.title.markdown)')"
            add(self.method(method.id, "title"), method.title, "the title of \(owner)", method: method)
            add(self.method(method.id, "summary"), method.summary, "the summary of \(owner)", method: method)
            conditions(method.appliesWhen, key: { self.method(method.id, $0) }, owner: owner, method: method)
            for (index, callout) in method.callouts.enumerated() {
                add(self.method(method.id, "callout.\(index + 1)"), callout.text, "a \(callout.kind.rawValue) on \(owner)", method: method)
            }
            procedure(method.items, method: method, owner: owner, prefix: "", into: &units)
        }
        formatUnits(of: guide, into: &units)  // issue 15
        for (image, key, step, method) in guide.images {
            units.append(
                TranslationUnit(
                    key: key, text: image.alt, description: "the alt text of the image \(image.src) (what it shows, for readers who cannot see it)",
                    methodID: method?.id, stepID: step?.id, surface: method?.surface, target: step?.target))
        }
        if let outcome = guide.outcome {
            add(self.guide("outcome.title"), outcome.title, "the heading of the guide's outcome")
            add(self.guide("outcome.text"), outcome.text, "the guide's closing sentence")
            for (index, result) in outcome.results.enumerated() {
                add(self.guide("outcome.results.\(index + 1)"), result, "result \(index + 1) of the guide's outcome")
            }
        }
        return units
    }

    static func procedure(_ items: [ProcedureItem], method: Method, owner: String, prefix: String, into units: inout [TranslationUnit]) {
        var number = 0
        for item in items {
            switch item {
            case .step(let step):
                number += 1
                let name = "step \(prefix)\(number) of \(owner)"
                func add(_ field: String, _ text: InlineText?, _ what: String) {
                    guard let text else { return }
                    units.append(
                        TranslationUnit(
                            key: self.step(method.id, step.id, field), text: text, description: "\(what) \(name)",
                            methodID: method.id, stepID: step.id, surface: method.surface, target: step.target))
                }
                add("actor", step.actor, "who does (not the reader)")  // issue 15
                add("if", step.model.condition, "the condition (\"If …:\") of")
                add("for-each", step.model.forEach, "what is repeated over (\"For each …:\") in")
                add("text", step.text, "the instruction of")
                add("expect", step.model.expect?.text, "what the user should then see, after")
                add("result", step.result, "what the user sees after")
                add("choices.prompt", step.choices?.prompt, "the lead-in of the options at")
                for (index, option) in (step.choices?.options ?? []).enumerated() {
                    add("choices.\(index + 1)", option, "option \(index + 1) shown at")
                }
                for (index, callout) in step.callouts.enumerated() {
                    add("callout.\(index + 1)", callout.text, "a \(callout.kind.rawValue) on")
                }
                procedure(step.substeps, method: method, owner: owner, prefix: "\(prefix)\(number).", into: &units)
            case .wait(let wait):
                let name = "the wait after step \(prefix)\(number) of \(owner)"
                for (field, text) in [("event", wait.event?.text), ("before", wait.before), ("reason", wait.reason)] {
                    guard let text else { continue }
                    units.append(
                        TranslationUnit(
                            key: step(method.id, wait.id, field), text: text,
                            description: field == "before"
                                ? "what not to do before \(name) ends (\"Wait 1–2 minutes before …\")"
                                : field == "event" ? "what the user waits for, in \(name) (\"Wait for the email: …\")" : "why the user waits, in \(name)",
                            methodID: method.id, stepID: wait.id))
                }
            }
        }
    }
}
