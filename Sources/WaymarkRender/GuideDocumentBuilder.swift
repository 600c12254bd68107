import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// Builds the document tree of one guide in one locale. Pure: no files, no cmark.
public struct GuideDocumentBuilder: Sendable {
    let strings: UIStrings
    let labels: any ProductLabels

    /// Creates a builder for a locale's strings, taking UI labels from `labels`.
    public init(strings: UIStrings, labels: any ProductLabels = NoProductLabels()) {
        self.strings = strings
        self.labels = labels
    }

    /// The guide as one Markdown document: title, summary, conditions, methods, outcome.
    public func document(for guide: Guide) -> MarkdownDocument {
        var blocks: [MarkdownBlock] = [
            .heading(level: 1, [.markdown(guide.title.markdown)]),
            .paragraph([.markdown(guide.summary.markdown)]),
        ]
        if let conditions = guide.appliesWhen { blocks += self.conditions(conditions) }
        blocks += guide.callouts.map(callout)
        if guide.methods.count > 1 {
            blocks.append(.paragraph([.text(strings.methodsIntro(guide.methods.count))]))
            blocks.append(.list(ordered: false, tight: true, items: guide.methods.map { method in
                [.paragraph([.link(url: "#" + method.id, [.text(CMark.renderInline(method.title.markdown).plainText)])])]
            }))
        }
        for (index, method) in guide.methods.enumerated() {
            let prefix = guide.methods.count > 1 ? strings.methodPrefix(index + 1) : ""
            blocks += self.method(method, prefix: prefix)
        }
        if let outcome = guide.outcome { blocks += self.outcome(outcome) }
        return MarkdownDocument(blocks)
    }

    func conditions(_ conditions: Conditions) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        if let intro = conditions.intro { blocks.append(.paragraph([.markdown(intro.markdown)])) }
        blocks.append(.list(ordered: false, tight: true, items: conditions.items.map { [.paragraph([.markdown($0.markdown)])] }))
        return blocks
    }

    func method(_ method: Method, prefix: String) -> [MarkdownBlock] {
        var heading: [MarkdownInline] = [anchor(method.id)]
        if !prefix.isEmpty { heading.append(.text(prefix)) }
        heading.append(.markdown(method.title.markdown))
        var blocks: [MarkdownBlock] = [.heading(level: 2, heading)]
        if let summary = method.summary { blocks.append(.paragraph([.markdown(summary.markdown)])) }
        if let conditions = method.appliesWhen { blocks += self.conditions(conditions) }
        blocks += method.callouts.map(callout)
        blocks += procedure(method.items, surface: method.surface)
        return blocks
    }

    /// Steps as numbered lists; a wait sits between lists, and numbering carries on after it.
    func procedure(_ items: [ProcedureItem], surface: String?) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var pending: [[MarkdownBlock]] = []
        var number = 1
        func flush() {
            guard !pending.isEmpty else { return }
            blocks.append(.list(ordered: true, start: number, tight: false, items: pending))
            number += pending.count
            pending = []
        }
        for item in items {
            switch item {
            case .step(let step):
                pending.append(self.step(step, surface: surface))
            case .wait(let wait):
                flush()
                blocks.append(self.wait(wait))
            }
        }
        flush()
        return blocks
    }

    func step(_ step: Step, surface: String?) -> [MarkdownBlock] {
        var lead: [MarkdownInline] = [anchor(step.id)]
        if !step.platforms.isEmpty { lead += [.emphasis([.text(strings.platformLead(step.platforms))]), .text(" ")] }
        if step.isOptional { lead += [.emphasis([.text(strings.optionalLabel)]), .text(" ")] }
        lead.append(stepText(step, surface: surface))
        var blocks: [MarkdownBlock] = [.paragraph(lead)]
        if let result = step.result { blocks.append(.paragraph([.markdown(result.markdown)])) }
        if let choices = step.choices {
            if let prompt = choices.prompt { blocks.append(.paragraph([.markdown(prompt.markdown)])) }
            blocks.append(.list(ordered: false, tight: true, items: choices.options.map { [.paragraph([.markdown($0.markdown)])] }))
        }
        if !step.substeps.isEmpty { blocks += procedure(step.substeps, surface: surface) }
        blocks += step.callouts.map(callout)
        return blocks
    }

    /// The step's sentence: the author's text, or one made from the action, with `{label}`
    /// as the element's UI label in this locale and `{url}` as a link (appended when the text
    /// does not place it). Both go in as nodes, never as Markdown.
    func stepText(_ step: Step, surface: String?) -> MarkdownInline {
        var text = step.text?.markdown ?? defaultSentence(step)
        var slots: [String: MarkdownInline] = [:]
        if let target = step.target {
            let label = surface.flatMap { labels.label(surface: $0, element: target, locale: strings.locale) }
            slots["label"] = .strong([.text(label ?? target)])
        }
        if step.action == .openApp {
            if let name = surface.flatMap({ labels.surfaceName($0) }) {
                slots["name"] = .strong([.text(name)])
            } else if step.text == nil {
                text = strings.actionSentence(.openApp)
            }
        }
        if let url = step.url?.markdown {
            slots["url"] = .link(url: url, [.text(url)])
            if !text.contains("{url}") { text += " {url}" }
        }
        return .template(text, slots: slots)
    }

    func defaultSentence(_ step: Step) -> String {
        switch step.action {
        case .openApp: strings.openAppSentence
        case .openURL: strings.openURLSentence
        case .some(let action): strings.actionSentence(action)
        case nil: ""
        }
    }

    func wait(_ wait: Wait) -> MarkdownBlock {
        var sentence: [MarkdownInline] = [anchor(wait.id), .strong([.text(strings.waitFor(wait.duration))])]
        if let before = wait.before {
            sentence += [.text(" \(strings.waitBefore) "), .markdown(before.markdown)]
        }
        sentence.append(.text(strings.fullStop))
        if let reason = wait.reason { sentence += [.text(" "), .markdown(reason.markdown)] }
        return aside(kind: "wait", label: strings.waitLabel, [.paragraph(sentence)])
    }

    func callout(_ callout: Callout) -> MarkdownBlock {
        let label = strings.calloutLabel(callout.kind)
        return aside(kind: callout.kind.rawValue, label: label, [
            .paragraph([.strong([.text(label + ":")]), .text(" "), .markdown(callout.text.markdown)]),
        ])
    }

    func outcome(_ outcome: Outcome) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = [.heading(level: 2, [.markdown(outcome.title?.markdown ?? strings.outcomeTitle)])]
        if let text = outcome.text { blocks.append(.paragraph([.markdown(text.markdown)])) }
        if !outcome.results.isEmpty {
            blocks.append(.list(ordered: false, tight: true, items: outcome.results.map { [.paragraph([.markdown($0.markdown)])] }))
        }
        return blocks
    }

    func anchor(_ id: String) -> MarkdownInline {
        .html("<span id=\"\(HTMLEscaping.escape(id))\"></span>")
    }

    func aside(kind: String, label: String, _ content: [MarkdownBlock]) -> MarkdownBlock {
        .wrapper(
            open: "<aside class=\"callout callout-\(HTMLEscaping.escape(kind))\" role=\"note\" aria-label=\"\(HTMLEscaping.escape(label))\">",
            close: "</aside>",
            content
        )
    }
}
