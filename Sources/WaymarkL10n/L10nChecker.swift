import WaymarkBase
import WaymarkGuide
import WaymarkMarkdown
import WaymarkModel

/// Per locale: missing, stale and obsolete entries; translations whose Markdown or
/// placeholders differ from the source; UI labels that disagree with the model's.
public enum L10nChecker {
    /// Every problem of the catalogs against the current guides and model.
    public static func check(guides: [Guide], model: ProductModel, catalogs: Catalogs) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var labelWarnings: Set<String> = []
        // A guide no locale has a catalog for yet (a new guide) is one finding, not one per locale or text.
        var reportedNewGuides: Set<String> = []
        // A guide some locales have no catalog for is one finding too, listing them.
        var withoutCatalog: [String: [LocaleID]] = [:]
        for guide in guides {
            let targets = catalogs.targetLocales(of: guide), written = catalogs.writtenLocale(of: guide)
            guard !targets.isEmpty,
                targets.allSatisfy({ catalogs.catalog(locale: $0, guide: guide.id) == nil && !catalogs.coversWithoutCatalog($0, guide: guide.id, written: written) })
            else { continue }
            reportedNewGuides.insert(guide.id)
            let names = targets.map(\.tag).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    L10nRule.missingCatalog,
                    "the guide '\(guide.id)' has no catalogs yet: its \(TranslationKey.units(of: guide).count) texts show in \(written) in \(names)",
                    hint: "run `waymark l10n update` to create its catalogs in every locale, then translate them",
                    file: guide.file, at: guide.idRange, guideID: guide.id))
        }
        for locale in [catalogs.sourceLocale] + catalogs.locales {
            for guide in guides where reportedNewGuides.contains(guide.id) && catalogs.targetLocales(of: guide).contains(locale) {
                diagnostics += missingLabels(guide, locale: locale, model: model, catalogs: catalogs, seen: &labelWarnings)
            }
        }
        for locale in [catalogs.sourceLocale] + catalogs.locales {
            for guide in guides where !reportedNewGuides.contains(guide.id) && catalogs.targetLocales(of: guide).contains(locale) {
                let written = catalogs.writtenLocale(of: guide)
                let path = catalogs.path(locale: locale, guide: guide.id)
                let units = TranslationKey.units(of: guide)
                // Labels first: a step whose sentence is made from a label needs it, catalog or not.
                diagnostics += missingLabels(guide, locale: locale, model: model, catalogs: catalogs, seen: &labelWarnings)
                guard let catalog = catalogs.catalog(locale: locale, guide: guide.id) else {
                    // en-GB in an English project, or es-419 beside es: the chain stands in.
                    guard !catalogs.coversWithoutCatalog(locale, guide: guide.id, written: written) else { continue }
                    withoutCatalog[guide.id, default: []].append(locale)
                    continue
                }
                func add(_ rule: RuleDefinition, reportedAs severity: Severity? = nil, _ message: String, hint: String, at location: SourceLocation?) {
                    diagnostics.append(
                        Diagnostic(
                            rule, reportedAs: severity ?? rule.severity, message, hint: hint, file: path,
                            at: location.map { SourceRange(start: $0) }, guideID: guide.id, locale: locale))
                }
                // A catalog with nothing translated yet is one finding, not one per text.
                let untranslated = units.filter { unit in
                    TranslationStatus.state(of: catalog.entry(for: unit.key), source: unit.text.markdown) == .missing
                        && !catalogs.inherits(locale: locale, guide: guide.id, key: unit.key, source: unit.text.markdown, state: .missing, written: written)
                }
                if units.count > 1 && untranslated.count == units.count {
                    add(
                        L10nRule.missing, "none of the \(units.count) texts of '\(guide.id)' is translated into \(locale) yet",
                        hint: "translate \(path) in a PO editor, or export it with `waymark l10n export --format xliff --locale \(locale)`", at: nil)
                }
                for unit in units {
                    let entry = catalog.entry(for: unit.key)
                    let state = TranslationStatus.state(of: entry, source: unit.text.markdown)
                    if state != .translated, catalogs.inherits(locale: locale, guide: guide.id, key: unit.key, source: unit.text.markdown, state: state, written: written) {
                        continue
                    }
                    switch state {
                    case .missing where units.count > 1 && untranslated.count == units.count:
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
                        diagnostics += markupProblems(unit, entry, locale: locale, path: path, guide: guide)
                        diagnostics += labelProblems(unit, entry, locale: locale, path: path, guide: guide, model: model)
                    case .source:
                        break
                    }
                }
                let keys = Set(units.map(\.key))
                for entry in catalog.entries where !entry.isObsolete {
                    guard let key = entry.context, !keys.contains(key) else { continue }
                    add(
                        L10nRule.obsolete, "'\(key)' is no longer in the guide",
                        hint: "run `waymark l10n update` to mark it obsolete", at: entry.msgidLocation)
                }
            }
        }
        for guide in guides { if let locales = withoutCatalog[guide.id] { diagnostics.append(missingCatalogs(guide, locales: locales, catalogs: catalogs)) } }
        return diagnostics
    }

    /// One `l10n.missing-catalog` for a guide that some locales have no catalog for, at its id.
    static func missingCatalogs(_ guide: Guide, locales: [LocaleID], catalogs: Catalogs) -> Diagnostic {
        let names = locales.map(\.tag).joined(separator: ", ")
        let count = TranslationKey.units(of: guide).count
        let what = locales.count == 1 ? "there is no \(names) catalog" : "there are no catalogs in \(locales.count) locales (\(names))"
        return Diagnostic(
            L10nRule.missingCatalog,
            "\(what) for the guide '\(guide.id)': its \(count) texts show in \(catalogs.writtenLocale(of: guide)) there",
            hint: "run `waymark l10n update` to create \(locales.map { catalogs.path(locale: $0, guide: guide.id) }.joined(separator: ", ")), then translate them",
            file: guide.file, at: guide.idRange, guideID: guide.id, locale: locales.count == 1 ? locales[0] : nil)
    }

    /// `l10n.missing-label` for each element a step of `guide` acts on (its text or its generated
    /// sentence shows the label) that has no label in `locale` along its fallback chain, once per element.
    static func missingLabels(_ guide: Guide, locale: LocaleID, model: ProductModel, catalogs: Catalogs, seen: inout Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func walk(_ items: [ProcedureItem], surfaceID: String?) {
            for case .step(let step) in items {
                walk(step.substeps, surfaceID: surfaceID)
                guard let surfaceID, let target = step.target, let surface = model.surface(surfaceID),
                    let element = surface.screens.lazy.compactMap({ $0.element(target) }).first,
                    let label = element.label, label.ownText(for: locale, stoppingAt: catalogs.sourceLocale) == nil,
                    seen.insert("\(surfaceID)/\(target)/\(locale)").inserted
                else { continue }
                diagnostics.append(
                    Diagnostic(
                        L10nRule.missingLabel, "the model has no \(locale) label for '\(target)' in \(surface.name)",
                        hint: "add `\(locale): …` to its label in \(surface.file); the \(catalogs.sourceLocale) label is shown meanwhile, marked as \(catalogs.sourceLocale)",
                        file: surface.file, at: element.idRange, locale: locale))
            }
        }
        for method in guide.methods { walk(method.items, surfaceID: method.surface) }
        // Issue 15: an error message a troubleshooting entry quotes is localized like a label.
        for entry in guide.troubleshooting + guide.methods.flatMap(\.troubleshooting) {
            guard let error = entry.error, let surfaceID = entry.surface, let surface = model.surface(surfaceID),
                let found = surface.screens.lazy.compactMap({ $0.errors.first { $0.id == error } }).first,
                found.message.ownText(for: locale, stoppingAt: catalogs.sourceLocale) == nil,
                seen.insert("\(surfaceID)/error:\(error)/\(locale)").inserted
            else { continue }
            diagnostics.append(
                Diagnostic(
                    L10nRule.missingLabel, "the model has no \(locale) message for the error '\(error)' in \(surface.name)",
                    hint: "add `\(locale): …` to its message in \(surface.file), as the product shows it; the \(catalogs.sourceLocale) message is shown meanwhile",
                    file: surface.file, at: found.idRange, locale: locale))
        }
        return diagnostics
    }

    package static func markupProblems(_ unit: TranslationUnit, _ entry: POEntry, locale: LocaleID, path: String, guide: Guide) -> [Diagnostic] {
        let source = CMark.inlineSignature(unit.text.markdown), target = CMark.inlineSignature(entry.msgstr)
        var differences: [String] = []
        if source.links != target.links { differences.append("links (\(source.links.joined(separator: ", ")))") }
        if source.code != target.code { differences.append("code spans (\(source.code.map { "`\($0)`" }.joined(separator: ", ")))") }
        if source.strong != target.strong { differences.append("\(source.strong) strong run(s)") }
        if source.emphasis != target.emphasis { differences.append("\(source.emphasis) emphasized run(s)") }
        for placeholder in ["{label}", "{url}", "{name}", "{path}", "{value}"] where count(placeholder, in: unit.text.markdown) != count(placeholder, in: entry.msgstr) {
            differences.append("the placeholder \(placeholder)")
        }
        let findings = CMark.inspectInline(entry.msgstr)
        if !findings.isEmpty { differences.append("no raw HTML, unsafe links or block Markdown") }
        guard !differences.isEmpty else { return [] }
        return [
            Diagnostic(
                L10nRule.markupMismatch, "the \(locale) translation of '\(unit.key)' does not keep the source's \(differences.joined(separator: ", "))",
                hint: "keep links, code, emphasis and placeholders as in the msgid; translate only the words",
                file: path, at: entry.msgstrLocation.map { SourceRange(start: $0) }, guideID: guide.id, locale: locale)
        ]
    }

    /// A UI label written in the source text must appear as the product shows it in this locale.
    static func labelProblems(_ unit: TranslationUnit, _ entry: POEntry, locale: LocaleID, path: String, guide: Guide, model: ProductModel) -> [Diagnostic] {
        guard let surfaceID = unit.surface ?? guide.methods.first(where: { $0.id == unit.methodID })?.surface,
            let surface = model.surface(surfaceID)
        else { return [] }
        var byLabel: [String: LocalizedText] = [:]
        for screen in surface.screens {
            for element in screen.elements {
                if let label = element.label, let english = label.values[LocaleID.english.tag] { byLabel[english] = label }
            }
        }
        let written = CMark.inlineSignature(entry.msgstr).strongTexts
        var diagnostics: [Diagnostic] = []
        for sourceLabel in CMark.inlineSignature(unit.text.markdown).strongTexts {
            guard let label = byLabel[sourceLabel], let localized = label.values[locale.tag], !written.contains(localized) else { continue }
            diagnostics.append(
                Diagnostic(
                    L10nRule.labelMismatch,
                    "the \(locale) translation of '\(unit.key)' does not write the label **\(localized)** that \(surface.name) shows for **\(sourceLabel)**",
                    hint: "write **\(localized)**, as the product shows it in \(locale)",
                    file: path, at: entry.msgstrLocation.map { SourceRange(start: $0) }, guideID: guide.id, locale: locale))
        }
        return diagnostics
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
