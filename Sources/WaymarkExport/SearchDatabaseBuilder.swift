import Foundation
import WaymarkBase
import WaymarkHelp
import WaymarkModel

/// The bundle's search database: SQLite FTS5, a table per locale with a row per guide and per
/// step, built so that the same content gives the same bytes (fixed page size, no journal,
/// rows in a fixed order with fixed row ids, segments merged, vacuumed).
enum SearchDatabaseBuilder {
    /// The schema, also the contract for readers on other platforms (README, "The bundle format"):
    /// plain tables, then one FTS5 table per locale (``HelpBundleFormat/searchTable(for:)``).
    static func schema(locales: [String]) -> String {
        """
        PRAGMA page_size = 4096;
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA application_id = 1465470280;
        PRAGMA user_version = \(HelpBundleFormat.schemaVersion);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE guides (locale TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, topic TEXT,
                             PRIMARY KEY (locale, id)) WITHOUT ROWID;
        CREATE TABLE steps (locale TEXT NOT NULL, guide TEXT NOT NULL, anchor TEXT NOT NULL, method TEXT NOT NULL,
                            position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
                            PRIMARY KEY (locale, guide, anchor)) WITHOUT ROWID;

        """
            + locales.map { locale in
                """
                CREATE VIRTUAL TABLE \(HelpBundleFormat.searchTable(for: locale)) USING fts5(
                    title, summary, body, keywords, guide UNINDEXED, anchor UNINDEXED, kind UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
                );

                """
            }.joined()
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The database file's bytes for the structured guides (sorted by locale, then guide id).
    static func database(_ guides: [HelpGuide], locales: [String], model: ProductModel) throws(Failure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("search.sqlite")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try fill(file, guides: guides, locales: locales, model: model)
            return try Data(contentsOf: file)
        } catch let error as SQLiteConnection.Failure {
            throw Failure(description: error.description)
        } catch {
            throw Failure(description: systemReason(error))
        }
    }

    static func fill(_ file: URL, guides: [HelpGuide], locales: [String], model: ProductModel) throws {
        var guideRows: [[SQLiteConnection.Value]] = []
        var stepRows: [[SQLiteConnection.Value]] = []
        var searchRows: [String: [[SQLiteConnection.Value]]] = [:]
        for guide in guides {
            let (locale, id) = (SQLiteConnection.Value.text(guide.locale), SQLiteConnection.Value.text(guide.id))
            guideRows.append([locale, id, .text(guide.title.text), .text(guide.summary.text), guide.topic.map { .text($0.text) } ?? .null])
            let keywords = ([guide.topic?.text] + (guide.appliesWhen?.items.map(\.text) ?? [])).compactMap { $0 }.joined(separator: " ")
            searchRows[guide.locale, default: []].append([
                .integer(Int64(searchRows[guide.locale, default: []].count + 1)), .text(guide.title.text),
                .text(guide.summary.text), .text(""), .text(keywords), id, .text(""), .text("guide"),
            ])
            for method in guide.methods {
                for step in flattened(method.steps) {
                    stepRows.append([locale, id, .text(step.id), .text(method.id), .integer(Int64(stepRows.count + 1)), .text(step.kind), .text(step.text.text)])
                    let labels = method.surface.map { labelsInEveryLocale(surface: $0, element: step.target, model: model) } ?? []
                    searchRows[guide.locale, default: []].append([
                        .integer(Int64(searchRows[guide.locale, default: []].count + 1)), .text(""), .text(""),
                        .text(body(of: step)), .text(labels.joined(separator: " ")), id, .text(step.id), .text(step.kind),
                    ])
                }
            }
        }
        let database = try SQLiteConnection(path: file.path, readOnly: false)
        try database.execute(schema(locales: locales))
        try database.execute("BEGIN")
        try database.run(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            rows: [
                [.text("schemaVersion"), .text(String(HelpBundleFormat.schemaVersion))],
                [.text("tokenizer"), .text("unicode61 remove_diacritics 2")],
                [.text("weights"), .text("title 10, summary 5, body 1, keywords 0.5")],
            ] + locales.map { [.text("table:" + $0), .text(HelpBundleFormat.searchTable(for: $0))] })
        try database.run("INSERT INTO guides (locale, id, title, summary, topic) VALUES (?1, ?2, ?3, ?4, ?5)", rows: guideRows)
        try database.run("INSERT INTO steps (locale, guide, anchor, method, position, kind, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", rows: stepRows)
        for locale in locales {
            let table = HelpBundleFormat.searchTable(for: locale)
            try database.run(
                "INSERT INTO \(table) (rowid, title, summary, body, keywords, guide, anchor, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rows: searchRows[locale] ?? [])
        }
        try database.execute("COMMIT")
        try database.execute(locales.map { "INSERT INTO \(HelpBundleFormat.searchTable(for: $0)) (\(HelpBundleFormat.searchTable(for: $0))) VALUES ('optimize');" }.joined())
        try database.execute("VACUUM;")
    }

    /// Steps and waits in reading order, sub-steps after their step.
    static func flattened(_ steps: [HelpStep]) -> [HelpStep] { steps.flatMap { [$0] + flattened($0.steps) } }

    /// What a step's row matches on: its sentence, result, choices, callouts and wait reason.
    static func body(of step: HelpStep) -> String {
        var parts = [step.text.text]
        if let result = step.result { parts.append(result.text) }
        if let choices = step.choices { parts += [choices.prompt?.text].compactMap { $0 } + choices.options.map(\.text) }
        parts += step.callouts.map(\.text.text)
        if let reason = step.wait?.reason { parts.append(reason.text) }
        return parts.joined(separator: " ")
    }

    /// The target's UI label in every locale of the model, so a user who knows the product in
    /// another language (or reads its English label) still finds the step.
    static func labelsInEveryLocale(surface: String, element: String?, model: ProductModel) -> [String] {
        guard let element, let surface = model.surface(surface) else { return [] }
        let labels = surface.screens.compactMap { $0.element(element)?.label?.values.values }.flatMap { $0 }
        return Set(labels).sorted()
    }
}
