import Foundation
import WaymarkBase

/// Reads an image file's format and size from its bytes, and what is wrong with it (issue 15).
enum ImageProbe {
    enum Format: String { case png, jpeg, webp, svg }

    struct Problem {
        var rule: RuleDefinition
        var message: String
        var hint: String
        /// Where in the image file, for a finding inside an SVG.
        var location: SourceLocation? = nil
    }

    /// The format the bytes are in, by their signature.
    static func format(_ bytes: [UInt8]) -> Format? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("<svg") { return .svg }
        return nil
    }

    /// The size in pixels (for SVG, its width and height, or its viewBox).
    static func size(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(bytes[i + 2]) << 16 }
        switch format(bytes) {
        case .png:
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
            return (be32(16), be32(20))
        case .jpeg:
            var i = 2
            while i + 9 < bytes.count {
                guard bytes[i] == 0xFF else { return nil }
                let marker = bytes[i + 1]
                if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
                let length = be16(i + 2)
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) { return (be16(i + 7), be16(i + 5)) }
                i += 2 + length
            }
            return nil
        case .webp:
            guard bytes.count >= 30 else { return nil }
            let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
            switch chunk {
            case "VP8X": return (le24(24) + 1, le24(27) + 1)
            case "VP8 ": return (le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L":
                let b = bytes[21...24].map(Int.init)
                return (1 + (b[0] | (b[1] & 0x3F) << 8), 1 + ((b[1] >> 6) | b[2] << 2 | (b[3] & 0x0F) << 10))
            default: return nil
            }
        case .svg:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
            let tag = String(text[open.upperBound..<close])
            func attribute(_ name: String) -> String? {
                guard let range = tag.range(of: "\\s\(name)\\s*=\\s*[\"']([^\"']*)[\"']", options: .regularExpression) else { return nil }
                let match = String(tag[range])
                return match.split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init)
            }
            func number(_ value: String?) -> Int? {
                guard let value else { return nil }
                let digits = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "px", with: "")
                return Double(digits).map { Int($0.rounded()) }
            }
            if let width = number(attribute("width")), let height = number(attribute("height")), width > 0, height > 0 { return (width, height) }
            let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
            if box.count == 4, box[2] > 0, box[3] > 0 { return (Int(box[2].rounded()), Int(box[3].rounded())) }
            return nil
        case nil:
            return nil
        }
    }

    /// Everything wrong with the file at `path` (relative to the images folder).
    static func problems(_ bytes: [UInt8], path: String, budget: (bytes: Int, width: Int, height: Int)) -> [Problem] {
        let ext = (path as NSString).pathExtension.lowercased()
        let expected: Format? =
            switch ext {
            case "png": .png
            case "jpg", "jpeg": .jpeg
            case "webp": .webp
            case "svg": .svg
            default: nil
            }
        guard let found = format(bytes) else {
            return [Problem(rule: ImageRule.format, message: "\(path) is not a PNG, JPEG, WebP or SVG image", hint: "save it again as one of these formats")]
        }
        guard found == expected else {
            return [
                Problem(
                    rule: ImageRule.format, message: "\(path) is a \(found.rawValue.uppercased()) file, but its name says \(ext)",
                    hint: "rename it to .\(found == .jpeg ? "jpg" : found.rawValue), or save it as \(ext)")
            ]
        }
        var result: [Problem] = []
        if found == .svg {
            for finding in SVGSafety.findings(bytes) {
                result.append(
                    Problem(
                        rule: ImageRule.unsafeSVG, message: "\(path) holds \(finding.what)",
                        hint: "export it again as plain SVG (shapes and text, `#id` references only), or use a PNG", location: finding.location))
            }
        }
        guard let size = size(bytes) else {
            return result + [
                Problem(
                    rule: ImageRule.format, message: "the size of \(path) cannot be read",
                    hint: found == .svg ? "give the <svg> element width and height, or a viewBox" : "save the image again")
            ]
        }
        if bytes.count > budget.bytes {
            result.append(
                Problem(
                    rule: ImageRule.tooLarge, message: "\(path) is \(bytes.count) bytes; the budget is \(budget.bytes)",
                    hint: "crop it and save it smaller, or raise `max-bytes` of image.too-large in waymark.yml"))
        }
        if size.width > budget.width || size.height > budget.height {
            result.append(
                Problem(
                    rule: ImageRule.tooLarge, message: "\(path) is \(size.width)×\(size.height) pixels; the budget is \(budget.width)×\(budget.height)",
                    hint: "scale it down, or raise `max-width` and `max-height` of image.too-large in waymark.yml"))
        }
        return result
    }
}
