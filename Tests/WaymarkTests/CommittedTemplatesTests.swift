import Foundation
import Testing
import WaymarkTestSupport

/// The templates committed under `Content/locales/templates/` are what `waymark l10n update`
/// writes for the repository's project: a guide or interface string changed without them is caught here.
@Suite struct CommittedTemplatesTests {
    static let templates = "Content/locales/templates"
    static let regenerate =
        "run `swift run waymark l10n update` at the repository root (or `swift run waymark l10n extract`, which writes only the templates) and commit the result"

    @Test func committedTemplatesEqualWhatUpdateWrites() throws {
        // The repository's project, copied: the command writes every catalog, and the checkout stays as it is.
        let copy = try TemporaryProject(guides: [:], copyTemplates: false)
        try FileManager.default.removeItem(at: copy.url("Content"))
        for item in ["waymark.yml", "Content"] {
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent(item), to: copy.url(item))
        }
        let committed = TemporaryProject.tree(at: TestPaths.repository.appendingPathComponent(Self.templates))
        #expect(!committed.isEmpty)

        let update = try runWaymark(["l10n", "update"], in: copy.root)
        #expect(update.status == 0, "\(update.stderr)")
        let written = copy.tree(Self.templates)

        let differing = committed.keys.filter { written[$0] != nil && written[$0] != committed[$0] }.sorted()
        let missing = written.keys.filter { committed[$0] == nil }.sorted()
        let extra = committed.keys.filter { written[$0] == nil }.sorted()
        var problems: [String] = []
        if !differing.isEmpty { problems.append("differ from what `waymark l10n update` writes: \(differing.joined(separator: ", "))") }
        if !missing.isEmpty { problems.append("not committed: \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { problems.append("committed but no longer written (remove them): \(extra.joined(separator: ", "))") }
        #expect(problems.isEmpty, "\(Self.templates): \(problems.joined(separator: "; ")); \(Self.regenerate)")
    }
}
