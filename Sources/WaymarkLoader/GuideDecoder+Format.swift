import Foundation
import WaymarkBase
import WaymarkGuide
import Yams

// Issue 15: troubleshooting, links out, follow-up tasks, actors and channels, placeholders.
extension GuideDecoder {
    enum FormatKeys {
        static let troubleshooting = ["id", "symptom", "message", "error", "cause", "fix", "steps", "see", "contact-support"]
        static let externalLink = ["url", "title"]
        static let support = ["channel", "url"]
        static let image = ["src", "alt", "dark", "label"]
    }

    static func looksLikeURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
    }

    /// A URL where a guide id goes: the fix is an external link entry, not a slug made of the URL.
    mutating func reportURLWhereAnIDGoes(_ node: Node, url: String, key: String) {
        let range = ScalarPositions.range(of: node)
        let full = url.lowercased().hasPrefix("www.") ? "https://" + url : url
        let host = URLComponents(string: full)?.host ?? "the page"
        let entry = "{url: \(full), title: \(host)}"
        reader.report(
            LoaderRule.invalidID, "'\(url)' is a web address, not the id of a guide",
            hint: "link to a page outside the help site with an entry that has its url and the title readers see: `\(entry)`",
            range: range, fixIts: range.map { [FixIt(range: $0, replacement: entry)] } ?? [])
    }

    /// `{url: https://…, title: …}`: a page outside the help site.
    mutating func externalLink(_ node: Node, what: String) -> ExternalLink? {
        guard let fields = reader.fields(of: node, what: what, allowed: FormatKeys.externalLink, required: ["url", "title"]) else { return nil }
        let title = reader.text(fields["title"], what: "the link's title")
        guard let urlNode = fields["url"], let url = absoluteURL(urlNode, what: "the link's url"), let title else { return nil }
        return ExternalLink(url: url, title: title, range: ScalarPositions.range(of: urlNode))
    }

    /// An absolute http or https URL.
    mutating func absoluteURL(_ node: Node, what: String, schemes: [String] = ["http", "https"]) -> String? {
        guard let raw = reader.string(node, what: what) else { return nil }
        let components = URLComponents(string: raw)
        let scheme = components?.scheme?.lowercased()
        let web = scheme == "http" || scheme == "https"
        guard let components, let scheme, schemes.contains(scheme), !web || (components.host.map { !$0.isEmpty } ?? false),
            components.user == nil, components.password == nil,
            !raw.contains(" "), !raw.contains("<"), !raw.contains(">"), !raw.contains("\\")
        else {
            reader.report(
                LoaderRule.invalidURL, "'\(raw)' is not an absolute \(schemes.joined(separator: ", ")) address",
                hint: "write the full address, e.g. `https://www.whatsapp.com/contact`", at: node)
            return nil
        }
        return raw
    }

    /// `guide`, `guide#step` or `#step`: whether they exist is checked once every guide is loaded.
    mutating func guideReference(_ node: Node, what: String) -> GuideReference? {
        guard let raw = reader.string(node, what: what) else { return nil }
        let range = ScalarPositions.range(of: node)
        if Self.looksLikeURL(raw) {
            reportURLWhereAnIDGoes(node, url: raw, key: what)
            return nil
        }
        let parts = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let guide = parts[0].isEmpty ? nil : parts[0]
        let anchor = parts.count > 1 ? parts[1] : nil
        for part in [guide, anchor].compactMap({ $0 }) where !Slug.isValid(part) {
            reader.report(
                LoaderRule.invalidID, "'\(raw)' is not a guide id, `guide#step` or `#step`",
                hint: "ids are slugs of lowercase letters, digits and single hyphens, e.g. `reset-password#open-app`", range: range)
            return nil
        }
        guard guide != nil || anchor != nil else {
            reader.report(LoaderRule.emptyValue, "\(what) is empty", hint: "write a guide id, `guide#step` or `#step`", range: range)
            return nil
        }
        return GuideReference(guide: guide, anchor: anchor, range: range)
    }

    /// `next:`: guides, `guide#step`, or `{url, title}` entries.
    mutating func next(_ node: Node?) -> [NextStep] {
        var result: [NextStep] = []
        for item in reader.list(node, what: "'next'") ?? [] {
            if case .mapping = item {
                if let link = externalLink(item, what: "a next step") { result.append(.external(link)) }
            } else if let reference = guideReference(item, what: "a next step") {
                result.append(.guide(reference))
            }
        }
        return result
    }

    /// A step's `channel`.
    mutating func channel(_ node: Node?) -> (Channel?, SourceRange?) {
        guard let node, let name = reader.string(node, what: "the step's channel") else { return (nil, nil) }
        let range = ScalarPositions.range(of: node)
        if let channel = Channel(rawValue: name) { return (channel, range) }
        reportUnknown(name, among: Channel.allCases.map(\.rawValue), what: "a channel", range: range)
        return (nil, range)
    }

    mutating func reportUnknown(_ name: String, among names: [String], what: String, range: SourceRange?) {
        let suggestions = NearMiss.suggestions(for: name, among: names)
        reader.report(
            LoaderRule.unknownChannel, "'\(name)' is not \(what)",
            hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "they are: \(names.joined(separator: ", "))",
            range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
    }

    /// Troubleshooting entries: `symptom`, then `message` or `error`, `cause`, and a fix.
    mutating func troubleshooting(_ node: Node?, surface: String?) -> [TroubleshootingEntry] {
        var result: [TroubleshootingEntry] = []
        for item in reader.list(node, what: "'troubleshooting'") ?? [] {
            guard let fields = reader.fields(of: item, what: "a troubleshooting entry", allowed: FormatKeys.troubleshooting, required: ["id", "symptom"])
            else { continue }
            let id = anchorID(fields["id"], what: "the troubleshooting entry")
            let symptom = reader.text(fields["symptom"], what: "the entry's symptom")
            var entry = TroubleshootingEntry(id: id?.0 ?? "", symptom: symptom ?? "", idRange: id?.1)
            entry.message = reader.text(fields["message"], what: "the entry's error message")
            (entry.error, entry.errorRange) = reference(fields["error"], what: "the entry's error")
            entry.surface = surface
            entry.cause = reader.text(fields["cause"], what: "the entry's cause")
            entry.fix = reader.text(fields["fix"], what: "the entry's fix")
            if let stepsNode = fields["steps"] {
                for node in reader.list(stepsNode, what: "the entry's steps") ?? [] {
                    if let step = procedureItem(from: node) { entry.steps.append(step) }
                }
            }
            if let seeNode = fields["see"] { entry.see = guideReference(seeNode, what: "the entry's 'see'") }
            if let supportNode = fields["contact-support"] { entry.support = support(supportNode) }
            if entry.fix == nil && entry.steps.isEmpty && entry.see == nil && entry.support == nil
                && fields["fix"] == nil && fields["steps"] == nil && fields["see"] == nil && fields["contact-support"] == nil
            {
                reader.report(
                    LoaderRule.missingField, "the troubleshooting entry says no fix",
                    hint: "add `fix:` (a sentence), `steps:`, `see: guide#step` or `contact-support: {channel: email, url: mailto:…}`", at: item)
            }
            if entry.error != nil && surface == nil {
                reader.report(
                    LoaderRule.missingField, "the entry names a model error, but there is no surface to look it up in",
                    hint: "put the entry on a method with a `surface`, or quote the message with `message:`", range: entry.errorRange)
            }
            guard id != nil, symptom != nil else { continue }
            result.append(entry)
        }
        return result
    }

    private mutating func support(_ node: Node) -> SupportContact? {
        guard let fields = reader.fields(of: node, what: "'contact-support'", allowed: FormatKeys.support, required: ["channel", "url"]) else { return nil }
        var channel: SupportChannel?
        if let channelNode = fields["channel"], let name = reader.string(channelNode, what: "the support channel") {
            channel = SupportChannel(rawValue: name)
            if channel == nil {
                reportUnknown(name, among: SupportChannel.allCases.map(\.rawValue), what: "a support channel", range: ScalarPositions.range(of: channelNode))
            }
        }
        guard let urlNode = fields["url"], let url = absoluteURL(urlNode, what: "the support address", schemes: ["https", "http", "mailto", "tel"]),
            let channel
        else { return nil }
        return SupportContact(channel: channel, url: url, urlRange: ScalarPositions.range(of: urlNode))
    }

    /// `{label}` and `{url}` in texts that have nothing to fill them with are reported, never printed.
    mutating func checkPlaceholders(in guide: Guide) {
        func check(_ text: InlineText?, label: Bool, url: Bool, what: String) {
            guard let text else { return }
            for (name, filled) in [("label", label), ("url", url)] where !filled && text.markdown.contains("{\(name)}") {
                reader.report(
                    LoaderRule.unfilledPlaceholder, "{\(name)} in \(what) has nothing to fill it",
                    hint: name == "label"
                        ? "write the UI label in the text (`**Settings**`), or add `target:` to the step" : "write the address as a link, or add `url:` to the step",
                    range: text.range.flatMap { FoldedScalar.firstLine(of: text.markdown, marker: $0.start, in: reader.source) } ?? text.range)
            }
        }
        func steps(_ items: [ProcedureItem]) {
            for item in items {
                guard case .step(let step) = item else { continue }
                let label = step.target != nil, url = step.url != nil
                check(step.result, label: label, url: url, what: "the step's result")
                for callout in step.callouts { check(callout.text, label: label, url: url, what: "a callout of the step") }
                steps(step.substeps)
            }
        }
        for callout in guide.callouts { check(callout.text, label: false, url: false, what: "a callout of the guide") }
        check(guide.outcome?.text, label: false, url: false, what: "the outcome")
        for result in guide.outcome?.results ?? [] { check(result, label: false, url: false, what: "the outcome's results") }
        for method in guide.methods {
            for callout in method.callouts { check(callout.text, label: false, url: false, what: "a callout of the method") }
            steps(method.items)
            for entry in method.troubleshooting { steps(entry.steps) }
        }
        for entry in guide.troubleshooting { steps(entry.steps) }
    }

    /// `image: {src, alt, dark, label}`: the file is checked once every guide is loaded.
    mutating func image(_ node: Node) -> GuideImage? {
        guard let fields = reader.fields(of: node, what: "an image", allowed: FormatKeys.image, required: ["src", "alt"]) else { return nil }
        let alt = reader.text(fields["alt"], what: "the image's alt text")
        let src = fields["src"].flatMap { imagePath($0, what: "the image's src") }
        let dark = fields["dark"].flatMap { imagePath($0, what: "the image's dark variant") }
        guard let src, let alt else { return nil }
        var image = GuideImage(src: src, alt: alt, dark: dark, srcRange: fields["src"].flatMap(ScalarPositions.range(of:)))
        image.darkRange = fields["dark"].flatMap(ScalarPositions.range(of:))
        image.label = reader.string(fields["label"], what: "the label the image shows")
        image.labelRange = fields["label"].flatMap(ScalarPositions.range(of:))
        return image
    }

    /// A path inside the images folder with a known image extension.
    mutating func imagePath(_ node: Node, what: String) -> String? {
        guard let value = reader.string(node, what: what) else { return nil }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !value.hasPrefix("/"), !value.contains("\\"), !value.contains(":"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) else {
            reader.report(
                LoaderRule.invalidURL, "'\(value)' is not a file inside the images folder",
                hint: "write a path relative to Content/images, such as `members.png`; images from other sites are not published", at: node)
            return nil
        }
        let ext = (value.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard value.contains("."), GuideImage.extensions[ext] != nil else {
            reader.report(
                ImageRule.format, "'\(value)' is not a PNG, JPEG, WebP or SVG file",
                hint: "save the image as .png, .jpg, .webp or .svg", at: node)
            return nil
        }
        return value
    }

    /// The troubleshooting and next-steps sections have anchors of their own; an id that takes one
    /// would put two elements with one id on the page.
    mutating func checkSectionAnchors(_ guide: Guide) {
        var sections: [String] = []
        if !guide.troubleshooting.isEmpty { sections.append(GuideLinks.sectionAnchor(method: nil)) }
        if !guide.next.isEmpty { sections.append(GuideLinks.nextStepsAnchor) }
        for method in guide.methods where !method.troubleshooting.isEmpty { sections.append(GuideLinks.sectionAnchor(method: method.id)) }
        for section in sections {
            guard let entry = anchors[section] else { continue }
            reader.report(
                LoaderRule.duplicateID, "the id '\(section)' is the anchor of the guide's \(section.hasSuffix("troubleshooting") ? "troubleshooting" : "next steps") section",
                hint: "give it another id, such as '\(section)-step'", range: entry)
        }
    }
}
