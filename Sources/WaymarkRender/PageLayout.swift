/// Where a guide's pages sit among the files of an output, for the relative paths they hold:
/// images and links to other guides (issue 15).
///
/// The site has `<locale>/<guide>/index.html` and `<locale>/<guide>.md`; the embedded export has
/// `<locale>/<guide>.html` (an HTML fragment) and `<locale>/<guide>.md`. Images are under
/// `images/` at the root of both.
public enum PageLayout: Sendable, Hashable {
    case site, bundle

    /// The path from the HTML page and from the Markdown page to the root, where `images/` is.
    var roots: (html: String, commonMark: String) {
        switch self {
        case .site: ("../../", "../")
        case .bundle: ("../", "../")
        }
    }

    /// The path from a guide's HTML and Markdown pages to guide `id`'s pages: in the same locale,
    /// or in `locale` when the guide is published there instead (the fallback of the page's locale).
    func guidePaths(_ id: String, locale: String?) -> (html: String, commonMark: String) {
        switch (self, locale) {
        case (.site, nil): ("../\(id)/index.html", "\(id).md")
        case (.site, let other?): ("../../\(other)/\(id)/index.html", "../\(other)/\(id).md")
        case (.bundle, nil): ("\(id).html", "\(id).md")
        case (.bundle, let other?): ("../\(other)/\(id).html", "../\(other)/\(id).md")
        }
    }
}
