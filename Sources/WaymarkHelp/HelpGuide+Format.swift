// The structured guide's fields for issue 15's constructs: images, event waits, steps done by
// someone else or in another channel, troubleshooting entries and follow-up tasks.

/// An image a guide shows (on a step, a callout or the outcome), in this locale: its file (the
/// locale's screenshot, or the source image where there is none), its dark-mode file, and the
/// translated alt text. Open a file with ``HelpBundle/imageURL(for:dark:scale:)``.
public struct HelpImage: Codable, Sendable, Hashable {
    /// What the image shows, for readers who cannot see it (translated; `language` set when the source stands in).
    public var alt: HelpText
    /// The image for light mode (and for any reader without a dark preference).
    public var file: HelpImageFile
    /// The image for dark mode, when the guide has one.
    public var dark: HelpImageFile?

    package init(alt: HelpText, file: HelpImageFile, dark: HelpImageFile?) { (self.alt, self.file, self.dark) = (alt, file, dark) }
}

/// One image file of the bundle and its size in points (CSS pixels), for laying it out before it loads.
public struct HelpImageFile: Codable, Sendable, Hashable {
    /// The file's path inside the bundle, as the manifest lists it (`images/members.3f2a9c41d0b7.png`).
    public var path: String
    /// The high-density (2x) file's path, when there is one.
    public var path2x: String?
    /// The size to draw it at, in points; a 2x file has twice as many pixels.
    public var width: Int, height: Int

    package init(path: String, path2x: String?, width: Int, height: Int) { (self.path, self.path2x, self.width, self.height) = (path, path2x, width, height) }
}

/// What an event wait waits for (`wait.event`): an email, a text message, someone's approval…
public struct HelpWaitEvent: Codable, Sendable, Hashable {
    /// `email`, `text-message`, `notification`, `phone-call`, `approval` or `review`.
    public var kind: String
    /// The event in the author's words ("the invitation from Teamly"), translated.
    public var text: HelpText?

    package init(kind: String, text: HelpText?) { (self.kind, self.text) = (kind, text) }
}

/// A link to a guide of the bundle or one of its steps (`see` of a troubleshooting entry, `next`).
public struct HelpGuideReference: Codable, Sendable, Hashable {
    /// The guide's id (this guide's own for a link within it) and the anchor, when it is a step, method or entry.
    public var guide: String, step: String?
    /// The link's text in this locale: the guide's title, or the step's text.
    public var title: String

    package init(guide: String, step: String?, title: String) { (self.guide, self.step, self.title) = (guide, step, title) }
}

/// Contacting support, as the typed ending of a fix.
public struct HelpSupportContact: Codable, Sendable, Hashable {
    /// `email`, `phone`, `chat` or `form`.
    public var channel: String
    /// The address: `mailto:`, `tel:` or an https page.
    public var url: String
    /// The sentence before the address, in this locale ("Email support:").
    public var label: String

    package init(channel: String, url: String, label: String) { (self.channel, self.url, self.label) = (channel, url, label) }
}

/// One troubleshooting entry: what the reader sees go wrong, why, and what to do.
public struct HelpTroubleshootingEntry: Codable, Sendable, Hashable {
    /// The entry's anchor.
    public var id: String
    /// What the reader notices.
    public var symptom: HelpText
    /// The error message as the product shows it, in this locale (from the model's errors, or the author's words).
    public var message: HelpText?
    /// The id of the model's error it quotes, when it quotes one.
    public var error: String?
    /// Why it happens, and what to do.
    public var cause: HelpText?, fix: HelpText?
    /// Steps of the fix (numbered like a method's).
    public var steps: [HelpStep]
    /// A guide or step that fixes it.
    public var see: HelpGuideReference?
    /// Contacting support.
    public var support: HelpSupportContact?

    package init(id: String, symptom: HelpText) {
        (self.id, self.symptom, self.steps) = (id, symptom, [])
    }
}

/// A follow-up task: a guide (or one of its steps) of the bundle, or a page elsewhere.
public struct HelpNextStep: Codable, Sendable, Hashable {
    /// The guide, for a task in the bundle.
    public var guide: HelpGuideReference?
    /// The page's address and title, for a page elsewhere.
    public var url: String?
    public var title: HelpText?

    package init(guide: HelpGuideReference?, url: String?, title: HelpText?) { (self.guide, self.url, self.title) = (guide, url, title) }
}
