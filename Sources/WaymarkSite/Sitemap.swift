import WaymarkBase
import WaymarkRender

/// `sitemap.xml` with every page in every locale and its alternates (hreflang).
enum Sitemap {
    static func xml(baseURL: String, guides: [String], locales: [LocaleID]) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        let pages: [(LocaleID) -> String] = [{ "\($0.tag)/index.html" }] + guides.map { id in { "\($0.tag)/\(id)/index.html" } }
        for page in pages {
            for locale in locales {
                lines.append("  <url>")
                lines.append("    <loc>\(HTMLEscaping.escape(base + page(locale)))</loc>")
                for other in locales {
                    lines.append(#"    <xhtml:link rel="alternate" hreflang="\#(other.tag)" href="\#(HTMLEscaping.escape(base + page(other)))"/>"#)
                }
                lines.append("  </url>")
            }
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
