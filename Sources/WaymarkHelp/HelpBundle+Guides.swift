import Foundation

/// A guide listed for a locale, and the locale it is actually in (another one of the chain
/// when the requested locale does not have it).
public struct HelpGuideSummary: Sendable, Hashable {
    /// The manifest's entry: id, title, summary, topic, surfaces, platforms, files.
    public var guide: BundleManifest.Guide
    /// The locale this entry is in.
    public var locale: String
}

extension HelpBundle {
    /// The bundle's locales, source locale first.
    public var locales: [String] { manifest.locales.map(\.tag) }

    /// The locales tried, in order, for `locale`: the exact tag, the bare language (`pt`), other
    /// regions of the language (`pt-BR` for `pt-PT`), then the source locale.
    public func fallbackChain(for locale: String) -> [String] {
        LocaleFallback.chain(for: locale, available: locales, source: manifest.sourceLocale)
    }

    /// Every guide for `locale`, sorted by id, each in the first locale of the chain that has it.
    public func guides(locale: String) -> [HelpGuideSummary] {
        var found: [String: HelpGuideSummary] = [:]
        for tag in fallbackChain(for: locale) {
            for (id, guide) in guidesByLocale[tag] ?? [:] where found[id] == nil { found[id] = HelpGuideSummary(guide: guide, locale: tag) }
        }
        return found.values.sorted { $0.guide.id < $1.guide.id }
    }

    /// The guide's entry in the first locale of `locale`'s chain that has it.
    public func summary(of id: String, locale: String) throws(HelpBundleError) -> HelpGuideSummary {
        for tag in fallbackChain(for: locale) {
            if let guide = guidesByLocale[tag]?[id] { return HelpGuideSummary(guide: guide, locale: tag) }
        }
        throw .unknownGuide(id: id, locale: locale)
    }

    /// The guide as structured data, for drawing it with native views.
    public func guide(_ id: String, locale: String) throws(HelpBundleError) -> HelpGuide {
        let entry = try summary(of: id, locale: locale)
        let data = try read(entry.guide.json)
        do {
            return try JSONDecoder().decode(HelpGuide.self, from: data)
        } catch {
            throw .malformedManifest(reason: "\(entry.guide.json) does not decode: \(error)")
        }
    }

    /// The guide's HTML fragment (no page chrome; style it with ``stylesheetURL``).
    public func html(_ id: String, locale: String) throws(HelpBundleError) -> String {
        String(decoding: try read(try summary(of: id, locale: locale).guide.html), as: UTF8.self)
    }

    /// The guide as a CommonMark page.
    public func markdown(_ id: String, locale: String) throws(HelpBundleError) -> String {
        String(decoding: try read(try summary(of: id, locale: locale).guide.markdown), as: UTF8.self)
    }

    /// The stylesheet of the fragments; its CSS custom properties (`--help-text`, `--help-accent`…) may be overridden.
    public var stylesheetURL: URL { url.appendingPathComponent(manifest.stylesheet) }

    /// A link to a guide (and a step) in the bundle.
    public func link(guide: String, locale: String, step: String? = nil) -> HelpLink {
        HelpLink(bundle: url, webView: manifest.webView, guide: guide, locale: locale, step: step)
    }
}

/// Where a guide or step is: for a native screen (`guide`, `step`) and for a web view (`webViewURL`).
public struct HelpLink: Sendable, Hashable {
    /// The bundle folder.
    public var bundle: URL
    let webView: String
    /// The guide's id, the locale and the step's anchor.
    public var guide: String, locale: String
    /// The step's anchor, or nil for the guide's top.
    public var step: String?

    /// The web-view entry page with this guide and step in its fragment (`index.html#pt-BR/guide/step`); opens from `file://`.
    public var webViewURL: URL {
        var components = URLComponents(url: bundle.appendingPathComponent(webView), resolvingAgainstBaseURL: false)!
        components.fragment = ([locale, guide] + (step.map { [$0] } ?? [])).joined(separator: "/")
        return components.url!
    }

    /// The path of the HTML fragment in the bundle with the step's anchor (`pt-BR/guide.html#step`).
    public var fragmentPath: String { "\(locale)/\(guide).html" + (step.map { "#" + $0 } ?? "") }
}
