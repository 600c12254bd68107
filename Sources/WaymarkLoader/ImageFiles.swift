import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkProject

/// The rule ids of images (issue 15).
public enum ImageRule {

    static let maxBytes = RuleParameter("max-bytes", default: 1_000_000, summary: "the largest image file, in bytes")
    static let maxWidth = RuleParameter("max-width", default: 3000, summary: "the widest image, in pixels")
    static let maxHeight = RuleParameter("max-height", default: 3000, summary: "the tallest image, in pixels")

    public static let missing = RuleDefinition(
        "image.missing", .error, summary: "An image (or its dark variant) whose file is not in the images folder.",
        explanation: "The page would show a broken image, or only its alt text, in every locale.",
        fix: "Add the file under Content/images (the diagnostic suggests the nearest name), or correct `src`.", configurable: false)
    public static let format = RuleDefinition(
        "image.format", .error, summary: "An image that is not a PNG, JPEG, WebP or SVG file, or whose content is not what its name says.",
        explanation: "Browsers, Markdown readers and apps that embed the help show these four formats everywhere; a mislabelled file may not show at all.",
        fix: "Save the image as PNG (screenshots), JPEG (photos), WebP or SVG (drawings), with the matching extension.", configurable: false)
    public static let unsafeSVG = RuleDefinition(
        "image.unsafe-svg", .error, summary: "An SVG image with a script, an event handler, a foreign object, an entity declaration or a reference to another file or site.",
        explanation: "An SVG is a document that can run code and load other resources; published on the help site it could track readers or run script on the site's origin.",
        fix: "Export the drawing again as plain SVG (shapes, text, gradients), with `#id` references only, or use a PNG.", configurable: false)
    public static let tooLarge = RuleDefinition(
        "image.too-large", .warning, summary: "An image larger than the budget in bytes or pixels (`max-bytes` 1,000,000, `max-width` and `max-height` 3000 unless configured).",
        explanation: "Large images make pages slow on phones and bloat the embedded help that apps ship.",
        fix:
            "Crop to what the step needs and save it smaller (a 2x screenshot of one screen is usually under 300 kB), or raise the budget with `rules: {image.too-large: {max-bytes: 2000000}}`.",
        parameters: [maxBytes, maxWidth, maxHeight])
    public static let altText = RuleDefinition(
        "image.alt-text", .warning, summary: "Alt text that says nothing: the file's name, or \"image of …\", \"screenshot of …\".",
        explanation: "Screen readers already announce an image; alt text should say what it shows that matters for the step (\"The Members screen, with Invite at the top\").",
        fix: "Describe what the image shows that the reader needs, in a short sentence, without \"image of\".")
    public static let possiblyStale = RuleDefinition(
        "image.possibly-stale", .warning, summary: "An image whose step's UI label in the model is no longer the `label` the image was made with.",
        explanation:
            "When the product renames a control, its screenshots show the old name while the step text (made from the model) shows the new one; readers are told to tap something the picture does not show.",
        fix: "Take the screenshot again and set the image's `label` to the model's current label (the fix-it), or correct the model.")

    /// Their definitions.
    public static let definitions: [RuleDefinition] = [
        missing,
        format,
        unsafeSVG,
        tooLarge,
        altText,
        possiblyStale,
    ]
}

/// Finds, measures, checks and content-hashes the images the guides use (issue 15).
public enum ImageFiles {
    /// Loads every image the guides name, in the source and each locale.
    public static func load(
        root: URL, imagesPath: String, guides: [Guide], locales: [LocaleID], model: ProductModel, config: ProjectConfig
    ) -> (PublishedImages, [Diagnostic]) {
        var published = PublishedImages()
        var diagnostics: [Diagnostic] = []
        let folder = root.appendingPathComponent(imagesPath)
        var checked: Set<String> = []
        func budget(_ parameter: RuleParameter) -> Int { config.parameter(parameter.name, of: ImageRule.tooLarge) }
        func available() -> [String] {
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { GuideImage.extensions[($0 as NSString).pathExtension.lowercased()] != nil }.sorted()
        }
        for guide in guides {
            func report(_ rule: RuleDefinition, _ message: String, hint: String, at range: SourceRange?, fixIts: [FixIt] = []) {
                diagnostics.append(Diagnostic(rule, message, hint: hint, file: guide.file, at: range, fixIts: fixIts, guideID: guide.id))
            }
            for (image, _, step, method) in guide.images {
                for (src, range) in [(image.src, image.srcRange), (image.dark, image.darkRange)] {
                    guard let src else { continue }
                    let variants = [src] + locales.map { "\($0.tag)/\(src)" }
                    for (index, path) in variants.enumerated() {
                        let file = folder.appendingPathComponent(path)
                        guard let data = FileManager.default.contents(atPath: file.path) else {
                            if index == 0 {
                                let suggestions = NearMiss.suggestions(for: src, among: available())
                                report(
                                    ImageRule.missing, "there is no image \(imagesPath)/\(src)",
                                    hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "add the file under \(imagesPath)/, or correct the path",
                                    at: range, fixIts: range.map { r in suggestions.prefix(1).map { FixIt(range: r, replacement: $0) } } ?? [])
                            }
                            continue
                        }
                        guard checked.insert(path).inserted else { continue }
                        let bytes = [UInt8](data)
                        let problems = ImageProbe.problems(bytes, path: path, budget: (budget(ImageRule.maxBytes), budget(ImageRule.maxWidth), budget(ImageRule.maxHeight)))
                        diagnostics += findings(problems, guide: guide, file: "\(imagesPath)/\(path)", at: range)
                        guard !problems.contains(where: { $0.rule != ImageRule.tooLarge }), let size = ImageProbe.size(bytes) else { continue }
                        var image = PublishedImage(sitePath: sitePath(path, bytes), width: size.width, height: size.height)
                        published.files[image.sitePath] = bytes
                        // `name@2x.png` next to `name.png`: the high-density version.
                        let dense = (path as NSString).deletingPathExtension + "@2x." + (path as NSString).pathExtension
                        if let denseData = FileManager.default.contents(atPath: folder.appendingPathComponent(dense).path) {
                            let denseBytes = [UInt8](denseData)
                            if ImageProbe.problems(denseBytes, path: dense, budget: (Int.max, Int.max, Int.max)).isEmpty {
                                image.sitePath2x = sitePath(dense, denseBytes)
                                published.files[image.sitePath2x!] = denseBytes
                            } else {
                                report(ImageRule.format, "\(imagesPath)/\(dense) is not a valid image", hint: "save it again as the same format as \(path)", at: range)
                            }
                        }
                        published.images[path] = image
                    }
                }
                diagnostics += [altTextFinding(image, guide: guide), staleFinding(image, step: step, method: method, guide: guide, model: model, config: config)]
                    .compactMap { $0 }
            }
        }
        return (published, diagnostics)
    }

    /// An image's problems as findings: inside an SVG at the element or attribute in the image
    /// file, otherwise at the image in the guide.
    static func findings(_ problems: [ImageProbe.Problem], guide: Guide, file: String, at range: SourceRange?) -> [Diagnostic] {
        problems.map { problem in
            if let location = problem.location {
                return Diagnostic(
                    problem.rule, problem.message, hint: problem.hint + " (the guide '\(guide.id)' shows it)",
                    file: file, at: SourceRange(start: location), guideID: guide.id)
            }
            return Diagnostic(problem.rule, problem.message, hint: problem.hint, file: guide.file, at: range, fixIts: [], guideID: guide.id)
        }
    }

    /// Alt text that says nothing: the file's name, or "image of …".
    static func altTextFinding(_ image: GuideImage, guide: Guide) -> Diagnostic? {
        let alt = image.alt.markdown.lowercased()
        let stem = ((image.src as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let name = stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        let empty = ["image of", "picture of", "screenshot of", "photo of", "an image of", "a screenshot of", "a picture of", "image", "screenshot"]
        guard alt == stem || alt == name || alt == (image.src as NSString).lastPathComponent.lowercased() || empty.contains(where: { alt == $0 || alt.hasPrefix($0 + " ") }) else {
            return nil
        }
        return Diagnostic(
            ImageRule.altText, "the alt text '\(image.alt.markdown.prefix(60))' does not say what the image shows",
            hint: "describe what the reader needs from it, e.g. \"The Members screen, with Invite at the top\"", file: guide.file, at: image.alt.range, guideID: guide.id)
    }

    /// A screenshot made with a label the model no longer has.
    static func staleFinding(_ image: GuideImage, step: Step?, method: Method?, guide: Guide, model: ProductModel, config: ProjectConfig) -> Diagnostic? {
        guard let label = image.label, let step, let target = step.target, let surface = method?.surface.flatMap(model.surface),
            let current = surface.screens.lazy.compactMap({ $0.element(target)?.label?.text(for: config.sourceLocale) }).first, current != label
        else { return nil }
        return Diagnostic(
            ImageRule.possiblyStale,
            "the image \(image.src) was made when '\(target)' was labelled '\(label)'; the model now says '\(current)'",
            hint: "take the screenshot again and set `label: \(current)`", file: guide.file, at: image.labelRange,
            fixIts: image.labelRange.map { [FixIt(range: $0, replacement: current)] } ?? [], guideID: guide.id)
    }

    /// `images/<folder>/<name>.<hash>.<ext>`: a new file name whenever the content changes.
    static func sitePath(_ path: String, _ bytes: [UInt8]) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return "images/" + (path as NSString).deletingPathExtension + "." + ContentHash.hex(bytes) + "." + ext
    }
}

/// A stable 64-bit FNV-1a hash of file contents, as 12 hex digits, for cache-busting names.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - text.count)) + text).prefix(12))
    }
}
