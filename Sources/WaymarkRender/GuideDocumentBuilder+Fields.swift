import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown

/// One text of a guide as the page shows it in a locale, for outputs that lay guides out
/// themselves (the export's structured guide): the same inlines the page is built from.
public struct LocalizedInline: Sendable, Hashable {
    /// The inlines, with UI labels and links filled in.
    public var inlines: [MarkdownInline]
    /// Whether the source text stands in for a missing or out-of-date translation.
    public var isFallback: Bool
}

extension GuideDocumentBuilder {
    /// The text under `key` in this locale (source when not translated); no source-language markup.
    public func localized(_ key: String, _ source: InlineText) -> LocalizedInline {
        let translated = translations.text(for: key, source: source.markdown)
        let links = proseGuideLinks(translated.markdown, slots: [:])
        let inline: MarkdownInline = links.slots.isEmpty ? .markdown(translated.markdown) : .template(links.markdown, slots: links.slots)
        return LocalizedInline(inlines: [inline], isFallback: translated.state.isFallback)
    }

    /// A step's sentence as the page shows it: authored and translated, or made from its action and UI label.
    public func sentence(of step: Step, in method: Method) -> LocalizedInline {
        var states: [TranslationState] = []
        let inlines = stepText(step, surface: method.surface, key: TranslationKey.step(method.id, step.id, "text"), states: &states)
        return LocalizedInline(inlines: stripLanguageMarks(inlines), isFallback: states.contains { $0.isFallback })
    }

    /// A wait's sentence as the page shows it ("Wait 1–2 minutes before you …").
    public func sentence(of wait: Wait, in method: Method) -> LocalizedInline {
        var inlines: [MarkdownInline] = [.text(waitWords(wait))]
        var fallback = false
        if let event = wait.event?.text {
            let text = localized(TranslationKey.step(method.id, wait.id, "event"), event)
            inlines += [.text(strings.labelSeparator + " ")] + text.inlines
            fallback = text.isFallback
        }
        if let before = wait.before {
            let text = localized(TranslationKey.step(method.id, wait.id, "before"), before)
            inlines += [.text(" \(strings.waitBefore) ")] + text.inlines
            fallback = fallback || text.isFallback
        }
        inlines.append(.text(strings.fullStop))
        if wait.event != nil, wait.duration.bound != .unknown { inlines.append(.text(" " + strings.format.usually(wait.duration))) }
        return LocalizedInline(inlines: inlines, isFallback: fallback)
    }

    /// The UI label of a step's target in this locale, from the product model.
    public func label(of step: Step, in method: Method) -> String? {
        guard let target = step.target, let surface = method.surface else { return nil }
        return labels.label(surface: surface, element: target, locale: strings.locale)
    }

    /// The inlines without the `lang` wrappers that mark source-language text on a page.
    func stripLanguageMarks(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.filter {
            if case .html(let html) = $0 { return !(html.hasPrefix("<span lang=") || html == "</span>" || html.hasPrefix("<bdi lang=") || html == "</bdi>") }
            return true
        }.map {
            if case .template(let text, let slots) = $0 {
                return .template(
                    text,
                    slots: slots.mapValues { slot in
                        if case .strong(let children) = slot { return .strong(stripLanguageMarks(children)) }
                        return slot
                    })
            }
            return $0
        }
    }
}
