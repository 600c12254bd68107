import Foundation
import Testing
import WaymarkTestSupport

@testable import WaymarkBase
@testable import WaymarkLoader

/// The one reader of project files: links, sizes, encodings, and what messages print.
@Suite struct SafeReadingTests {
    @Test func aSparseGigabyteFileIsRefusedFromItsSizeWithoutBeingRead() throws {
        let project = try TemporaryProject(guides: [:])
        let path = project.url("Content/guides/huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 1 << 30) == 0)
        let started = Date()
        let loaded = ContentLoader.load(root: project.root)
        #expect(Date().timeIntervalSince(started) < 5, "a gigabyte was read")
        #expect(loaded.diagnostics.map(\.headline).contains("Content/guides/huge.yaml: error: the file is 1024 MiB, more than the 1 MiB this kind of file may be [file.too-large]"))
    }

    @Test func aNamedPipeIsNotReadAndDoesNotBlock() throws {
        let project = try TemporaryProject(guides: [:])
        #expect(mkfifo(project.url("Content/guides/pipe.yaml").path, 0o644) == 0)
        // open(2) of a FIFO blocks until a writer comes: the reader must not open it for reading.
        let loaded = ContentLoader.load(root: project.root)
        #expect(loaded.diagnostics.contains { $0.file == "Content/guides/pipe.yaml" && $0.message.contains("not a regular file") }, "\(loaded.diagnostics.map(\.headline))")
    }

    @Test func theFirstBadByteIsFoundAfterCRLFAndNonASCIIText() {
        let bytes = Array("a: ção\r\nb: x".utf8) + [0xC3, 0x28]
        guard case .failure(let diagnostic) = FileEncoding.decode(Data(bytes), file: "f.yaml") else { Issue.record("decoded"); return }
        #expect(diagnostic.headline.hasPrefix("f.yaml:2:5: error: the file is not valid UTF-8: the byte 0xC3"))
    }

    @Test func invisibleCharactersAndLineBreaksAreEscapedInMessagesAndFileNames() {
        let diagnostic = Diagnostic(LoaderRule.unknownKey, "unknown key 'a\u{202E}b'", file: "Content/guides/a\n::error file=x::pwned.yaml")
        #expect(diagnostic.headline == "Content/guides/a\\u{A}::error file=x::pwned.yaml: error: unknown key 'a\\u{202E}b' [guide.unknown-key]")
        #expect(!diagnostic.formatted(source: nil).contains("\n::error"))
    }

    @Test func aBidiOverrideInAGuideIsAWarningAtItsColumn() {
        let found = InvisibleCharacters.scan("id: g\ntitle: ab\u{202E}c\n", file: "g.yaml")
        #expect(found.map(\.headline) == ["g.yaml:2:10: warning: the invisible character \\u{202E} (RIGHT-TO-LEFT OVERRIDE) is in the text [text.invisible-character]"])
        #expect(InvisibleCharacters.scan("title: مرحبا\u{200F} ok\u{200D}\n", file: "g.yaml").isEmpty, "marks and joiners that real text needs")
    }

    @Test func aLinkToAFileInsideTheProjectIsRead() throws {
        let project = try TemporaryProject(guides: ["a.yaml": minimalGuide(id: "a")])
        try FileManager.default.createDirectory(at: project.url("shared"), withIntermediateDirectories: true)
        try minimalGuide(id: "b").write(to: project.url("shared/b.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: project.url("Content/guides/b.yaml").path, withDestinationPath: "../../shared/b.yaml")
        let loaded = ContentLoader.load(root: project.root)
        #expect(loaded.guides.map(\.id) == ["a", "b"], "\(loaded.diagnostics.map(\.headline))")
    }

    @Test func aLinkedFolderInsideTheProjectThatLoopsIsWalkedOnce() throws {
        let project = try TemporaryProject(guides: [:])
        try FileManager.default.createSymbolicLink(atPath: project.url("Public/loop").path, withDestinationPath: ".")
        let found = ProjectReader(root: project.root).files(under: "Public", what: "the asset")
        #expect(found.diagnostics.isEmpty)
        #expect(!found.paths.contains { $0.hasPrefix("loop/") })
    }

    /// A warning rule, as the catalogs' checks report it (`l10n.missing`).
    static let missingTranslation = RuleDefinition("l10n.missing", .warning, summary: "A text without a translation.", explanation: "-", fix: "-")

    @Test func repeatedWarningsAreCappedPerFileWithASummary() {
        let many = (1...500).map { Diagnostic(Self.missingTranslation, "w\($0)", file: "c.po") } + [Diagnostic(Self.missingTranslation, "other", file: "d.po")]
        let capped = many.cappingRepeats()
        #expect(capped.count == 22)
        #expect(capped.last?.headline == "c.po: note: 480 more 'l10n.missing' warnings in this file are not shown (500 in all) [diagnostics.capped]")
    }
}
