import Foundation
import WaymarkBase

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What in an SVG could run code or load something from elsewhere, found by parsing it as XML
/// (issue 15): a text scan is fooled by a namespace prefix (`<svg:script>`), a character
/// reference (`u&#114;l(…)`) or words in the text (`onboarding = …`). As for XLIFF, nothing
/// reaches the parser that could make it expand or fetch anything: no DTD, no entity but
/// XML's five, no processing instruction but the leading XML declaration.
enum SVGSafety {
    /// One thing refused, where it is in the file.
    struct Finding: Hashable {
        var what: String
        var location: SourceLocation
    }

    static let predefinedEntities: Set<String> = ["lt", "gt", "amp", "quot", "apos"]
    static let embedding: [String: String] = [
        "script": "a script", "foreignobject": "a foreign object", "iframe": "an embedded frame", "embed": "an embedded object",
        "object": "an embedded object", "handler": "an event handler element", "listener": "an event listener element",
    ]

    /// Everything refused in the file, in order; empty for a safe SVG.
    static func findings(_ bytes: [UInt8]) -> [Finding] {
        let text = String(decoding: bytes, as: UTF8.self)
        let source = SourceText(text)
        if let refused = preScan(text) { return [refused] }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let reader = Reader(source: source)
        parser.delegate = reader
        let parsed = parser.parse()
        if !parsed || reader.error != nil {
            let at = reader.error?.location ?? SourceLocation(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
            return reader.findings + [Finding(what: "no well-formed XML (line \(at.line))", location: at)]
        }
        return reader.findings
    }

    /// A DTD, an entity reference beyond XML's five, or a processing instruction, before parsing.
    static func preScan(_ text: String) -> Finding? {
        let scalars = Array(text.unicodeScalars)
        var (line, column, index) = (1, 1, 0)
        func word(_ from: Int, _ count: Int) -> String { String(String.UnicodeScalarView(scalars[from..<min(scalars.count, from + count)])).lowercased() }
        while index < scalars.count {
            let here = SourceLocation(line: line, column: column)
            if scalars[index] == "<", index + 1 < scalars.count {
                if scalars[index + 1] == "!", ["doctype", "entity", "element", "attlist"].contains(where: { word(index + 2, 7).hasPrefix($0) }) {
                    return Finding(what: "a document type declaration (<!\(word(index + 2, 7).uppercased())…)", location: here)
                }
                if scalars[index + 1] == "?", !(scalars[..<index].allSatisfy { $0 == "\u{FEFF}" } && word(index + 2, 4) == "xml ") {
                    return Finding(what: "a processing instruction (<?…?>)", location: here)
                }
            }
            if scalars[index] == "&" {
                var end = index + 1
                while end < scalars.count, end - index <= 64, scalars[end] != ";", !scalars[end].properties.isWhitespace, scalars[end] != "<" { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                if end < scalars.count, scalars[end] == ";", !name.hasPrefix("#"), !predefinedEntities.contains(name) {
                    return Finding(what: "an entity reference (&\(name.prefix(20));)", location: here)
                }
            }
            if SourceText.isBreak(scalars[index]), !(scalars[index] == "\n" && index > 0 && scalars[index - 1] == "\r") {
                (line, column) = (line + 1, 1)
            } else if scalars[index] != "\n" {
                column += 1
            }
            index += 1
        }
        return nil
    }

    final class Reader: NSObject, XMLParserDelegate {
        let source: SourceText
        var findings: [Finding] = []
        var inStyle = false
        var styleStart = SourceLocation(line: 1, column: 1)

        init(source: SourceText) { self.source = source }

        /// The first error the parser reported, where it was.
        var error: Finding?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if error == nil { error = Finding(what: "\(parseError)", location: SourceLocation(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))) }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
            let line = max(parser.lineNumber, 1), column = max(parser.columnNumber, 1)
            if let what = SVGSafety.embedding[local] { findings.append(Finding(what: "\(what) (<\(name)>)", location: locate("<" + name, line, column))) }
            if local == "style" { (inStyle, styleStart) = (true, locate("<" + name, line, column)) }
            for attribute in attributes.keys.sorted() {
                let value = attributes[attribute] ?? ""
                let bare = (attribute.split(separator: ":").last.map(String.init) ?? attribute).lowercased()
                let at = locate(attribute, line, column)
                if bare.hasPrefix("on") { findings.append(Finding(what: "an event handler attribute (\(attribute)=…)", location: at)) }
                if bare == "href" || bare == "src", !value.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                    findings.append(Finding(what: "a reference to another file or site (\(attribute)=\"\(value.prefix(40))\")", location: at))
                }
                if local == "set" || local == "animate", bare == "attributename", value.lowercased().hasSuffix("href") {
                    findings.append(Finding(what: "an animation that sets \(value)", location: at))
                }
                if let what = SVGSafety.styleProblem(value) { findings.append(Finding(what: "\(what) in \(attribute)", location: at)) }
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if (name.split(separator: ":").last.map(String.init) ?? name).lowercased() == "style" { inStyle = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inStyle, let what = SVGSafety.styleProblem(string) { findings.append(Finding(what: "\(what) in a <style>", location: styleStart)) }
        }

        func parser(_ parser: XMLParser, foundCDATA data: Data) { self.parser(parser, foundCharacters: String(decoding: data, as: UTF8.self)) }

        /// Where `needle` was last written at or before the parser's position (it reports the end of a start tag).
        func locate(_ needle: String, _ line: Int, _ column: Int) -> SourceLocation {
            for number in stride(from: line, through: max(1, line - 40), by: -1) {
                guard let text = source.line(number) else { continue }
                let scalars = Array(text.unicodeScalars)
                let limit = number == line ? min(scalars.count, column) : scalars.count
                let pattern = Array(needle.unicodeScalars)
                guard pattern.count <= limit else { continue }
                for start in stride(from: limit - pattern.count, through: 0, by: -1) where Array(scalars[start..<start + pattern.count]) == pattern {
                    return SourceLocation(line: number, column: start + 1)
                }
            }
            return SourceLocation(line: line, column: column)
        }
    }

    /// A `url()` that is not `#id`, an `@import` or a `javascript:` in a style or attribute value.
    static func styleProblem(_ value: String) -> String? {
        let lowered = value.lowercased()
        if lowered.contains("javascript:") { return "a javascript: link" }
        if lowered.contains("@import") { return "a stylesheet import" }
        if lowered.range(of: "url\\(\\s*[\"']?\\s*[^#\"'\\s)]", options: .regularExpression) != nil { return "a url() that loads another file or site" }
        return nil
    }
}
