import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown

// Issue 15: event waits, steps done by someone else or in another channel, troubleshooting,
// follow-up tasks.

extension GuideDocumentBuilder {
    /// The words that lead a wait: its duration, or the event it waits for.
    func waitWords(_ wait: Wait) -> String {
        guard let event = wait.event else { return strings.waitFor(wait.duration) }
        return strings.format.waitForEvent(event.kind)
    }

    /// "*Your admin:* " before a step someone else does; "*In the email:* " for a step in a channel.
    func outsideLead(_ step: Step, key: String, states: inout [TranslationState]) -> [MarkdownInline] {
        var lead: [MarkdownInline] = []
        if let actor = step.actor {
            lead += [.html("<span class=\"step-actor\">"), .emphasis(text(key, actor, states: &states) + [.text(strings.labelSeparator)]), .html("</span>"), .text(" ")]
        }
        if let channel = step.channel {
            lead += [.html("<span class=\"step-channel\">"), .emphasis([.text(strings.format.channelLead(channel))]), .html("</span>"), .text(" ")]
        }
        return lead
    }

    /// The troubleshooting section of a guide (level 2) or a method (level 3).
    func troubleshooting(_ entries: [TroubleshootingEntry], keyPrefix: String?, method: Method?, guide: Guide, headingLevel: Int, _ page: inout PageFallbacks) -> [MarkdownBlock] {
        guard !entries.isEmpty else { return [] }
        let owner = method ?? Method(id: TranslationKey.guideTroubleshooting, title: "", items: [], surface: entries.first?.surface)
        var blocks: [MarkdownBlock] = [.heading(level: headingLevel, [anchor(GuideAnchors.troubleshooting(method: keyPrefix)), .text(strings.format.troubleshooting)])]
        for entry in entries {
            func key(_ field: String) -> String { TranslationKey.trouble(keyPrefix, entry.id, field) }
            var content: [MarkdownBlock] = []
            content.append(.heading(level: headingLevel + 1, [anchor(entry.id)] + text(key("symptom"), entry.symptom, &page)))
            var quoted: [MarkdownInline]?
            if let error = entry.error, let surface = entry.surface {
                let shown = labels.errorMessage(surface: surface, error: error, locale: strings.locale) ?? error
                quoted = [.text(strings.format.quote(shown))]
            } else if let message = entry.message {
                let inner = text(key("message"), message, &page)
                let marks = strings.format.quote("\u{0}").split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                quoted = [.text(marks.first ?? "")] + inner + [.text(marks.count > 1 ? marks[1] : "")]
            }
            if let quoted {
                content.append(
                    .paragraph(
                        [
                            .strong([.text(strings.format.errorMessage + strings.labelSeparator)]), .text(" "),
                            .html("<span class=\"error-message\">"),
                        ] + quoted + [.html("</span>")]))
            }
            if let cause = entry.cause {
                content.append(.paragraph([.strong([.text(strings.format.cause + strings.labelSeparator)]), .text(" ")] + text(key("cause"), cause, &page)))
            }
            var fix: [MarkdownInline] = [.strong([.text(strings.format.fix + strings.labelSeparator)])]
            if let sentence = entry.fix { fix += [.text(" ")] + text(key("fix"), sentence, &page) }
            if entry.fix != nil || !entry.steps.isEmpty || entry.see != nil || entry.support != nil { content.append(.paragraph(fix)) }
            if !entry.steps.isEmpty { content += procedure(entry.steps, method: owner) }
            if let see = entry.see {
                content.append(.paragraph([.text(strings.format.see + strings.labelSeparator + " "), guideLink(see, in: guide)]))
            }
            if let support = entry.support {
                let shown = support.url.replacingPrefix("mailto:").replacingPrefix("tel:")
                content.append(.paragraph([.text(strings.format.contactSupport(support.channel) + " "), .link(url: support.url, [.text(shown)])]))
            }
            blocks.append(.wrapper(open: "<section class=\"troubleshooting-entry\">", close: "</section>", content))
        }
        return blocks
    }

    /// A link to a guide or one of its steps, for both pages: the HTML page links to the guide's
    /// page, the Markdown page to its Markdown page.
    func guideLink(_ reference: GuideReference, in current: Guide) -> MarkdownInline {
        let anchor = reference.anchor.map { "#" + $0 } ?? ""
        guard let guide = reference.guide, guide != current.id else {
            return .link(url: anchor, linkText(anchorText(reference.anchor ?? "", in: current)))
        }
        var title: [MarkdownInline] = [.text(guideTitles.title(of: guide) ?? guide)]
        // A guide this locale does not publish: its page is in the stand-in's language; its title
        // is in the stand-in's, or in its guide's own when that stands in for a translation (issue 16).
        let standIn = guideTitles.pageLocale(of: guide)
        let paths = layout.guidePaths(guide, locale: standIn)
        if let language = guideTitles.titleLocale(of: guide).flatMap({ LocaleID($0) }), language != strings.locale { title = otherLanguage(title, language) }
        return .pageLink(html: paths.html + anchor, commonMark: paths.commonMark + anchor, hreflang: standIn, title)
    }

    /// The plain text of a step, method or entry of this guide, in this locale, for a link to it.
    func anchorTitle(_ anchor: String, in guide: Guide) -> String {
        let text = anchorText(anchor, in: guide)
        return CMark.renderInline(translations.text(for: text.key, source: text.source.markdown).markdown).plainText
    }

    /// The key and source text of the step, method or entry of this guide that has `anchor`
    /// (the guide's title when none has it).
    func anchorText(_ anchor: String, in guide: Guide) -> (key: String, source: InlineText) {
        for method in guide.methods {
            if method.id == anchor { return (TranslationKey.method(method.id, "title"), method.title) }
            var stack = method.items
            while let item = stack.popLast() {
                guard case .step(let step) = item else { continue }
                if step.id == anchor, let text = step.text { return (TranslationKey.step(method.id, step.id, "text"), text) }
                stack += step.substeps
            }
            for entry in method.troubleshooting where entry.id == anchor { return (TranslationKey.trouble(method.id, entry.id, "symptom"), entry.symptom) }
        }
        for entry in guide.troubleshooting where entry.id == anchor { return (TranslationKey.trouble(nil, entry.id, "symptom"), entry.symptom) }
        return (TranslationKey.guide("title"), guide.title)
    }

    /// The plain text for `key` in this locale, for a link; marked with the language the guide
    /// is written in when the source stands in for its translation, as another guide's title is (issue 16).
    func linkText(_ text: (key: String, source: InlineText)) -> [MarkdownInline] {
        let translated = translations.text(for: text.key, source: text.source.markdown)
        let plain: [MarkdownInline] = [.text(CMark.renderInline(translated.markdown).plainText)]
        guard translated.state.isFallback, sourceLocale != strings.locale else { return plain }
        return otherLanguage(plain, sourceLocale)
    }

    /// The guide's follow-up tasks.
    func nextSteps(_ guide: Guide, _ page: inout PageFallbacks) -> [MarkdownBlock] {
        guard !guide.next.isEmpty else { return [] }
        var items: [[MarkdownBlock]] = []
        for (index, step) in guide.next.enumerated() {
            switch step {
            case .guide(let reference):
                items.append([.paragraph([guideLink(reference, in: guide)])])
            case .external(let link):
                items.append([.paragraph(externalLink(link, key: TranslationKey.link("next", index), &page))])
            }
        }
        return [.heading(level: 2, [anchor(GuideAnchors.nextSteps), .text(strings.format.nextSteps)]), .list(ordered: false, tight: true, items: items)]
    }

    /// A link out of the help site, with its title and a note for screen readers.
    func externalLink(_ link: ExternalLink, key: String, _ page: inout PageFallbacks) -> [MarkdownInline] {
        [.link(url: link.url, linkText((key, link.title))), .html("<span class=\"visually-hidden\"> \(HTMLEscaping.escape(strings.format.externalLink))</span>")]
    }

    /// Troubleshooting entries for the search index: the symptom, under the entry's anchor.
    func searchTroubleshooting(_ guide: Guide) -> [(anchor: String, inlines: [MarkdownInline])] {
        var result: [(String, [MarkdownInline])] = []
        var ignored: [TranslationState] = []
        func add(_ entries: [TroubleshootingEntry], prefix: String?) {
            for entry in entries {
                var inlines = text(TranslationKey.trouble(prefix, entry.id, "symptom"), entry.symptom, states: &ignored)
                if let message = entry.message { inlines += [.text(" ")] + text(TranslationKey.trouble(prefix, entry.id, "message"), message, states: &ignored) }
                if let error = entry.error, let surface = entry.surface, let shown = labels.errorMessage(surface: surface, error: error, locale: strings.locale) {
                    inlines += [.text(" " + shown)]
                }
                if let cause = entry.cause { inlines += [.text(" ")] + text(TranslationKey.trouble(prefix, entry.id, "cause"), cause, states: &ignored) }
                result.append((entry.id, inlines))
            }
        }
        add(guide.troubleshooting, prefix: nil)
        for method in guide.methods { add(method.troubleshooting, prefix: method.id) }
        return result
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

// MARK: Images (issue 15)

extension GuideDocumentBuilder {
    /// An image as `<picture>`: the locale's file (or the source's), its dark and high-density
    /// variants, width and height (no layout shift), lazy loading, translated alt text. Both pages
    /// hold the same HTML; only the relative path to the site root differs.
    func figure(_ image: GuideImage, altKey: String, states: inout [TranslationState]) -> MarkdownBlock? {
        let locale = strings.locale.tag
        guard let file = images.image(image.src, locale: locale) else { return nil }
        let translated = translations.text(for: altKey, source: image.alt.markdown)
        states.append(translated.state)
        let alt = CMark.renderInline(translated.markdown).plainText
        func srcset(_ image: PublishedImage, _ root: String) -> String {
            root + image.sitePath + (image.sitePath2x.map { " 1x, \(root)\($0) 2x" } ?? "")
        }
        func html(_ root: String) -> String {
            var result = "<picture>"
            if let dark = image.dark.flatMap({ images.image($0, locale: locale) }) {
                result += "<source media=\"(prefers-color-scheme: dark)\" srcset=\"\(HTMLEscaping.escape(srcset(dark, root)))\" width=\"\(dark.width)\" height=\"\(dark.height)\">"
            }
            let lang = translated.state.isFallback ? " lang=\"\(HTMLEscaping.escape(sourceLocale.tag))\"" : ""
            result += "<img src=\"\(HTMLEscaping.escape(root + file.sitePath))\""
            if file.sitePath2x != nil { result += " srcset=\"\(HTMLEscaping.escape(srcset(file, root)))\"" }
            result += " alt=\"\(HTMLEscaping.escape(alt))\"\(lang) width=\"\(file.width)\" height=\"\(file.height)\" loading=\"lazy\" decoding=\"async\">"
            return result + "</picture>"
        }
        return .wrapper(open: "<div class=\"guide-image\">", close: "</div>", [.paragraph([.pageHTML(html: html(layout.roots.html), commonMark: html(layout.roots.commonMark))])])
    }
}
