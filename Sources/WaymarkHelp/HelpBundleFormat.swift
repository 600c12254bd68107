/// The fixed layout of a help bundle: file names and the schema versions this library reads.
public enum HelpBundleFormat {
    /// The schema version of bundles this library writes and reads best.
    public static let schemaVersion = 1
    /// The oldest schema version this library still reads.
    public static let oldestReadableVersion = 1
    /// The `format` value of every manifest.
    public static let formatName = "waymark-help-bundle"
    /// The manifest, at the bundle's root: versions, locales, guides and every file's digest.
    public static let manifestPath = "manifest.json"
    /// The SQLite FTS5 search database.
    public static let searchPath = "search.sqlite"
    /// The context index: surface → screen → element → action → ranked steps.
    public static let contextPath = "context.json"
    /// The web-view entry page, which opens any guide from `file://`.
    public static let webViewPath = "index.html"
    /// The FTS5 table of a locale in the search database: `search_` and the tag with `_` for
    /// anything but ASCII letters and digits (`search_pt_BR`).
    public static func searchTable(for locale: String) -> String {
        "search_" + String(String.UnicodeScalarView(locale.unicodeScalars.map { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) ? $0 : "_" }))
    }
    /// The stylesheet of the HTML fragments (CSS custom properties an app may override).
    public static let stylesheetPath = "help.css"
}
