import WaymarkBase
import WaymarkL10n
import WaymarkRender

/// `sitemap.xml` with every published page in every locale and its published alternates (hreflang).
enum Sitemap {
    static func xml(baseURL: String, guides: [String], locales: [LocaleID], publication: Publication = Publication()) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        let pages: [(path: (LocaleID) -> String, guide: String?)] = [({ "\($0.tag)/index.html" }, nil)] + guides.map { id in ({ "\($0.tag)/\(id)/index.html" }, id) }
        for (page, guide) in pages {
            let published = locales.filter { locale in guide.map { publication.isPublished($0, in: locale) } ?? true }
            for locale in published {
                lines.append("  <url>")
                lines.append("    <loc>\(HTMLEscaping.escape(base + page(locale)))</loc>")
                for other in published {
                    lines.append(#"    <xhtml:link rel="alternate" hreflang="\#(other.tag)" href="\#(HTMLEscaping.escape(base + page(other)))"/>"#)
                }
                lines.append("  </url>")
            }
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
