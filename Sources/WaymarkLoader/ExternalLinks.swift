import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkProject

/// Links out of the help site — `related` and `next` pages, support pages, and links in prose —
/// checked against `links.allowed-origins` in waymark.yml (issue 15).
public enum ExternalLinks {
    /// The rule, with its id `links.external-origin`.
    public static let definition = RuleDefinition(
        "links.external-origin", .warning, summary: "A link out of the help site to an origin that `links.allowed-origins` in waymark.yml does not list.",
        explanation:
            "Links out lead readers to pages the help team does not control; listing the origins a project trusts catches typos, look-alike hosts and links that drifted to a personal or staging site. It applies only when `allowed-origins` is set.",
        fix: "Link to a page on an allowed origin, or add the origin (scheme and host, for example `https://www.whatsapp.com`) to `links: {allowed-origins: […]}` in waymark.yml."
    )

    /// `scheme://host[:port]`, lowercased, of an http or https URL.
    public static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        return "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }

    /// Every link out of the site a guide makes, with where it is written.
    public static func links(of guide: Guide) -> [(url: String, range: SourceRange?)] {
        var result: [(String, SourceRange?)] = guide.relatedLinks.map { ($0.url, $0.range) }
        for step in guide.next { if case .external(let link) = step { result.append((link.url, link.range)) } }
        for entry in guide.troubleshooting + guide.methods.flatMap(\.troubleshooting) {
            if let support = entry.support, origin(of: support.url) != nil { result.append((support.url, support.urlRange)) }
        }
        for unit in TranslationKey.units(of: guide) where unit.text.markdown.contains("](http") || unit.text.markdown.contains("<http") {
            for url in CMark.inlineSignature(unit.text.markdown).links where origin(of: url) != nil { result.append((url, unit.text.range)) }
        }
        return result
    }

    /// Links to origins the configuration does not allow.
    public static func diagnostics(_ guides: [Guide], config: ProjectConfig) -> [Diagnostic] {
        guard let allowed = config.allowedOrigins else { return [] }
        var result: [Diagnostic] = []
        for guide in guides {
            for (url, range) in links(of: guide) {
                guard let origin = origin(of: url), !allowed.contains(origin) else { continue }
                let suggestions = NearMiss.suggestions(for: origin, among: allowed)
                result.append(
                    Diagnostic(
                        definition, "the link to '\(url.prefix(80))' leaves for \(origin), which waymark.yml does not allow",
                        hint: (suggestions.first.map { "did you mean \($0)? " } ?? "")
                            + "allowed origins: \(allowed.joined(separator: ", ")); add \(origin) to `links: {allowed-origins: […]}` if it is trusted",
                        file: guide.file, at: range, guideID: guide.id))
            }
        }
        return result
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
