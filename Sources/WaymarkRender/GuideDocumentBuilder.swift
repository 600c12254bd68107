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
}
