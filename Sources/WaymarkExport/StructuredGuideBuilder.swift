import WaymarkBase
import WaymarkGuide
import WaymarkHelp
import WaymarkModel
import WaymarkRender

/// A typed guide in one locale to the structured guide apps draw natively: every field from
/// the guide's own values, every text as its page shows it. A new construct of the guide
/// format becomes one more field here.
struct StructuredGuideBuilder {
    let builder: GuideDocumentBuilder
    let strings: UIStrings
    let source: LocaleID
    let model: ProductModel
    /// The images the guides show, and the model's UI labels and error messages (issue 15).
    var images = PublishedImages()
    var labels: any ProductLabels = NoProductLabels()

    func guide(_ guide: Guide) -> HelpGuide {
        var result = HelpGuide(
            id: guide.id, locale: strings.locale.tag,
            title: text(TranslationKey.guide("title"), guide.title), summary: text(TranslationKey.guide("summary"), guide.summary))
        result.topic = guide.topic.map { text(TranslationKey.guide("topic"), $0) }
        result.appliesWhen = guide.appliesWhen.map { conditions($0, key: TranslationKey.guide) }
        result.callouts = callouts(guide.callouts) { TranslationKey.guide("callout.\($0)") }
        result.methods = guide.methods.map { method($0, guide: guide) }
        result.outcome = guide.outcome.map(outcome)
        result.related = guide.related
        result.surfaces = Self.surfaces(of: guide)
        result.platforms = Self.platforms(of: guide, model: model)
        result.troubleshooting = troubleshooting(guide.troubleshooting, method: nil, guide: guide)
        result.next = next(guide)
        return result
    }

    func method(_ method: Method, guide: Guide) -> HelpMethod {
        var result = HelpMethod(id: method.id, title: text(TranslationKey.method(method.id, "title"), method.title))
        result.summary = method.summary.map { text(TranslationKey.method(method.id, "summary"), $0) }
        result.surface = method.surface
        result.platforms = method.platforms
        result.appliesWhen = method.appliesWhen.map { conditions($0) { TranslationKey.method(method.id, $0) } }
        result.callouts = callouts(method.callouts) { TranslationKey.method(method.id, "callout.\($0)") }
        result.steps = procedure(method.items, method: method)
        result.troubleshooting = troubleshooting(method.troubleshooting, method: method, guide: guide)
        return result
    }

    /// Steps numbered as on the page: waits are not numbered, and numbering carries on after them.
    func procedure(_ items: [ProcedureItem], method: Method) -> [HelpStep] {
        var number = 0
        return items.map { item in
            switch item {
            case .step(let step):
                number += 1
                return self.step(step, number: number, method: method)
            case .wait(let wait):
                return self.wait(wait, method: method)
            }
        }
    }

    func step(_ step: Step, number: Int, method: Method) -> HelpStep {
        func key(_ field: String) -> String { TranslationKey.step(method.id, step.id, field) }
        var result = HelpStep(kind: "step", id: step.id, text: HelpTextRendering.text(builder.sentence(of: step, in: method), source: source))
        result.number = number
        result.action = step.action?.rawValue
        result.target = step.target
        result.label = builder.label(of: step, in: method)
        result.platforms = step.platforms
        result.optional = step.isOptional
        result.url = step.url?.markdown
        result.result = step.result.map { text(key("result"), $0) }
        result.choices = step.choices.map { choices in
            HelpChoices(
                prompt: choices.prompt.map { text(key("choices.prompt"), $0) },
                options: choices.options.enumerated().map { text(key("choices.\($0.offset + 1)"), $0.element) })
        }
        result.callouts = callouts(step.callouts) { key("callout.\($0)") }
        result.steps = procedure(step.substeps, method: method)
        outsideFields(step, method: method, into: &result)
        return result
    }

    func wait(_ wait: Wait, method: Method) -> HelpStep {
        func key(_ field: String) -> String { TranslationKey.step(method.id, wait.id, field) }
        var result = HelpStep(kind: "wait", id: wait.id, text: HelpTextRendering.text(builder.sentence(of: wait, in: method), source: source))
        result.wait = HelpWait(
            lower: wait.duration.lower, upper: wait.duration.upper, unit: wait.duration.unit.rawValue,
            maximumSeconds: wait.duration.maximumSeconds,
            before: wait.before.map { text(key("before"), $0) }, reason: wait.reason.map { text(key("reason"), $0) })
        eventFields(wait, method: method, into: &result.wait!)
        return result
    }

    func conditions(_ conditions: Conditions, key: (String) -> String) -> HelpConditions {
        HelpConditions(
            intro: conditions.intro.map { text(key("applies-when.intro"), $0) },
            items: conditions.items.enumerated().map { text(key("applies-when.\($0.offset + 1)"), $0.element) })
    }

    func callouts(_ callouts: [Callout], key: (Int) -> String) -> [HelpCallout] {
        callouts.enumerated().map { index, callout in
            var result = HelpCallout(kind: callout.kind.rawValue, label: strings.calloutLabel(callout.kind), text: text(key(index + 1), callout.text))
            result.image = image(callout.image, altKey: key(index + 1) + ".image.alt")
            return result
        }
    }

    func outcome(_ outcome: Outcome) -> HelpOutcome {
        var result = HelpOutcome(
            title: outcome.title.map { text(TranslationKey.guide("outcome.title"), $0) } ?? HelpTextRendering.text([.text(strings.outcomeTitle)]),
            text: outcome.text.map { text(TranslationKey.guide("outcome.text"), $0) },
            results: outcome.results.enumerated().map { text(TranslationKey.guide("outcome.results.\($0.offset + 1)"), $0.element) })
        result.image = image(outcome.image, altKey: TranslationKey.guide("outcome.image.alt"))
        return result
    }

    func text(_ key: String, _ source: InlineText) -> HelpText {
        HelpTextRendering.text(builder.localized(key, source), source: self.source)
    }

    // MARK: Facets

    /// The surfaces the guide's methods name, sorted.
    static func surfaces(of guide: Guide) -> [String] { Set(guide.methods.compactMap(\.surface)).sorted() }

    /// The platforms the guide's methods apply to (a method without `platforms`: its surface's), sorted.
    static func platforms(of guide: Guide, model: ProductModel) -> [String] {
        var platforms: Set<String> = []
        for method in guide.methods {
            let surface = method.surface.flatMap { model.surface($0) }
            platforms.formUnion(method.platforms.isEmpty ? surface?.platforms ?? [] : method.platforms)
        }
        return platforms.sorted()
    }
}
