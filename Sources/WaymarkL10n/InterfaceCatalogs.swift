import Foundation
import WaymarkBase
import WaymarkRender

/// The catalogs of Waymark's own interface strings: those shipped with Waymark
/// (`Sources/WaymarkL10n/Interface/<locale>.po`) and a project's overrides
/// (`Content/locales/<locale>/_interface.po`). A page's strings come from the first catalog
/// along its locale's fallback chain that has each key (the project's before Waymark's), and
/// English for the rest.
public struct InterfaceCatalogs: Sendable {
    /// The file name of an interface catalog in a locale folder.
    public static let fileName = "_interface.po"
    /// The file name of the interface template in the templates folder.
    public static let templateName = "_interface.pot"

    /// The project's interface catalogs by locale.
    public var project: [LocaleID: POFile]

    /// The project's catalogs over Waymark's.
    public init(project: [LocaleID: POFile] = [:]) { self.project = project }

    /// The locales Waymark ships interface strings for, sorted (English is the table itself).
    public static var shippedLocales: [LocaleID] { ([.english] + shipped.keys).sorted() }

    /// Waymark's own catalogs, read once from the tool's resources.
    public static let shipped: [LocaleID: POFile] = {
        var result: [LocaleID: POFile] = [:]
        guard let folder = Bundle.module.url(forResource: "Interface", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return result }
        for name in names where name.hasSuffix(".po") {
            guard let locale = LocaleID(String(name.dropLast(3))),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            else { continue }
            result[locale] = POParser.parse(String(decoding: data, as: UTF8.self), file: name, allowPlurals: true).0
        }
        return result
    }()

    /// Whether some catalog along `locale`'s fallback chain (or English, the table) holds its interface strings.
    public func hasCatalog(for locale: LocaleID) -> Bool {
        locale.fallbackChain.contains { $0 == .english || project[$0] != nil || Self.shipped[$0] != nil }
    }

    /// The resolved interface strings of `locale`.
    public func text(for locale: LocaleID) -> InterfaceText {
        var messages: [String: [PluralCategory: String]] = [:]
        // Least specific first, so that the locale's own catalog has the last word.
        for candidate in locale.fallbackChain.reversed() {
            for catalog in [Self.shipped[candidate], project[candidate]].compactMap({ $0 }) {
                messages.merge(Self.messages(of: catalog, locale: candidate)) { _, new in new }
            }
        }
        return InterfaceText(locale: locale, messages: messages)
    }

    /// The page strings of `locale`.
    public func strings(for locale: LocaleID) -> UIStrings { UIStrings(text: text(for: locale)) }

    /// The current translations of a catalog: entries that are not fuzzy, whose source is the
    /// table's, by key; plural forms by the CLDR category of their `msgstr[i]` in `locale`.
    static func messages(of catalog: POFile, locale: LocaleID) -> [String: [PluralCategory: String]] {
        let categories = PluralRules.forLocale(locale).integerCategories
        var result: [String: [PluralCategory: String]] = [:]
        for entry in catalog.entries where !entry.isObsolete && !entry.isFuzzy {
            guard let key = entry.context, let message = InterfaceMessages.byKey[key] else { continue }
            guard entry.msgid == message.english, entry.msgidPlural == message.englishPlural else { continue }
            if entry.msgidPlural == nil {
                if !entry.msgstr.isEmpty { result[key] = [.other: entry.msgstr] }
            } else {
                var forms: [PluralCategory: String] = [:]
                for (index, form) in entry.pluralForms.enumerated() where index < categories.count && !form.isEmpty { forms[categories[index]] = form }
                if !forms.isEmpty { result[key] = forms }
            }
        }
        return result
    }

    /// The interface template (`_interface.pot`): every key with its English text and a note.
    public static func template() -> POFile {
        var file = POFile(
            header: [
                ("Project-Id-Version", "waymark interface"), ("MIME-Version", "1.0"),
                ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit"),
            ], entries: [])
        file.entries = InterfaceMessages.all.map { message in
            var entry = POEntry(context: message.key, msgid: message.english)
            entry.msgidPlural = message.englishPlural
            if message.englishPlural != nil { entry.pluralForms = ["", ""] }
            entry.extractedComments = [message.comment]
            return entry
        }
        return file
    }

    /// The template for `locale`: plural entries with one empty form per plural category.
    public static func template(for locale: LocaleID) -> POFile {
        var file = template()
        let count = PluralRules.forLocale(locale).integerCategories.count
        for index in file.entries.indices where file.entries[index].msgidPlural != nil {
            file.entries[index].pluralForms = Array(repeating: "", count: count)
        }
        return file
    }
}

extension InterfaceCatalogs {
    /// `l10n.missing-interface` for each of `locales` that no interface catalog covers, with the command that creates one.
    public func check(locales: [LocaleID], localesPath: String) -> [Diagnostic] {
        locales.filter { !hasCatalog(for: $0) }.map { locale in
            Diagnostic(
                L10nRule.missingInterface,
                "no interface strings for '\(locale)': its pages would show Waymark's words (Tip, Method 1:, search) in English",
                hint: "run `waymark l10n update --locale \(locale)` to create \(localesPath)/\(locale)/\(Self.fileName), then translate it",
                file: "\(localesPath)/\(locale)", locale: locale)
        }
    }
}
