import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// Issue 14's part of the page: prerequisites, conditions and exits, variants, navigation
/// paths, values, icons, expectations and loops.
extension GuideDocumentBuilder {
    var details: (any ProductDetails)? { labels as? any ProductDetails }

    /// The surface each step is done in: the method's, until a step changes it.
    static func stepSurfaces(_ method: Method) -> [String: String] {
        var result: [String: String] = [:]
        var current = method.surface
        func walk(_ items: [ProcedureItem]) {
            for case .step(let step) in items {
                if let surface = step.model.surface { current = surface }
                if let current { result[step.id] = current }
                walk(step.substeps)
            }
        }
        walk(method.items)
        return result
    }

    /// "Before you begin": each requirement with its kind, in the page's language.
    func beforeYouBegin(_ requirements: Requirements, heading: Bool) -> [MarkdownBlock] {
        guard !requirements.isEmpty else { return [] }
        let items: [[MarkdownBlock]] = requirements.map { requirement in
            let found = details?.requirement(requirement.id, locale: strings.locale)
            var line: [MarkdownInline] = []
            if let kind = found?.kind { line.append(.text(strings.journey.requirementKind(kind) + strings.labelSeparator + " ")) }
            line.append(.strong([.text(found?.name ?? requirement.id)]))
            return [.paragraph(line)]
        }
        let title = strings.journey.beforeYouBegin
        let lead: MarkdownBlock = heading ? .heading(level: 2, [.text(title)]) : .paragraph([.strong([.text(title + strings.labelSeparator)])])
        return [.wrapper(open: "<div class=\"before-you-begin\">", close: "</div>", [lead, .list(ordered: false, tight: true, items: items)])]
    }

    /// The step's facets for the switcher in `site.js` (platforms and variants), as attributes.
    func facets(_ step: Step, method: Method) -> String {
        var attributes = ""
        if !step.platforms.isEmpty {
            let names = step.platforms.map { platform in
                var lead = strings.platformLead([platform])
                if lead.hasSuffix(":") { lead.removeLast() }
                return lead
            }
            attributes += " data-platforms=\"\(HTMLEscaping.escape(step.platforms.joined(separator: " ")))\""
            attributes += " data-platform-names=\"\(HTMLEscaping.escape(names.joined(separator: "|")))\""
        }
        if !step.model.variants.isEmpty {
            let names = step.model.variants.map { id in
                (methodSurfaces.surfaces(method)[step.id] ?? method.surface).flatMap { details?.variantName(surface: $0, variant: id, locale: strings.locale) } ?? id
            }
            attributes += " data-variants=\"\(HTMLEscaping.escape(step.model.variants.joined(separator: " ")))\""
            attributes += " data-variant-names=\"\(HTMLEscaping.escape(names.joined(separator: "|")))\""
        }
        return attributes
    }

    /// The switcher's place, when some steps are for some platforms or variants only: hidden
    /// until `site.js` fills it, so that without JavaScript every step reads, labelled.
    func facetSwitcher(_ guide: Guide) -> [MarkdownBlock] {
        func limited(_ items: [ProcedureItem]) -> Bool {
            items.contains { item in
                guard case .step(let step) = item else { return false }
                return !step.platforms.isEmpty || !step.model.variants.isEmpty || limited(step.substeps)
            }
        }
        guard guide.methods.contains(where: { limited($0.items) }) else { return [] }
        let open =
            "<div class=\"facet-switcher\" data-label=\"\(HTMLEscaping.escape(strings.journey.showStepsFor))\" data-all=\"\(HTMLEscaping.escape(strings.journey.allVariants))\" hidden>"
        return [.wrapper(open: open, close: "</div>", [])]
    }

    /// What comes before the sentence: the variants ("New console:"), the condition
    /// ("If you are asked for a code:") and the repeat ("For each remaining partner:").
    func modelLead(_ step: Step, surface: String?, key: (String) -> String, states: inout [TranslationState]) -> [MarkdownInline] {
        var lead: [MarkdownInline] = []
        if !step.model.variants.isEmpty {
            let names = step.model.variants.map { id in surface.flatMap { details?.variantName(surface: $0, variant: id, locale: strings.locale) } ?? id }
            lead += [.emphasis([.text(names.joined(separator: ", ") + strings.labelSeparator)]), .text(" ")]
        }
        if let condition = step.model.condition {
            let inlines = text(key("if"), condition, states: &states)
            lead += [.emphasis([.template(strings.journey.conditionLead, slots: ["condition": Self.group(inlines)])]), .text(" ")]
        }
        if step.model.otherwise { lead += [.emphasis([.text(strings.journey.otherwise)]), .text(" ")] }
        if let item = step.model.forEach {
            let inlines = text(key("for-each"), item, states: &states)
            lead += [.emphasis([.template(strings.journey.forEachLead, slots: ["item": Self.group(inlines)])]), .text(" ")]
        }
        return lead
    }

    /// An element's label as a slot: bold, with its icon when it is an icon-only control.
    func labelSlot(_ element: String, surface: String?) -> MarkdownInline {
        let label = surface.flatMap { labels.label(surface: $0, element: element, locale: strings.locale) } ?? element
        guard let icon = surface.flatMap({ details?.icon(surface: $0, element: element) }) else { return .strong([.text(label)]) }
        return .template("{l} ({i})", slots: ["l": .strong([.text(label)]), "i": .text(icon)])
    }

    /// `{path}` for a navigation path (the labels joined by ›), and `{value}` as code.
    func addModelSlots(_ step: Step, surface: String?, to slots: inout [String: MarkdownInline]) {
        if !step.model.navigate.isEmpty {
            let labels = step.model.navigate.map { hop in
                surface.flatMap { self.labels.label(surface: $0, element: hop.id, locale: strings.locale) } ?? hop.id
            }
            slots["path"] = .strong([.text(labels.joined(separator: strings.journey.pathSeparator))])
            if slots["label"] == nil, let last = step.model.navigate.last { slots["label"] = labelSlot(last.id, surface: surface) }
        }
        if let value = step.model.value?.markdown {
            slots["value"] = .template(
                "{o}{c}{x}",
                slots: [
                    "o": .html(
                        "<span class=\"value\" data-copy=\"\(HTMLEscaping.escape(strings.journey.copyValue))\" data-copied=\"\(HTMLEscaping.escape(strings.journey.valueCopied))\">"
                    ),
                    "c": .markdown(Self.codeSpan(value)), "x": .html("</span>"),
                ])
        }
    }

    /// The expectation, set apart from the instructions: its text, or the screen's name.
    func expectation(_ step: Step, surface: String?, key: (String) -> String, states: inout [TranslationState]) -> MarkdownBlock? {
        guard let expect = step.model.expect else { return nil }
        var sentence: [MarkdownInline]
        if let text = expect.text {
            sentence = self.text(key("expect"), text, states: &states)
        } else if let screen = expect.screen, let name = surface.flatMap({ details?.screenName(surface: $0, screen: screen.id, locale: strings.locale) }) {
            sentence = [.template(strings.journey.screenSentence, slots: ["screen": .strong([.text(name)])])]
        } else {
            return nil
        }
        sentence = [.strong([.text(strings.journey.expectLabel)]), .text(" ")] + sentence
        return .wrapper(open: "<div class=\"step-expect\">", close: "</div>", [.paragraph(sentence)])
    }

    /// Several inlines as one slot.
    static func group(_ inlines: [MarkdownInline]) -> MarkdownInline {
        if inlines.count == 1 { return inlines[0] }
        let names = inlines.indices.map { "g\($0)" }
        return .template(names.map { "{\($0)}" }.joined(), slots: Dictionary(uniqueKeysWithValues: zip(names, inlines)))
    }

    /// A code span that holds `value` whatever backticks it contains.
    static func codeSpan(_ value: String) -> String {
        var longest = 0, run = 0
        for character in value { run = character == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = value.hasPrefix("`") || value.hasSuffix("`") ? " \(value) " : value
        return fence + padded + fence
    }

    /// A sentence whose label ends in punctuation ("Disconnect?", "More…") does not add its
    /// own full stop after it.
    static func withoutDoubledStop(_ sentence: String, slots: [String: MarkdownInline]) -> String {
        var result = sentence
        for name in ["label", "path", "name"] {
            guard let slot = slots[name], let last = plainText(slot).last, ".?!…:。".contains(last) else { continue }
            for stop in [".", "。"] { result = result.replacingOccurrences(of: "{\(name)}\(stop)", with: "{\(name)}") }
        }
        return result
    }

    static func plainText(_ inline: MarkdownInline) -> String {
        switch inline {
        case .text(let text), .markdown(let text): text
        case .strong(let children), .emphasis(let children), .link(_, let children), .pageLink(_, _, _, let children): children.map(plainText).joined()
        case .template(_, let slots): slots["l"].map(plainText) ?? ""
        case .html, .pageHTML: ""
        }
    }
}

/// ``GuideDocumentBuilder/stepSurfaces(_:)`` of each method of a page, computed once.
final class MethodSurfaces: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (method: Method, surfaces: [String: String])] = [:]

    func surfaces(_ method: Method) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        if let found = known[method.id], found.method == method { return found.surfaces }
        let surfaces = GuideDocumentBuilder.stepSurfaces(method)
        known[method.id] = (method, surfaces)
        return surfaces
    }
}
