/// The manifest of a help bundle (`manifest.json`): what it holds and the digest of every file.
public struct BundleManifest: Codable, Sendable, Hashable {
    /// Always ``HelpBundleFormat/formatName``.
    public var format: String
    /// The bundle's schema version; readers refuse versions they do not know.
    public var schemaVersion: Int
    /// The content's version and date, taken from the content, never from the clock.
    public var content: ContentVersion
    /// The tool that wrote the bundle, such as `waymark 0.1.0`.
    public var generator: String
    /// The locale the guides are written in; the last step of every fallback chain.
    public var sourceLocale: String
    /// Every locale, in the order the bundle lists them (the source locale first).
    public var locales: [Locale]
    /// Where the search database, the context index, the web view and the stylesheet are.
    public var search: String, context: String, webView: String, stylesheet: String
    /// Every file of the bundle but the manifest and its signature, sorted by path.
    public var files: [File]
    /// The image files the guides show, sorted by path (absent in a bundle without images);
    /// each is among `files` too, so opening the bundle verifies it.
    public var images: [Image]?

    /// The content's version and the day it was built from.
    public struct ContentVersion: Codable, Sendable, Hashable {
        /// A version string: the one the project gives, or the date and a digest of the content.
        public var version: String
        /// The newest date in the content (`YYYY-MM-DD`), such as the day a model was last verified.
        public var date: String

        package init(version: String, date: String) {
            self.version = version
            self.date = date
        }
    }

    /// One locale and its guides.
    public struct Locale: Codable, Sendable, Hashable {
        /// The BCP 47 tag, such as `pt-BR`.
        public var tag: String
        /// The language's own name.
        public var name: String
        /// `ltr` or `rtl`.
        public var direction: String
        /// How many texts are translated, out of date, and missing.
        public var completeness: Completeness
        /// The guides in this locale, sorted by id.
        public var guides: [Guide]

        package init(tag: String, name: String, direction: String, completeness: Completeness, guides: [Guide]) {
            (self.tag, self.name, self.direction, self.completeness, self.guides) = (tag, name, direction, completeness, guides)
        }
    }

    /// Translation counts of a locale (all current in the source locale).
    public struct Completeness: Codable, Sendable, Hashable {
        /// Current, stale and missing texts.
        public var current: Int, stale: Int, missing: Int
        /// Current texts as a whole percentage of all texts (rounded down; 100 when there are none).
        public var percent: Int
    }

    /// One guide in one locale.
    public struct Guide: Codable, Sendable, Hashable {
        /// The guide's id, the same in every locale.
        public var id: String
        /// Title, summary and topic as plain text.
        public var title: String, summary: String
        /// The topic it is listed under in the help index, if any.
        public var topic: String?
        /// The product surfaces and platforms its methods cover.
        public var surfaces: [String], platforms: [String]
        /// Whether every text of the guide is translated (`complete`) or the source stands in for some (`partial`).
        public var translation: String
        /// The HTML fragment, the Markdown page, the structured guide, and the fragment as a script for the web view.
        public var html: String, markdown: String, json: String, script: String
    }

    /// One image file: where it is, which source image it is, and its size.
    public struct Image: Codable, Sendable, Hashable {
        /// Its path in the bundle, content-hashed: `images/<name>.<hash>.<ext>`.
        public var path: String
        /// The image it was published from, under the project's images folder: `members.png`,
        /// a locale's screenshot `pt-BR/members.png`, a high-density `members@2x.png`.
        public var source: String
        /// Its size in points (CSS pixels) and its scale: 2 for a high-density file, which has twice the pixels.
        public var width: Int, height: Int, scale: Int
        /// Its size in bytes and SHA-256 digest, as in `files`.
        public var size: Int
        public var sha256: String

        package init(path: String, source: String, width: Int, height: Int, scale: Int, size: Int, sha256: String) {
            (self.path, self.source, self.width, self.height, self.scale, self.size, self.sha256) = (path, source, width, height, scale, size, sha256)
        }
    }

    /// One file: its path in the bundle, its size in bytes and its SHA-256 digest (lowercase hex).
    public struct File: Codable, Sendable, Hashable {
        /// The path in the bundle, with `/` separators.
        public var path: String
        /// The size in bytes.
        public var size: Int
        /// The SHA-256 digest of the contents, lowercase hex.
        public var sha256: String

        package init(path: String, size: Int, sha256: String) {
            (self.path, self.size, self.sha256) = (path, size, sha256)
        }
    }
}
