import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkLoader
import WaymarkModel
import WaymarkProject
import WaymarkRender

/// The translators' workflow behind `waymark l10n`: extract, update, status, export, import.
public enum L10nWorkflow {
    /// What a workflow command did.
    public struct Report: Sendable {
        /// Every problem, in a stable order.
        public var diagnostics: [Diagnostic] = []
        /// File texts for showing source lines.
        public var sources: [String: String] = [:]
        /// The files written, relative to the root.
        public var written: [String] = []
        /// The completeness table, for `status`.
        public var status: L10nStatus?
    }

    struct Project {
        var guides: [Guide]
        var model: ProductModel
        var catalogs: Catalogs
        var sourceLocale: LocaleID
        var report: Report
    }

    /// The project as the translators' commands see it: the `l10n` steps of ``Pipeline``.
    static func load(_ root: URL) -> Project {
        let options = PipelineOptions.configured(root: root)
        var context = BuildContext(options: options)
        _ = StepRunner.run(Pipeline.l10n, on: &context)
        let report = Report(diagnostics: context.diagnostics, sources: context.sources.texts)
        return Project(guides: context.guides, model: context.model, catalogs: context.catalogs, sourceLocale: options.sourceLocale, report: report)
    }

    /// Writes `Content/locales/templates/<guide>.pot` for every guide.
    public static func extract(root: URL) -> Report {
        var project = load(root)
        guard !project.report.diagnostics.hasErrors else { return project.report }
        let files =
            project.guides.map { guide in
                (path: project.catalogs.templatePath(guide: guide.id), text: POWriter.write(Extractor.template(for: guide, model: project.model)))
            } + [(path: "\(project.catalogs.localesPath)/templates/\(InterfaceCatalogs.templateName)", text: POWriter.write(InterfaceCatalogs.template()))]
        project.report.diagnostics += ProjectFiles.write(files, root: root)
        project.report.written = files.map(\.path)
        return project.report
    }

    /// Extracts, then merges into the catalogs of `locales` (creating them), or of every locale
    /// of the project when `locales` is empty. The templates are written either way; another
    /// locale's catalogs are not touched.
    public static func update(root: URL, locales chosen: [LocaleID], today: String) -> Report {
        var project = load(root)
        // A locale waymark.yml lists without a folder yet is what `update --locale` creates.
        project.report.diagnostics.removeAll { $0.rule == ConfigRule.invalidValue && $0.locale.map(chosen.contains) == true }
        let source = project.sourceLocale
        for locale in chosen where locale == source {
            project.report.diagnostics.append(
                Diagnostic(
                    L10nRule.unsupportedLocale, "'\(locale)' is the source locale; it has no translations",
                    hint: "name the locale to translate into, such as --locale de"))
        }
        guard !project.report.diagnostics.hasErrors else { return project.report }
        // Without --locale, every locale with a folder, and the source locale for guides written in another.
        let locales = chosen.isEmpty ? project.catalogs.locales : Array(Set(chosen)).sorted()
        let targets = chosen.isEmpty ? [source] + locales : locales
        let files = interfaceFiles(project, locales: locales, today: today) + guideFiles(project, locales: targets, today: today)
        project.report.diagnostics += ProjectFiles.write(files, root: root)
        project.report.written = files.map(\.path)
        return project.report
    }

    /// The interface template, and an interface catalog for each of `locales` that has one or that
    /// no catalog along its fallback chain covers (a language Waymark ships no strings for).
    static func interfaceFiles(_ project: Project, locales: [LocaleID], today: String) -> [(path: String, text: String)] {
        let catalogs = project.catalogs
        var files = [("\(catalogs.localesPath)/templates/\(InterfaceCatalogs.templateName)", POWriter.write(InterfaceCatalogs.template()))]
        for locale in locales where catalogs.interface.project[locale] != nil || !catalogs.interface.hasCatalog(for: locale) {
            let merged = Merger.merge(
                template: InterfaceCatalogs.template(for: locale), into: catalogs.interface.project[locale], locale: locale,
                languageName: catalogs.interface.strings(for: locale).languageName, today: today)
            files.append((catalogs.interfacePath(locale: locale), POWriter.write(merged)))
        }
        return files
    }

    /// Each guide's template, and its catalog in each of `locales` but the one it is written in.
    static func guideFiles(_ project: Project, locales: [LocaleID], today: String) -> [(path: String, text: String)] {
        let catalogs = project.catalogs
        var files: [(path: String, text: String)] = []
        for guide in project.guides {
            files.append((catalogs.templatePath(guide: guide.id), POWriter.write(Extractor.template(for: guide, model: project.model))))
            for locale in locales where locale != catalogs.writtenLocale(of: guide) {
                let template = Extractor.template(for: guide, model: project.model, locale: locale)
                let merged = Merger.merge(
                    template: template, into: catalogs.catalog(locale: locale, guide: guide.id), locale: locale,
                    languageName: catalogs.interface.strings(for: locale).languageName, today: today)
                files.append((catalogs.path(locale: locale, guide: guide.id), POWriter.write(merged)))
            }
        }
        return files
    }

    /// Counts current, stale and missing texts per locale and guide.
    public static func status(root: URL) -> Report {
        var project = load(root)
        project.report.status = L10nStatus.compute(guides: project.guides, catalogs: project.catalogs)
        return project.report
    }

    /// Writes `<output>/<locale>.xlf` (XLIFF 2.0) for each of `locales` (default: all).
    public static func export(root: URL, locales: [LocaleID], output: String) -> Report {
        var project = load(root)
        guard !project.report.diagnostics.hasErrors else { return project.report }
        let chosen = locales.isEmpty ? project.catalogs.locales : locales
        let files = chosen.map { locale in
            (path: "\(output)/\(locale.tag).xlf", text: XLIFF.export(guides: project.guides, catalogs: project.catalogs, locale: locale))
        }
        project.report.diagnostics += ProjectFiles.write(files, root: root)
        project.report.written = files.map(\.path)
        return project.report
    }

    /// Reads an XLIFF 2.0 file into its locale's catalogs. A unit whose source no longer
    /// matches the guide is refused; a translation that differs from a current one in the
    /// catalog is refused unless `overwrite`; both are reported by unit.
    public static func importXLIFF(root: URL, file: URL, displayPath: String, overwrite: Bool, today: String) -> Report {
        var project = load(root)
        let data: Data
        switch ProjectReader.read(file.standardizedFileURL.path, display: displayPath, limit: XLIFF.maximumBytes) {
        case .success(let read): data = read
        case .failure(let diagnostic):
            project.report.diagnostics.append(diagnostic)
            return project.report
        }
        let (locale, units, diagnostics) = XLIFF.read(data, path: displayPath)
        project.report.diagnostics += diagnostics
        project.report.sources[displayPath] = String(decoding: data, as: UTF8.self)
        guard let locale, !project.report.diagnostics.hasErrors else { return project.report }
        let source = project.sourceLocale
        guard locale != source else {
            project.report.diagnostics.append(
                Diagnostic(
                    L10nRule.unsupportedLocale, "the file translates into the source locale '\(source)'",
                    hint: "import files whose trgLang is the locale they translate into, such as de", file: displayPath))
            return project.report
        }
        func report(_ rule: RuleDefinition, reportedAs severity: Severity? = nil, _ message: String, hint: String, line: Int) {
            project.report.diagnostics.append(
                Diagnostic(
                    rule, reportedAs: severity ?? rule.severity, message, hint: hint, file: displayPath,
                    at: SourceRange(start: SourceLocation(line: line, column: 1)), locale: locale))
        }
        var changed: [String: POFile] = [:]
        var positions: [String: [String: Int]] = [:]
        // Each guide's texts by key, computed once.
        var textsByGuide: [String: [String: TranslationUnit]] = [:]
        for guide in project.guides {
            textsByGuide[guide.id] = Dictionary(TranslationKey.units(of: guide).map { ($0.key, $0) }) { first, _ in first }
        }
        let guidesByID = Dictionary(project.guides.map { ($0.id, $0) }) { first, _ in first }
        for unit in units {
            guard let guide = guidesByID[unit.file],
                let current = textsByGuide[guide.id]?[unit.id]
            else {
                report(L10nRule.importUnknownUnit, "the unit '\(unit.file)/\(unit.id)' is not in any guide", hint: "export again; the guide changed", line: unit.line)
                continue
            }
            // Only what the translator marked as done: an `initial` segment may hold an old translation.
            guard unit.isTranslated, let target = unit.target, !target.isEmpty else { continue }
            guard unit.source == current.text.markdown else {
                report(
                    L10nRule.importStaleSource, "refused '\(unit.id)': its source no longer matches the guide",
                    hint: "export again and translate the new source text", line: unit.line)
                continue
            }
            var catalog =
                changed[guide.id] ?? project.catalogs.catalog(locale: locale, guide: guide.id)
                ?? Merger.merge(
                    template: Extractor.template(for: guide, model: project.model, locale: locale), into: nil, locale: locale,
                    languageName: project.catalogs.interface.strings(for: locale).languageName, today: today)
            // Each catalog's live entries by key, found once (a scan per unit was quadratic).
            if positions[guide.id] == nil {
                var byKey: [String: Int] = [:]
                for (position, entry) in catalog.entries.enumerated() where !entry.isObsolete {
                    if let key = entry.context, byKey[key] == nil { byKey[key] = position }
                }
                positions[guide.id] = byKey
            }
            var index = positions[guide.id]?[unit.id]
            if index == nil {
                var entry = POEntry(context: unit.id, msgid: current.text.markdown)
                entry.extractedComments = [current.description]
                catalog.entries.append(entry)
                index = catalog.entries.count - 1
                positions[guide.id]?[unit.id] = index
            }
            var entry = catalog.entries[index!]
            if entry.msgstr == target && TranslationStatus.state(of: entry, source: current.text.markdown) == .translated { continue }
            if TranslationStatus.state(of: entry, source: current.text.markdown) == .translated, entry.msgstr != target, !overwrite {
                report(
                    L10nRule.importConflict, "refused '\(unit.id)': the catalog already has a different current translation",
                    hint: "compare them; import with --overwrite to replace it", line: unit.line)
                continue
            }
            entry.msgid = current.text.markdown
            entry.msgstr = target
            entry.isFuzzy = false
            entry.previousMsgid = nil
            // The same markup checks as the catalogs get, before anything is written: an
            // escaped `&lt;script&gt;` is a raw `<script>` once read.
            let problems = L10nChecker.markupProblems(current, entry, locale: locale, path: displayPath, guide: guide)
            if !problems.isEmpty {
                for problem in problems {
                    report(problem.rule, reportedAs: problem.severity, "refused '\(unit.id)': " + problem.message, hint: problem.hint ?? "", line: unit.line)
                }
                continue
            }
            catalog.entries[index!] = entry
            changed[guide.id] = catalog
        }
        // One refused unit means nothing is written: a half-imported file is hard to redo.
        if project.report.diagnostics.hasErrors {
            if !changed.isEmpty {
                project.report.diagnostics.append(
                    Diagnostic(
                        L10nRule.importConflict, reportedAs: .note,
                        "nothing was imported: fix the refused units and import the file again",
                        file: displayPath, locale: locale))
            }
            return project.report
        }
        let files = changed.keys.sorted().map { id in (path: project.catalogs.path(locale: locale, guide: id), text: POWriter.write(changed[id]!)) }
        project.report.diagnostics += ProjectFiles.write(files, root: root)
        project.report.written = files.map(\.path)
        return project.report
    }
}
