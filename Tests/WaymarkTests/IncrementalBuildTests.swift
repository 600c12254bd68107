import Foundation
import Testing
import WaymarkBase
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkServe

/// The preview's incremental builds (IncrementalBuild, BuildCache) against full builds: after
/// every kind of change — a guide's text, its title (shown by the pages that relate to it), a
/// catalog, a model file, a template, the interface catalog, a new and a removed guide, a
/// broken edit and its fix — the incremental result has the same files, byte for byte, and the
/// same diagnostics as `waymark validate` run from scratch on the same files.
@Suite struct IncrementalBuildTests {
    /// The frozen copy of the product's project (ten guides in eight locales; Tests/Fixtures) with
    /// the repository's templates and assets, and one guide relating to another.
    static func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for part in ["Content", "waymark.yml"] {
            try FileManager.default.copyItem(at: TestPaths.project.appendingPathComponent(part), to: root.appendingPathComponent(part))
        }
        for part in ["Templates", "Public"] {
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent(part), to: root.appendingPathComponent(part))
        }
        try edit(root, "Content/guides/teams-clear-cache.yaml") { $0.replacingOccurrences(of: "\ntopic:", with: "\nrelated: [github-enable-two-factor]\ntopic:") }
        return root
    }

    static func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changes it")
        try Data(changed.utf8).write(to: url)
    }

    /// Every file of a report as its path and bytes.
    static func files(_ report: SiteBuilder.Report) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in report.files {
            switch file.contents {
            case .data(let data): result[file.path] = data
            case .copy(let url): result[file.path] = (try? Data(contentsOf: url)) ?? Data()
            }
        }
        return result
    }

    static func expectSameAsFull(_ incremental: IncrementalBuild, _ options: SiteBuilder.Options, changed: Set<String>, _ what: Comment) -> SiteBuilder.Report {
        let fast = incremental.validate(options, changed: changed)
        let full = SiteBuilder.validate(options)
        #expect(fast.diagnostics == full.diagnostics, what)
        let (a, b) = (files(fast), files(full))
        #expect(a.keys.sorted() == b.keys.sorted(), what)
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "\(what): \(differing.prefix(5))")
        return fast
    }

    @Test func everyKindOfChangeGivesWhatAFullBuildGives() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = SiteBuilder.Options.configured(root: root)
        let incremental = IncrementalBuild()
        let first = Self.expectSameAsFull(incremental, options, changed: [], "the first build")
        #expect(first.files.count > 100 && !first.diagnostics.hasErrors)
        let github = "Content/guides/github-enable-two-factor.yaml"
        let steps: [(String, Set<String>, (URL) throws -> Void)] = [
            (
                "a step's text", [github],
                { try Self.edit($0, github) { $0.replacingOccurrences(of: "if you do not have one yet.", with: "if you do not have one yet (any will do).") } }
            ),
            ("a title shown on a related page", [github], { try Self.edit($0, github) { $0.replacingOccurrences(of: "\ntitle: Turn on", with: "\ntitle: Switch on") } }),
            (
                "a catalog", ["Content/locales/de/teams-clear-cache.po"],
                {
                    try Self.edit($0, "Content/locales/de/teams-clear-cache.po") {
                        $0.replacingOccurrences(
                            of: "msgid \"Clear the Microsoft Teams cache on your computer\"\nmsgstr \"\"",
                            with: "msgid \"Clear the Microsoft Teams cache on your computer\"\nmsgstr \"Den Teams-Cache leeren\"")
                    }
                }
            ),
            (
                "a model file", ["Content/model/github.yaml"],
                { try Self.edit($0, "Content/model/github.yaml") { $0.replacingOccurrences(of: "label: Sign in", with: "label: Sign in now") } }
            ),
            ("a template", ["Templates/guide.mustache"], { try Self.edit($0, "Templates/guide.mustache") { $0 + "<!-- edited -->\n" } }),
            (
                "a new guide", ["Content/guides/github-copy.yaml"],
                { root in
                    let text = try String(contentsOf: root.appendingPathComponent(github), encoding: .utf8)
                    try Data(text.replacingOccurrences(of: "id: github-enable-two-factor", with: "id: github-copy").utf8).write(
                        to: root.appendingPathComponent("Content/guides/github-copy.yaml"))
                }
            ),
            ("a removed guide", ["Content/guides/github-copy.yaml"], { try FileManager.default.removeItem(at: $0.appendingPathComponent("Content/guides/github-copy.yaml")) }),
            ("a broken edit", [github], { try Self.edit($0, github) { $0.replacingOccurrences(of: "\nsummary:", with: "\nsummary: [unclosed\nsummary:") } }),
            ("its fix", [github], { try Self.edit($0, github) { $0.replacingOccurrences(of: "\nsummary: [unclosed\nsummary:", with: "\nsummary:") } }),
            (
                "an editor's swap file", ["Content/guides/.github-enable-two-factor.yaml.swp"],
                { try Data("x".utf8).write(to: $0.appendingPathComponent("Content/guides/.github-enable-two-factor.yaml.swp")) }
            ),
        ]
        for (what, changed, change) in steps {
            try change(root)
            _ = Self.expectSameAsFull(incremental, options, changed: changed, "after \(what)")
        }
    }

    /// With a publishing threshold (issue 16), a catalog edit that takes a guide out of a locale
    /// changes that locale's index and every page that links to the guide: still what a full build gives.
    @Test func aCatalogEditThatUnpublishesAGuideGivesWhatAFullBuildGives() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.edit(root, "waymark.yml") { $0 + "publish: {minimum-translated: 100%}\n" }
        let options = SiteBuilder.Options.configured(root: root)
        let incremental = IncrementalBuild()
        let page = "es/disconnect-whatsapp-account/index.html"
        let before = Self.expectSameAsFull(incremental, options, changed: [], "the first build at 100%")
        #expect(before.files.contains { $0.path == page }, "the seed is complete in Spanish, so it is published")
        let catalog = "Content/locales/es/disconnect-whatsapp-account.po"
        try Self.edit(root, catalog) {
            $0.replacingOccurrences(of: "msgstr \"Desconectar una cuenta de WhatsApp de otra plataforma o portfolio\"", with: "msgstr \"\"")
        }
        let after = Self.expectSameAsFull(incremental, options, changed: [catalog], "after a catalog edit that unpublishes the guide")
        #expect(!after.files.contains { $0.path == page }, "one text untranslated: the Spanish page is held back")
    }

    @Test func aGuideEditRecomputesOnlyThatGuide() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = SiteBuilder.Options.configured(root: root)
        let incremental = IncrementalBuild()
        _ = incremental.validate(options, changed: nil)
        let github = "Content/guides/github-enable-two-factor.yaml"
        try Self.edit(root, github) { $0.replacingOccurrences(of: "if you do not have one yet.", with: "if you do not have one yet (any will do).") }
        incremental.invalidate([github], options: options)
        // The other nine guides' pages are still kept, in every locale; the edited guide's are gone.
        #expect(incremental.cache.value("render", "de/teams-clear-cache", as: PlannedPagesProbe.self) == nil)
        #expect(incremental.cache.keys("render").contains("de/teams-clear-cache"))
        #expect(!incremental.cache.keys("render").contains("de/github-enable-two-factor"))
        #expect(incremental.cache.keys("render").count == 9 * 8)
        #expect(IncrementalBuild.kind(of: "Content/locales/de/_interface.po", options) == .everything)
        #expect(IncrementalBuild.kind(of: "Content/locales/de/teams-clear-cache.po", options) == .catalog("teams-clear-cache"))
        #expect(IncrementalBuild.kind(of: "Content/guides/4913", options) == .ignored)
    }
}

/// A type no cache entry has, to show that a lookup is by type as well as by key.
struct PlannedPagesProbe: Sendable {}
