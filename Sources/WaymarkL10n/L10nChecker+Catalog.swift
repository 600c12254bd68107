import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

extension L10nChecker {
    /// The problems of one guide's catalog in one locale (missing, stale, obsolete entries,
    /// markup and labels), or of its missing catalog; independent of every other guide and locale.
    static func catalogProblems(_ guide: Guide, locale: LocaleID, model: ProductModel, catalogs: Catalogs, signatures: SourceSignatures) -> [Diagnostic] {
        let written = catalogs.writtenLocale(of: guide)
        let path = catalogs.path(locale: locale, guide: guide.id)
        let units = TranslationKey.units(of: guide)
        var diagnostics: [Diagnostic] = []
        guard let catalog = catalogs.catalog(locale: locale, guide: guide.id) else {
            // en-GB in an English project, or es-419 beside es: the chain stands in.
            guard !catalogs.coversWithoutCatalog(locale, guide: guide.id, written: written) else { return [] }
            return [
                Diagnostic(
                    L10nRule.missingCatalog, "there is no \(locale) catalog for the guide '\(guide.id)'",
                    hint: "run `waymark l10n update` to create \(path)", file: path, guideID: guide.id, locale: locale)
            ]
        }
        func add(_ rule: RuleDefinition, _ message: String, hint: String, at location: SourceLocation?) {
            diagnostics.append(
                Diagnostic(rule, message, hint: hint, file: path, at: location.map { SourceRange(start: $0) }, guideID: guide.id, locale: locale))
        }
        // One lookup table per catalog: a scan per key is quadratic in the guide's length.
        let entries = catalog.liveEntriesByKey
        // A catalog with nothing translated yet is one finding, not one per text.
        let untranslated = units.filter { unit in
            TranslationStatus.state(of: entries[unit.key], source: unit.text.markdown) == .missing
                && !catalogs.inherits(locale: locale, guide: guide.id, key: unit.key, source: unit.text.markdown, state: .missing, written: written)
        }
        let noneTranslated = units.count > 1 && untranslated.count == units.count
        if noneTranslated {
            add(
                L10nRule.missing, "none of the \(units.count) texts of '\(guide.id)' is translated into \(locale) yet",
                hint: "translate \(path) in a PO editor, or export it with `waymark l10n export --format xliff --locale \(locale)`", at: nil)
        }
        for unit in units {
            let entry = entries[unit.key]
            let state = TranslationStatus.state(of: entry, source: unit.text.markdown)
            if state != .translated, catalogs.inherits(locale: locale, guide: guide.id, key: unit.key, source: unit.text.markdown, state: state, written: written) {
                continue
            }
            switch state {
            case .missing where noneTranslated:
                break
            case .missing:
                add(
                    L10nRule.missing, "'\(unit.key)' is not translated into \(locale)",
                    hint: entry == nil ? "run `waymark l10n update` to add it, then translate it" : "write its msgstr",
                    at: entry?.msgstrLocation)
            case .stale:
                add(
                    L10nRule.stale, "the source of '\(unit.key)' changed since it was translated into \(locale)",
                    hint: entry?.isFuzzy == true
                        ? "check the translation against the new msgid (the old one is in `#| msgid`), then remove the fuzzy flag"
                        : "run `waymark l10n update` to record the new source, then update the translation",
                    at: entry?.msgidLocation)
            case .translated:
                guard let entry else { break }
                let source = signatures.signature(guide: guide.id, key: unit.key, markdown: unit.text.markdown) ?? CMark.inlineSignature(unit.text.markdown)
                let target = CMark.inlineSignature(entry.msgstr)
                diagnostics += markupProblems(unit, entry, locale: locale, path: path, guide: guide, source: source, target: target)
                diagnostics += labelProblems(unit, entry, locale: locale, path: path, guide: guide, model: model, source: source, target: target)
            case .source:
                break
            }
        }
        let keys = Set(units.map(\.key))
        for entry in catalog.entries where !entry.isObsolete {
            guard let key = entry.context, !keys.contains(key) else { continue }
            add(L10nRule.obsolete, "'\(key)' is no longer in the guide", hint: "run `waymark l10n update` to mark it obsolete", at: entry.msgidLocation)
        }
        return diagnostics
    }
}

/// The inline signature of every source text of the guides, read once (in parallel) and
/// shared by every locale's check, instead of once per locale.
struct SourceSignatures: Sendable {
    private let table: [String: [String: (markdown: String, signature: InlineSignature)]]

    /// Each guide's table, in parallel; `waymark serve` keeps a guide's until it changes.
    init(guides: [Guide], cache: BuildCache? = BuildCache.current) {
        let tables = ParallelMap.map(guides) { guide in
            cache.cachedOrNot("l10n-signatures", guide.cacheKey, dependsOn: [BuildCache.guide(guide.id)]) {
                Dictionary(
                    TranslationKey.units(of: guide).map { ($0.key, (markdown: $0.text.markdown, signature: CMark.inlineSignature($0.text.markdown))) },
                    uniquingKeysWith: { first, _ in first })
            }
        }
        table = Dictionary(zip(guides.map(\.id), tables), uniquingKeysWith: { first, _ in first })
    }

    /// The signature of the unit's text, when it is the one read (a key used twice may hold another text).
    func signature(guide: String, key: String, markdown: String) -> InlineSignature? {
        guard let found = table[guide]?[key], found.markdown == markdown else { return nil }
        return found.signature
    }
}
