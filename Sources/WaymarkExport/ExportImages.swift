import Foundation
import WaymarkGuide
import WaymarkHelp

/// The image files the bundle carries: each file a guide shows in one of the bundle's locales
/// (the locale's screenshot or the source image, its dark variant, and the 2x file of each),
/// under the site's content-hashed names, `images/<name>.<hash>.<ext>` (issue 15).
enum ExportImages {
    static func used(_ input: ExportInput) -> (files: [HelpExport.File], entries: [BundleManifest.Image]) {
        var chosen: [String: (source: String, image: PublishedImage, scale: Int)] = [:]
        for locale in input.locales.map(\.strings.locale.tag) {
            for guide in input.guides {
                for shown in guide.images {
                    for src in [shown.image.src] + (shown.image.dark.map { [$0] } ?? []) {
                        let source = input.images.images["\(locale)/\(src)"] != nil ? "\(locale)/\(src)" : src
                        guard let image = input.images.images[source] else { continue }
                        chosen[image.sitePath] = (source, image, 1)
                        if let dense = image.sitePath2x { chosen[dense] = (denseName(source), image, 2) }
                    }
                }
            }
        }
        var files: [HelpExport.File] = []
        var entries: [BundleManifest.Image] = []
        for path in chosen.keys.sorted() {
            guard let bytes = input.images.files[path], let entry = chosen[path] else { continue }
            let data = Data(bytes)
            files.append(HelpExport.File(path: path, data: data))
            entries.append(
                BundleManifest.Image(
                    path: path, source: entry.source, width: entry.image.width, height: entry.image.height, scale: entry.scale,
                    size: data.count, sha256: SHA256.hex(data)))
        }
        return (files, entries)
    }

    /// `members.png` → `members@2x.png`.
    static func denseName(_ source: String) -> String {
        guard let dot = source.lastIndex(of: "."), !source[dot...].contains("/") else { return source + "@2x" }
        return source[..<dot] + "@2x" + source[dot...]
    }
}
