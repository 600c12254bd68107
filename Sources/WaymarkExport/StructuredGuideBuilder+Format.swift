import WaymarkBase
import WaymarkGuide
import WaymarkHelp
import WaymarkRender

// Issue 15's constructs in the structured guide: images, event waits, steps done by someone else
// or in another channel, troubleshooting entries and follow-up tasks.

extension StructuredGuideBuilder {
    /// An image in this locale (the locale's file, else the source's), with its dark variant and alt text.
    func image(_ image: GuideImage?, altKey: String) -> HelpImage? {
        let locale = strings.locale.tag
        guard let image, let file = images.image(image.src, locale: locale) else { return nil }
        let dark = image.dark.flatMap { images.image($0, locale: locale) }
        return HelpImage(alt: text(altKey, image.alt), file: Self.file(file), dark: dark.map(Self.file))
    }

    static func file(_ image: PublishedImage) -> HelpImageFile {
        HelpImageFile(path: image.sitePath, path2x: image.sitePath2x, width: image.width, height: image.height)
    }

    /// The fields of a step done outside the product, and its image.
    func outsideFields(_ step: Step, method: Method, into result: inout HelpStep) {
        result.actor = step.actor.map { text(TranslationKey.step(method.id, step.id, "actor"), $0) }
        result.channel = step.channel?.rawValue
        result.image = image(step.image, altKey: TranslationKey.step(method.id, step.id, "image.alt"))
    }

    /// A wait's bound and the event it waits for.
    func eventFields(_ wait: Wait, method: Method, into result: inout HelpWait) {
        result.bound = wait.duration.bound.rawValue
        result.event = wait.event.map { event in
            HelpWaitEvent(kind: event.kind.rawValue, text: event.text.map { text(TranslationKey.step(method.id, wait.id, "event"), $0) })
        }
    }

    /// A guide's or method's troubleshooting entries; nil when there are none.
    func troubleshooting(_ entries: [TroubleshootingEntry], method: Method?, guide: Guide) -> [HelpTroubleshootingEntry]? {
        guard !entries.isEmpty else { return nil }
        let owner = method ?? Method(id: TranslationKey.guideTroubleshooting, title: "", items: [], surface: entries.first?.surface)
        return entries.map { entry in
            func key(_ field: String) -> String { TranslationKey.trouble(method?.id, entry.id, field) }
            var result = HelpTroubleshootingEntry(id: entry.id, symptom: text(key("symptom"), entry.symptom))
            if let error = entry.error, let surface = entry.surface {
                result.error = error
                result.message = HelpTextRendering.text([.text(labels.errorMessage(surface: surface, error: error, locale: strings.locale) ?? error)])
            } else {
                result.message = entry.message.map { text(key("message"), $0) }
            }
            result.cause = entry.cause.map { text(key("cause"), $0) }
            result.fix = entry.fix.map { text(key("fix"), $0) }
            result.steps = procedure(entry.steps, method: owner)
            result.see = entry.see.map { reference($0, in: guide) }
            result.support = entry.support.map { HelpSupportContact(channel: $0.channel.rawValue, url: $0.url, label: strings.format.contactSupport($0.channel)) }
            return result
        }
    }

    /// The guide's follow-up tasks; nil when there are none.
    func next(_ guide: Guide) -> [HelpNextStep]? {
        guard !guide.next.isEmpty else { return nil }
        return guide.next.enumerated().map { index, step in
            switch step {
            case .guide(let reference):
                HelpNextStep(guide: self.reference(reference, in: guide), url: nil, title: nil)
            case .external(let link):
                HelpNextStep(guide: nil, url: link.url, title: text(TranslationKey.link("next", index), link.title))
            }
        }
    }

    /// A link to a guide or one of its steps, with the text the page shows for it.
    func reference(_ reference: GuideReference, in guide: Guide) -> HelpGuideReference {
        HelpGuideReference(guide: reference.guide ?? guide.id, step: reference.anchor, title: builder.linkTitle(reference, in: guide))
    }
}
