import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// Steps, waits, callouts and outcomes: the procedure part of a guide's document.
extension GuideDocumentBuilder {
    /// Steps as numbered lists; a wait sits between lists, and numbering carries on after it.
    func procedure(_ items: [ProcedureItem], method: Method) -> [MarkdownBlock] {
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
                pending.append(self.step(step, method: method))
            case .wait(let wait):
                flush()
                blocks.append(self.wait(wait, method: method))
            }
        }
        flush()
        return blocks
    }

    func step(_ step: Step, method: Method) -> [MarkdownBlock] {
        var states: [TranslationState] = []
        func key(_ field: String) -> String { TranslationKey.step(method.id, step.id, field) }
        let surface = methodSurfaces.surfaces(method)[step.id] ?? method.surface
        var lead: [MarkdownInline] = [anchor(step.id, facets: facets(step, method: method))]
        if !step.platforms.isEmpty { lead += [.emphasis([.text(strings.platformLead(step.platforms))]), .text(" ")] }
        lead += modelLead(step, surface: surface, key: key, states: &states)
        if step.isOptional { lead += [.emphasis([.text(strings.optionalLabel)]), .text(" ")] }
        lead += outsideLead(step, key: key("actor"), states: &states)
        if step.text == nil && step.action == nil && step.model.navigate.isEmpty {
            if case .text(" ") = lead.last { lead.removeLast() }  // a bare "For each …:" lead
        } else {
            lead += stepText(step, surface: surface, key: key("text"), states: &states)
        }
        if step.model.exits { lead += [.text(" "), .strong([.text(strings.journey.done)])] }
        let leadFellBack = states.contains { $0.isFallback }
        let slots = labelSlots(step, surface: surface)
        // Warnings and important notes come before the step, so readers see them before they act.
        var blocks: [MarkdownBlock] = step.callouts.enumerated().filter { Self.warnsBeforeActing($0.element.kind) }.map { index, callout in
            self.callout(callout, key: key("callout.\(index + 1)"), slots: slots, states: &states)
        }
        let leadIndex = blocks.count
        blocks.append(.paragraph(lead))
        if let image = step.image, let figure = figure(image, altKey: key("image.alt"), states: &states) { blocks.append(figure) }
        // A parent step's result is what the reader sees once its sub-steps are done.
        if !step.substeps.isEmpty { blocks += procedure(step.substeps, method: method) }
        if let result = step.result { blocks.append(.paragraph(text(key("result"), result, slots: slots, states: &states))) }
        if let expect = expectation(step, surface: surface, key: key, states: &states) { blocks.append(expect) }
        if let choices = step.choices {
            if let prompt = choices.prompt { blocks.append(.paragraph(text(key("choices.prompt"), prompt, states: &states))) }
            blocks.append(
                .list(
                    ordered: false, tight: true,
                    items: choices.options.enumerated().map { index, option in
                        [.paragraph(text(key("choices.\(index + 1)"), option, states: &states))]
                    }))
        }
        for (index, callout) in step.callouts.enumerated() where !Self.warnsBeforeActing(callout.kind) {
            blocks.append(self.callout(callout, key: key("callout.\(index + 1)"), slots: slots, states: &states))
        }
        // The notice goes under the sentence when that is what stands in, else after the step's parts.
        if let notice = notice(for: states) {
            if leadFellBack { blocks.insert(notice, at: leadIndex + 1) } else { blocks.append(notice) }
        }
        return blocks
    }

    /// The step's sentence: the author's text (translated), or one made from the action, with
    /// `{label}` as the element's UI label in this locale and `{url}` as a link (appended when
    /// the text does not place it). Both go in as nodes, never as Markdown.
    func stepText(_ step: Step, surface: String?, key: String, states: inout [TranslationState]) -> [MarkdownInline] {
        var slots: [String: MarkdownInline] = [:]
        var foreign: Set<String> = []
        if let target = step.target {
            let label = surface.flatMap { labels.label(surface: $0, element: target, locale: strings.locale) }
            let written = surface.flatMap { labels.labelLocale(surface: $0, element: target, locale: strings.locale) }
            if let label, let written, written.language != strings.locale.language {
                // A label with no translation: marked with the language it is in, isolated on right-to-left pages.
                slots["label"] = .strong(otherLanguage([.text(label)], written))
                foreign.insert("label")
            } else {
                slots["label"] = labelSlot(target, surface: surface)
            }
        }
        if step.action == .openApp || step.action == .open || step.action == .signIn, let name = surface.flatMap({ labels.surfaceName($0) }) {
            slots["name"] = .strong([.text(name)])
            // `open` on the web links to the surface's address.
            if step.action == .open, let url = surface.flatMap({ details?.surfaceURL($0) }) { slots["name"] = .link(url: url, [.strong([.text(name)])]) }
        }
        if let url = step.url?.markdown { slots["url"] = .link(url: url, [.text(url)]) }
        addModelSlots(step, surface: surface, to: &slots)
        guard let authored = step.text else {
            var sentence = defaultSentence(step)
            if step.action == .openApp && slots["name"] == nil { sentence = strings.actionSentence(.openApp) }
            return [.template(Self.withoutDoubledStop(sentence, slots: slots), slots: slots)]
        }
        var inlines = text(key, authored, slots: slots, foreignSlots: foreign, states: &states)
        if slots["url"] != nil, !authored.markdown.contains("{url}") { inlines += [.text(" "), slots["url"]!] }
        return inlines
    }

    /// `{label}`: the step's target's UI label in this locale, for its text, result and callouts.
    func labelSlots(_ step: Step, surface: String?) -> [String: MarkdownInline] {
        guard let target = step.target else { return [:] }
        return ["label": labelSlot(target, surface: surface)]
    }

    /// Callouts a reader must see before acting on the step: warnings and important notes.
    static func warnsBeforeActing(_ kind: Callout.Kind) -> Bool { kind == .warning || kind == .important }

    func defaultSentence(_ step: Step) -> String {
        if !step.model.navigate.isEmpty { return strings.journey.navigate }
        if step.model.value != nil, step.target != nil { return strings.journey.typeValue }
        switch step.action {
        case .open: return strings.journey.open
        case .signIn: return strings.journey.signIn
        default: break
        }
        return switch step.action {
        case .openApp: strings.openAppSentence
        case .openURL: strings.openURLSentence
        case .some(let action): strings.actionSentence(action)
        case nil: ""
        }
    }

    func wait(_ wait: Wait, method: Method) -> MarkdownBlock {
        var states: [TranslationState] = []
        var sentence: [MarkdownInline] = [anchor(wait.id), .strong([.text(waitWords(wait))])]
        if let event = wait.event?.text {
            sentence += [.text(strings.labelSeparator + " ")] + text(TranslationKey.step(method.id, wait.id, "event"), event, states: &states)
        }
        if let before = wait.before {
            sentence += [.text(" \(strings.waitBefore) ")]
            sentence += text(TranslationKey.step(method.id, wait.id, "before"), before, states: &states)
        }
        sentence.append(.text(strings.fullStop))
        if let reason = wait.reason {
            sentence.append(.text(" "))
            sentence += text(TranslationKey.step(method.id, wait.id, "reason"), reason, states: &states)
        }
        if wait.event != nil, wait.duration.bound != .unknown {
            sentence.append(.text(" " + strings.format.usually(wait.duration)))
        }
        var content: [MarkdownBlock] = [.paragraph(sentence)]
        if let notice = notice(for: states) { content.append(notice) }
        return aside(kind: "wait", label: strings.waitLabel, content)
    }

    func callout(_ callout: Callout, key: String, slots: [String: MarkdownInline] = [:], states: inout [TranslationState]) -> MarkdownBlock {
        let label = strings.calloutLabel(callout.kind)
        var content: [MarkdownBlock] = [
            .paragraph([.strong([.text(label + strings.labelSeparator)]), .text(" ")] + text(key, callout.text, slots: slots, states: &states))
        ]
        if let image = callout.image, let figure = figure(image, altKey: key + ".image.alt", states: &states) { content.append(figure) }
        return aside(kind: callout.kind.rawValue, label: label, content)
    }

    func outcome(_ outcome: Outcome, _ page: inout PageFallbacks) -> [MarkdownBlock] {
        let title = outcome.title.map { text(TranslationKey.guide("outcome.title"), $0, &page) } ?? [.text(strings.outcomeTitle)]
        var blocks: [MarkdownBlock] = [.heading(level: 2, title)]
        if let text = outcome.text { blocks.append(.paragraph(self.text(TranslationKey.guide("outcome.text"), text, &page))) }
        if !outcome.results.isEmpty {
            blocks.append(
                .list(
                    ordered: false, tight: true,
                    items: outcome.results.enumerated().map { index, result in
                        [.paragraph(text(TranslationKey.guide("outcome.results.\(index + 1)"), result, &page))]
                    }))
        }
        if let image = outcome.image, let figure = figure(image, altKey: TranslationKey.guide("outcome.image.alt"), states: &page.states) { blocks.append(figure) }
        return blocks
    }

    func anchor(_ id: String, facets: String = "") -> MarkdownInline {
        .html("<span id=\"\(HTMLEscaping.escape(id))\"\(facets)></span>")
    }

    func aside(kind: String, label: String, _ content: [MarkdownBlock]) -> MarkdownBlock {
        .wrapper(
            open: "<aside class=\"callout callout-\(HTMLEscaping.escape(kind))\" role=\"note\" aria-label=\"\(HTMLEscaping.escape(label))\">",
            close: "</aside>",
            content
        )
    }
}
