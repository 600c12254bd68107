import WaymarkBase
import WaymarkGuide
import WaymarkModel

/// Makes the template catalog (POT) of a guide: one entry per translatable text, keyed by its
/// stable path, with comments that tell the translator where the text is and what it refers to.
public enum Extractor {
    /// The template of `guide`; with a `locale`, the comments also give that locale's UI labels.
    public static func template(for guide: Guide, model: ProductModel, locale: LocaleID? = nil) -> POFile {
        var entries: [POEntry] = []
        for unit in TranslationKey.units(of: guide) {
            var entry = POEntry(context: unit.key, msgid: unit.text.markdown)
            entry.extractedComments = comments(for: unit, model: model, locale: locale)
            if let line = unit.text.range?.start.line { entry.references = ["\(guide.file):\(line)"] }
            entries.append(entry)
        }
        return POFile(
            header: [
                ("Project-Id-Version", "waymark \(guide.id)"),
                ("MIME-Version", "1.0"),
                ("Content-Type", "text/plain; charset=UTF-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ], entries: entries)
    }

    static func comments(for unit: TranslationUnit, model: ProductModel, locale: LocaleID?) -> [String] {
        var comments = [unit.description.prefix(1).uppercased() + unit.description.dropFirst() + "."]
        if let surfaceID = unit.surface, let target = unit.target, let surface = model.surface(surfaceID),
            let element = surface.screens.lazy.compactMap({ $0.element(target) }).first
        {
            let screen = surface.screens(holding: target).first?.name.text(for: .english) ?? ""
            var note = "Acts on '\(target)' in \(surface.name)" + (screen.isEmpty ? "" : " › \(screen)")
            if let label = element.label?.text(for: .english) { note += "; UI label: \(label)" }
            if let locale, let localized = element.label?.values[locale.tag] { note += "; in \(locale.tag) the product shows: \(localized)" }
            comments.append(note + ".")
        }
        if unit.text.markdown.contains("{label}") { comments.append("Keep {label}: it becomes the UI label, in your language.") }
        if unit.text.markdown.contains("{url}") { comments.append("Keep {url}: it becomes the link.") }
        if unit.text.markdown.contains("{value}") { comments.append("Keep {value}: it becomes the value to type, as code.") }
        if unit.text.markdown.contains("{path}") { comments.append("Keep {path}: it becomes the navigation path, in your language.") }
        return comments
    }
}
