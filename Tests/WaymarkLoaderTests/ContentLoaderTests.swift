import Foundation
import Testing
import WaymarkBase
import WaymarkLoader
import WaymarkTestSupport

@Suite struct ContentLoaderTests {
    @Test func seedLoadsWithoutDiagnostics() {
        let content = ContentLoader.load(root: TestPaths.project)
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics.map(\.headline))")
        #expect(content.guides.map(\.id).first == "disconnect-whatsapp-account")
        #expect(content.guides.count >= 7, "the seed and the real articles of issue 14")
    }

    @Test func oneBrokenFileDoesNotHideTheOthers() throws {
        let project = try TemporaryProject(guides: [
            "a-broken.yaml": "id: a-broken\ntitle: [unclosed\n",
            "b-fine.yaml": minimalGuide(id: "b-fine"),
            "c-also-bad.yaml": minimalGuide(id: "c-also-bad") + "\nextra: 1\n",
        ])
        let content = ContentLoader.load(root: project.root)
        #expect(content.guides.map(\.id) == ["b-fine", "c-also-bad"])
        #expect(content.diagnostics.map(\.ruleID) == ["yaml.syntax", "guide.unknown-key"])
        #expect(content.diagnostics.map(\.file) == ["Content/guides/a-broken.yaml", "Content/guides/c-also-bad.yaml"])
    }

    @Test func duplicateGuideIDsAcrossFilesAreReportedAtTheSecondID() throws {
        let marked = MarkedText("id: 1️⃣same\ntitle: Second\nsummary: S.\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: s\n        text: Go.\n")
        let project = try TemporaryProject(guides: ["same.yaml": minimalGuide(id: "same"), "zz-other.yaml": marked.text])
        let content = ContentLoader.load(root: project.root)
        let duplicate = try #require(content.diagnostics.first { $0.ruleID == "guide.duplicate-guide-id" })
        #expect(duplicate.file == "Content/guides/zz-other.yaml")
        #expect(duplicate.location == marked["1️⃣"])
        #expect(duplicate.message.contains("Content/guides/same.yaml"))
        #expect(content.guides.count == 1)
    }

    @Test func anUnknownRelatedGuideIsReportedWithASuggestion() throws {
        let marked = MarkedText(
            minimalGuide(id: "b-guide").replacingOccurrences(
                of: "summary: What b-guide is for.",
                with: "summary: What b-guide is for.\nrelated: [1️⃣a-gide]"))
        let project = try TemporaryProject(guides: ["a-guide.yaml": minimalGuide(id: "a-guide"), "b-guide.yaml": marked.text])
        let content = ContentLoader.load(root: project.root)
        let diagnostic = try #require(content.diagnostics.first)
        #expect(content.diagnostics.map(\.ruleID) == ["guide.unknown-related"])
        #expect(diagnostic.file == "Content/guides/b-guide.yaml")
        #expect(diagnostic.location == marked["1️⃣"])
        #expect(diagnostic.fixIts.map(\.replacement) == ["a-guide"])
    }

    @Test func warnsWhenTheIDDoesNotMatchTheFileName() throws {
        let project = try TemporaryProject(guides: ["wrong-name.yaml": minimalGuide(id: "right-name")])
        let content = ContentLoader.load(root: project.root)
        #expect(content.diagnostics.map(\.ruleID) == ["guide.file-name-mismatch"])
        #expect(content.diagnostics.first?.severity == .warning)
    }

    @Test func aMissingGuidesFolderIsOneDiagnostic() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let content = ContentLoader.load(root: empty)
        #expect(content.diagnostics.map(\.ruleID) == ["file.unreadable"])
    }
}
