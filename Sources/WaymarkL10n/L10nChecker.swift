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
                diagnostics += unseen(missingLabels(guide, locale: locale, model: model, catalogs: catalogs), &labelWarnings)
            }
        }
        // Each guide in each locale is checked on its own, on all cores; the results are taken
        // in order, so a label missing in several guides is reported once, at the first.
        var jobs: [(guide: Guide, locale: LocaleID)] = []
        for locale in [catalogs.sourceLocale] + catalogs.locales {
            for guide in guides where !reportedNewGuides.contains(guide.id) && catalogs.targetLocales(of: guide).contains(locale) {
                jobs.append((guide, locale))
            }
        }
        let signatures = SourceSignatures(guides: guides.filter { !reportedNewGuides.contains($0.id) })
        // `waymark serve` keeps each guide's findings in each locale until the guide or its catalogs change.
        let cache = BuildCache.current
        let results = ParallelMap.map(jobs) { job in
            cache.cachedOrNot("l10n", job.locale.tag + "/" + job.guide.id, dependsOn: [BuildCache.guide(job.guide.id)]) {
                CatalogFindings(
                    labels: missingLabels(job.guide, locale: job.locale, model: model, catalogs: catalogs),
                    rest: catalogProblems(job.guide, locale: job.locale, model: model, catalogs: catalogs, signatures: signatures))
            }
        }
        // A guide some locales have no catalog for is one finding, listing them (issue 16).
        var withoutCatalog: [String: [LocaleID]] = [:]
        for (job, result) in zip(jobs, results) {
            diagnostics += unseen(result.labels, &labelWarnings)
            for diagnostic in result.rest {
                if diagnostic.rule == L10nRule.missingCatalog {
                    withoutCatalog[job.guide.id, default: []].append(job.locale)
                } else {
                    diagnostics.append(diagnostic)
                }
            }
        }
        for guide in guides { if let locales = withoutCatalog[guide.id] { diagnostics.append(missingCatalogs(guide, locales: locales, catalogs: catalogs)) } }
        return diagnostics
    }

    /// What one guide's catalog in one locale has: missing labels (reported once per project) and the rest.
    struct CatalogFindings: Sendable {
        var labels: [(key: String, diagnostic: Diagnostic)]
        var rest: [Diagnostic]
    }

    /// The diagnostics whose keys were not seen before, recording them.
    static func unseen(_ keyed: [(key: String, diagnostic: Diagnostic)], _ seen: inout Set<String>) -> [Diagnostic] {
        keyed.compactMap { seen.insert($0.key).inserted ? $0.diagnostic : nil }
    }

    /// `l10n.missing-label` for each element a step of `guide` acts on (its text or its generated
    /// sentence shows the label) that has no label in `locale` along its fallback chain, once per element.
    /// Each with the key it is reported once by (element and locale).
    static func missingLabels(_ guide: Guide, locale: LocaleID, model: ProductModel, catalogs: Catalogs) -> [(key: String, diagnostic: Diagnostic)] {
        var diagnostics: [(key: String, diagnostic: Diagnostic)] = []
        func walk(_ items: [ProcedureItem], surfaceID: String?) {
            for case .step(let step) in items {
                walk(step.substeps, surfaceID: surfaceID)
                guard let surfaceID, let target = step.target, let surface = model.surface(surfaceID),
                    let element = surface.screens.lazy.compactMap({ $0.element(target) }).first,
                    let label = element.label, label.ownText(for: locale, stoppingAt: catalogs.sourceLocale) == nil
                else { continue }
                diagnostics.append(
                    (
                        "\(surfaceID)/\(target)/\(locale)",
                        Diagnostic(
                            L10nRule.missingLabel, "the model has no \(locale) label for '\(target)' in \(surface.name)",
                            hint: "add `\(locale): …` to its label in \(surface.file); the \(catalogs.sourceLocale) label is shown meanwhile, marked as \(catalogs.sourceLocale)",
                            file: surface.file, at: element.idRange, locale: locale)
                    ))
            }
        }
        for method in guide.methods { walk(method.items, surfaceID: method.surface) }
        // Issue 15: an error message a troubleshooting entry quotes is localized like a label.
        for entry in guide.troubleshooting + guide.methods.flatMap(\.troubleshooting) {
            guard let error = entry.error, let surfaceID = entry.surface, let surface = model.surface(surfaceID),
                let found = surface.screens.lazy.compactMap({ $0.errors.first { $0.id == error } }).first,
                found.message.ownText(for: locale, stoppingAt: catalogs.sourceLocale) == nil
            else { continue }
            diagnostics.append(
                (
                    "\(surfaceID)/error:\(error)/\(locale)",
                    Diagnostic(
                        L10nRule.missingLabel, "the model has no \(locale) message for the error '\(error)' in \(surface.name)",
                        hint: "add `\(locale): …` to its message in \(surface.file), as the product shows it; the \(catalogs.sourceLocale) message is shown meanwhile",
                        file: surface.file, at: found.idRange, locale: locale)
                ))
        }
        return diagnostics
    }

    package static func markupProblems(_ unit: TranslationUnit, _ entry: POEntry, locale: LocaleID, path: String, guide: Guide) -> [Diagnostic] {
        markupProblems(unit, entry, locale: locale, path: path, guide: guide, source: CMark.inlineSignature(unit.text.markdown), target: CMark.inlineSignature(entry.msgstr))
    }

    /// With the source's and the translation's signatures already read (each text is parsed once per check).
    static func markupProblems(
        _ unit: TranslationUnit, _ entry: POEntry, locale: LocaleID, path: String, guide: Guide, source: InlineSignature, target: InlineSignature
    ) -> [Diagnostic] {
        var differences: [String] = []
        if source.links != target.links { differences.append("links (\(source.links.joined(separator: ", ")))") }
        if source.code != target.code { differences.append("code spans (\(source.code.map { "`\($0)`" }.joined(separator: ", ")))") }
        if source.strong != target.strong { differences.append("\(source.strong) strong run(s)") }
        if source.emphasis != target.emphasis { differences.append("\(source.emphasis) emphasized run(s)") }
        for placeholder in ["{label}", "{url}", "{name}", "{path}", "{value}"]
        where unit.text.markdown.utf8Occurrences(of: placeholder) != entry.msgstr.utf8Occurrences(of: placeholder) {
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
    static func labelProblems(
        _ unit: TranslationUnit, _ entry: POEntry, locale: LocaleID, path: String, guide: Guide, model: ProductModel, source: InlineSignature, target: InlineSignature
    ) -> [Diagnostic] {
        guard let surfaceID = unit.surface ?? guide.methods.first(where: { $0.id == unit.methodID })?.surface,
            let surface = model.surface(surfaceID)
        else { return [] }
        var byLabel: [String: LocalizedText] = [:]
        for screen in surface.screens {
            for element in screen.elements {
                if let label = element.label, let english = label.values[LocaleID.english.tag] { byLabel[english] = label }
            }
        }
        let written = target.strongTexts
        var diagnostics: [Diagnostic] = []
        for sourceLabel in source.strongTexts {
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
}
