import Foundation
import WaymarkBase
import WaymarkGuide

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// XLIFF 2.0 exchange with translation-management systems: one file per locale, a `<file>`
/// per guide and a `<unit>` per translatable text, its id the text's stable key.
public enum XLIFF {
    /// The XLIFF 2.0 document of a locale's catalogs for `guides`.
    public static func export(guides: [Guide], catalogs: Catalogs, locale: LocaleID, sourceLocale: LocaleID = .english) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="\#(escape(sourceLocale.tag))" trgLang="\#(escape(locale.tag))">"#,
        ]
        for guide in guides {
            let catalog = catalogs.catalog(locale: locale, guide: guide.id)
            lines.append(#"  <file id="\#(escape(guide.id))" original="\#(escape(guide.file))">"#)
            let byKey = catalog?.liveEntriesByKey ?? [:]
            for unit in TranslationKey.units(of: guide) {
                let entry = byKey[unit.key]
                let state = TranslationStatus.state(of: entry, source: unit.text.markdown)
                lines.append(#"    <unit id="\#(escape(unit.key))">"#)
                var notes = entry?.extractedComments ?? []
                if notes.isEmpty { notes = [unit.description] }
                if state == .stale, let previous = entry?.previousMsgid ?? entry?.msgid, previous != unit.text.markdown {
                    notes.append("The source changed. The translation was made for: \(previous)")
                }
                lines.append("      <notes>")
                lines += notes.map { "        <note>\(escape($0))</note>" }
                lines.append("      </notes>")
                lines.append(#"      <segment state="\#(state == .translated ? "translated" : "initial")">"#)
                lines.append("        <source>\(escape(unit.text.markdown))</source>")
                if let target = entry?.msgstr, !target.isEmpty { lines.append("        <target>\(escape(target))</target>") }
                lines.append("      </segment>")
                lines.append("    </unit>")
            }
            lines.append("  </file>")
        }
        lines.append("</xliff>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A unit read from an XLIFF file, with the line it is on.
    public struct ImportedUnit: Sendable, Hashable {
        public var file: String
        public var id: String
        public var source: String
        public var target: String?
        /// The segment's state: initial, translated, reviewed or final.
        public var state: String
        public var line: Int

        /// Whether the translator marked the target as done (not `initial`).
        public var isTranslated: Bool { ["translated", "reviewed", "final"].contains(state) }
    }

    /// The largest XLIFF file imported, in bytes (a locale of every guide: many catalogs).
    public static let maximumBytes = 32 << 20

    /// The XLIFF 2.0 namespace.
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// The target language and units of an XLIFF 2.0 document, or a diagnostic.
    public static func read(_ data: Data, path: String) -> (LocaleID?, [ImportedUnit], [Diagnostic]) {
        // Entities are not needed in XLIFF and can hide or inflate text: refuse any DTD, anywhere
        // in the file, and any entity reference but XML's five (the file must be UTF-8, so no
        // UTF-16 file can hide one from this scan).
        let text: String
        switch FileEncoding.decode(data, file: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [], [diagnostic])
        }
        if let refusal = XLIFFSafety.refusal(in: text, path: path) { return (nil, [], [refusal]) }
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let diagnostic = Diagnostic(
                L10nRule.xliffSyntax, "the file is not well-formed XML: \(XLIFFSafety.words(for: parser.parserError))",
                hint: "export it again from your translation tool", file: path,
                at: SourceRange(start: SourceLocation(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))))
            return (nil, [], [diagnostic])
        }
        guard reader.version == "2.0", reader.namespace == namespace, let tag = reader.targetLanguage, let locale = LocaleID(tag) else {
            return (
                nil, [],
                [
                    Diagnostic(
                        L10nRule.xliffSyntax, "the file is not XLIFF 2.0 with a trgLang",
                        hint: "export XLIFF 2.0 (version=\"2.0\", with trgLang) from your translation tool", file: path)
                ]
            )
        }
        return (locale, reader.units, [])
    }

    final class Reader: NSObject, XMLParserDelegate {
        var version: String?
        var namespace: String?
        var targetLanguage: String?
        var units: [ImportedUnit] = []
        private var file = "", unit = "", line = 0
        private var source: String?, target: String?
        private var state = "initial"
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "xliff":
                version = attributes["version"]
                namespace = namespaceURI
                targetLanguage = attributes["trgLang"]
            case "file": file = attributes["id"] ?? ""
            case "unit":
                unit = attributes["id"] ?? ""
                line = parser.lineNumber
                source = nil
                target = nil
                state = "initial"
            case "segment": state = attributes["state"] ?? "initial"
            case "source", "target": text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, foundCDATA data: Data) { text? += String(decoding: data, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "source": source = (source ?? "") + (text ?? ""); text = nil
            case "target": target = (target ?? "") + (text ?? ""); text = nil
            case "unit": units.append(ImportedUnit(file: file, id: unit, source: source ?? "", target: target, state: state, line: line))
            default: break
            }
        }
    }

    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
