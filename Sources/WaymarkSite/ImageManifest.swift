import Foundation
import WaymarkGuide
import WaymarkPipeline

/// The images' files, and `images/index.json`, which lists them for the embedded export and
/// other tools: each source path (`members.png`, `pt-BR/members.png`) with its content-hashed
/// file, size and high-density file (issue 15).
enum ImageManifest {
    static func files(_ images: PublishedImages) -> [SiteFile] {
        guard !images.images.isEmpty else { return [] }
        var files = images.files.keys.sorted().map { path in
            SiteFile(path: path, contents: .data(Data(images.files[path]!)))
        }
        var entries: [String] = []
        for source in images.images.keys.sorted() {
            let image = images.images[source]!
            var fields = ["\"file\": \(quoted(image.sitePath))", "\"width\": \(image.width)", "\"height\": \(image.height)"]
            if let dense = image.sitePath2x { fields.append("\"file2x\": \(quoted(dense))") }
            entries.append("    \(quoted(source)): { \(fields.joined(separator: ", ")) }")
        }
        files.append(SiteFile(path: "images/index.json", text: "{\n  \"version\": 1,\n  \"images\": {\n" + entries.joined(separator: ",\n") + "\n  }\n}\n"))
        return files
    }

    static func quoted(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }
}
