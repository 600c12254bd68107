import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// Builds the document tree of one guide in one locale. Pure: no files, no cmark.
///
/// Each translatable text comes from `translations` under its ``TranslationKey``; where the
/// source text stands in, it is marked with the source locale's `lang`, and its step gets a
/// short notice in the page's language.
public struct GuideDocumentBuilder: Sendable {
    let strings: UIStrings
    let labels: any ProductLabels
    let translations: any GuideTranslations
    let sourceLocale: LocaleID
    /// Other guides' titles, for links to them (issue 15).
    var guideTitles: any GuideTitles = NoGuideTitles()
    /// The images the site publishes (issue 15).
    var images = PublishedImages()
    /// Each method's step surfaces, found once per page (a lookup per step made pages quadratic in their steps).
    let methodSurfaces = MethodSurfaces()
    /// Where the pages sit, for their relative paths (issue 15).
    var layout = PageLayout.site

    /// Creates a builder for a locale's strings, UI labels and translations.
    public init(
        strings: UIStrings, labels: any ProductLabels = NoProductLabels(),
        translations: any GuideTranslations = SourceTexts(), sourceLocale: LocaleID = .english,
        guideTitles: any GuideTitles = NoGuideTitles(), images: PublishedImages = PublishedImages(), layout: PageLayout = .site
    ) {
        self.layout = layout
        self.guideTitles = guideTitles
        self.images = images
        self.strings = strings
        self.labels = labels
        self.translations = translations
        self.sourceLocale = sourceLocale
    }

    /// Fallbacks seen outside steps, for the page-level notice.
    struct PageFallbacks {
        var states: [TranslationState] = []
    }

    /// The guide as one Markdown document: title, summary, conditions, methods, outcome.
    public func document(for guide: Guide) -> MarkdownDocument {
        var page = PageFallbacks()
        var blocks: [MarkdownBlock] = [
            .heading(level: 1, text(TranslationKey.guide("title"), guide.title, &page)),
            .paragraph(text(TranslationKey.guide("summary"), guide.summary, &page)),
        ]
        let noticeIndex = blocks.count
        if let conditions = guide.appliesWhen { blocks += self.conditions(conditions, key: TranslationKey.guide, leadIn: strings.format.guideAppliesWhen, &page) }
        blocks += beforeYouBegin(guide.requires, heading: true)
        blocks += facetSwitcher(guide)
        for (index, callout) in guide.callouts.enumerated() {
            blocks.append(self.callout(callout, key: TranslationKey.guide("callout.\(index + 1)"), states: &page.states))
        }
        if guide.methods.count > 1 {
            blocks.append(.paragraph([.text(strings.methodsIntro(guide.methods.count))]))
            blocks.append(
                .list(
                    ordered: false, tight: true,
                    items: guide.methods.map { method in
                        let title = translations.text(for: TranslationKey.method(method.id, "title"), source: method.title.markdown)
                        let plain: [MarkdownInline] = [.text(CMark.renderInline(title.markdown).plainText)]
                        return [.paragraph([.link(url: "#" + method.id, title.state.isFallback ? sourceLanguage(plain) : plain)])]
                    }))
        }
        for (index, method) in guide.methods.enumerated() {
            let prefix = guide.methods.count > 1 ? strings.methodPrefix(index + 1) : ""
            blocks += self.method(method, prefix: prefix, &page)
            blocks += troubleshooting(method.troubleshooting, keyPrefix: method.id, method: method, guide: guide, headingLevel: 3, &page)
        }
        blocks += troubleshooting(guide.troubleshooting, keyPrefix: nil, method: nil, guide: guide, headingLevel: 2, &page)
        if let outcome = guide.outcome { blocks += self.outcome(outcome, &page) }
        blocks += nextSteps(guide, &page)
        if let notice = notice(for: page.states, page: true) { blocks.insert(notice, at: noticeIndex) }
        return MarkdownDocument(blocks)
    }

    /// Each step's and wait's sentence in this locale, with its anchor, for the search index.
    public func searchSteps(for guide: Guide) -> [(anchor: String, inlines: [MarkdownInline])] {
        var result: [(String, [MarkdownInline])] = []
        func walk(_ items: [ProcedureItem], _ method: Method) {
            let surfaces = methodSurfaces.surfaces(method)
            for item in items {
                var ignored: [TranslationState] = []
                switch item {
                case .step(let step):
                    let surface = surfaces[step.id] ?? method.surface
                    // The condition ("If …:") is searched with the sentence.
                    let lead = modelLead(step, surface: surface, key: { TranslationKey.step(method.id, step.id, $0) }, states: &ignored)
                    result.append((step.id, lead + stepText(step, surface: surface, key: TranslationKey.step(method.id, step.id, "text"), states: &ignored)))
                    walk(step.substeps, method)
                case .wait(let wait):
                    var inlines: [MarkdownInline] = [.text(waitWords(wait))]
                    if let before = wait.before {
                        inlines.append(.text(" \(strings.waitBefore) "))
                        inlines += text(TranslationKey.step(method.id, wait.id, "before"), before, states: &ignored)
                    }
                    result.append((wait.id, inlines))
                }
            }
        }
        for method in guide.methods { walk(method.items, method) }
        result += searchTroubleshooting(guide)
        return result
    }

    // MARK: Texts

    /// The text for `key` in this locale, marked with the source `lang` when the source stands in.
    func text(
        _ key: String, _ source: InlineText, slots: [String: MarkdownInline] = [:], foreignSlots: Set<String> = [],
        states: inout [TranslationState]
    ) -> [MarkdownInline] {
        var translated = translations.text(for: key, source: source.markdown)
        states.append(translated.state)
        // Issue 15: links to other guides in prose.
        let links = proseGuideLinks(translated.markdown, slots: slots)
        var slots = slots
        if !links.slots.isEmpty {
            translated.markdown = links.markdown
            slots.merge(links.slots) { first, _ in first }
        }
        guard translated.state.isFallback else {
            return [slots.isEmpty ? .markdown(translated.markdown) : .template(Self.withoutDoubledStop(translated.markdown, slots: slots), slots: slots)]
        }
        // The source text stands in; UI labels inside it stay in the page's language.
        var marked = slots
        for (name, slot) in slots where (name == "label" || name == "name") && !foreignSlots.contains(name) {
            if case .strong(let children) = slot { marked[name] = .strong(pageLanguage(children)) }
        }
        return sourceLanguage([marked.isEmpty ? .markdown(translated.markdown) : .template(translated.markdown, slots: marked)])
    }

    /// Inlines marked as the source locale's (with its direction when it differs from the page's).
    func sourceLanguage(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        let direction = sourceLocale.isRightToLeft == strings.locale.isRightToLeft ? "" : " dir=\"\(sourceLocale.isRightToLeft ? "rtl" : "ltr")\""
        return [.html("<span lang=\"\(HTMLEscaping.escape(sourceLocale.tag))\"\(direction)>")] + inlines + [.html("</span>")]
    }

    /// Inlines in another language than the page's: `<bdi>` on right-to-left pages, so that they are isolated too.
    func otherLanguage(_ inlines: [MarkdownInline], _ locale: LocaleID) -> [MarkdownInline] {
        let tag = HTMLEscaping.escape(locale.tag)
        if strings.locale.isRightToLeft != locale.isRightToLeft {
            return [.html("<bdi lang=\"\(tag)\" dir=\"\(locale.isRightToLeft ? "rtl" : "ltr")\">")] + inlines + [.html("</bdi>")]
        }
        return [.html("<span lang=\"\(tag)\">")] + inlines + [.html("</span>")]
    }

    /// Inlines in the page's language, isolated inside source-language text.
    func pageLanguage(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        [.html("<bdi lang=\"\(HTMLEscaping.escape(strings.locale.tag))\">")] + inlines + [.html("</bdi>")]
    }

    func text(_ key: String, _ source: InlineText, _ page: inout PageFallbacks) -> [MarkdownInline] {
        text(key, source, states: &page.states)
    }

    /// A short notice in the page's language when the source text stands in for a translation.
    func notice(for states: [TranslationState], page: Bool = false) -> MarkdownBlock? {
        let message: String
        if states.contains(.missing) {
            message = page ? strings.pageNotTranslated : strings.stepNotTranslated
        } else if states.contains(.stale) {
            message = page ? strings.pageMayBeOutdated : strings.stepMayBeOutdated
        } else {
            return nil
        }
        return .wrapper(open: "<div class=\"l10n-notice\">", close: "</div>", [.paragraph([.emphasis([.text(message)])])])
    }

    func conditions(_ conditions: Conditions, key: (String) -> String, leadIn: String, _ page: inout PageFallbacks) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        // A plain list of conditions gets the locale's lead-in line, so it never reads as steps.
        if let intro = conditions.intro { blocks.append(.paragraph(text(key("applies-when.intro"), intro, &page))) } else { blocks.append(.paragraph([.text(leadIn)])) }
        blocks.append(
            .list(
                ordered: false, tight: true,
                items: conditions.items.enumerated().map { index, item in
                    [.paragraph(text(key("applies-when.\(index + 1)"), item, &page))]
                }))
        return blocks
    }

    func method(_ method: Method, prefix: String, _ page: inout PageFallbacks) -> [MarkdownBlock] {
        var heading: [MarkdownInline] = [anchor(method.id)]
        if !prefix.isEmpty { heading.append(.text(prefix)) }
        heading += text(TranslationKey.method(method.id, "title"), method.title, &page)
        var blocks: [MarkdownBlock] = [.heading(level: 2, heading)]
        if let summary = method.summary { blocks.append(.paragraph(text(TranslationKey.method(method.id, "summary"), summary, &page))) }
        if let conditions = method.appliesWhen {
            blocks += self.conditions(conditions, key: { TranslationKey.method(method.id, $0) }, leadIn: strings.format.methodAppliesWhen, &page)
        }
        blocks += beforeYouBegin(method.requires, heading: false)
        for (index, callout) in method.callouts.enumerated() {
            blocks.append(self.callout(callout, key: TranslationKey.method(method.id, "callout.\(index + 1)"), states: &page.states))
        }
        blocks += procedure(method.items, method: method)
        return blocks
    }

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
