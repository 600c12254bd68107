import WaymarkBase

/// An image on a step, a callout or the outcome: a file under the images folder, with alt
/// text that is translated like every other text (issue 15).
///
/// Variants are found next to the file: `<locale>/<src>` under the images folder is that
/// locale's screenshot (the source image stands in where there is none), and `name@2x.png`
/// is the high-density version of `name.png` (of the dark one too).
public struct GuideImage: Hashable, Sendable {
    /// The file, relative to the images folder (`members.png`, `settings/members.svg`).
    public var src: String
    public var srcRange: SourceRange?
    /// What the image shows, for readers who cannot see it.
    public var alt: InlineText
    /// The image for dark mode, relative to the images folder.
    public var dark: String?
    public var darkRange: SourceRange?
    /// The UI label of the step's target that the screenshot shows, as it was when the image was
    /// made; when the model's label changes, the image is reported as possibly stale.
    public var label: String?
    public var labelRange: SourceRange?

    /// Creates an image.
    public init(src: String, alt: InlineText, dark: String? = nil, srcRange: SourceRange? = nil) {
        self.src = src
        self.alt = alt
        self.dark = dark
        self.srcRange = srcRange
    }

    /// The file formats an image may have, by file extension.
    public static let extensions = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "svg": "image/svg+xml"]
}

extension Guide {
    /// Every image of the guide with the translation key of its alt text and the step it belongs to.
    public var images: [(image: GuideImage, altKey: String, step: Step?, method: Method?)] {
        var result: [(GuideImage, String, Step?, Method?)] = []
        for (index, callout) in callouts.enumerated() {
            if let image = callout.image { result.append((image, TranslationKey.guide("callout.\(index + 1).image.alt"), nil, nil)) }
        }
        for method in methods {
            for (index, callout) in method.callouts.enumerated() {
                if let image = callout.image { result.append((image, TranslationKey.method(method.id, "callout.\(index + 1).image.alt"), nil, method)) }
            }
            var stack = Array(method.items.reversed())
            while let item = stack.popLast() {
                guard case .step(let step) = item else { continue }
                if let image = step.image { result.append((image, TranslationKey.step(method.id, step.id, "image.alt"), step, method)) }
                for (index, callout) in step.callouts.enumerated() {
                    if let image = callout.image { result.append((image, TranslationKey.step(method.id, step.id, "callout.\(index + 1).image.alt"), step, method)) }
                }
                stack += step.substeps.reversed()
            }
        }
        if let image = outcome?.image { result.append((image, TranslationKey.guide("outcome.image.alt"), nil, nil)) }
        return result
    }
}

/// One image file as the site publishes it: content-hashed, with its size (issue 15).
public struct PublishedImage: Hashable, Sendable {
    /// Its path in the site, e.g. `images/members.3f2a9c41d0b7.png`.
    public var sitePath: String
    /// Its size in CSS pixels (an `@2x` file's is half its pixels).
    public var width: Int, height: Int
    /// The high-density version's site path, when there is one.
    public var sitePath2x: String?

    /// Creates a published image.
    public init(sitePath: String, width: Int, height: Int, sitePath2x: String? = nil) {
        self.sitePath = sitePath
        self.width = width
        self.height = height
        self.sitePath2x = sitePath2x
    }
}

/// The images a build publishes, by their path under the images folder (`members.png`,
/// `pt-BR/members.png`), and the bytes of each site file.
public struct PublishedImages: Sendable {
    /// Each source file that was found and is fine.
    public var images: [String: PublishedImage] = [:]
    /// The bytes of every file to write, by site path.
    public var files: [String: [UInt8]] = [:]

    /// An empty set.
    public init() {}

    /// The image for `src` in `locale`: the locale's own file, else the source file.
    public func image(_ src: String, locale: String) -> PublishedImage? {
        images["\(locale)/\(src)"] ?? images[src]
    }
}
