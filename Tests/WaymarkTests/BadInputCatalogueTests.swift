import Foundation
import Testing
import WaymarkTestSupport

/// One case per class of hostile or broken input, run through the real `waymark` binary on a
/// project with a built site and catalogs: the exit status, the positioned diagnostic, and
/// that the previous site and the catalogs are byte-identical, with nothing written anywhere
/// in the project (or next to it).
@Suite struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var command: [String] = ["build"]
        var status: Int32 = 1
        /// Text the diagnostics on standard error must hold (the headline with its position).
        var expected: [String]
        /// Text they must not hold (a secret outside the project).
        var forbidden: [String] = []
        var prepare: @Sendable (TemporaryProject, URL) throws -> Void
        var testDescription: String { name }
    }

    static let secret = "TOP-SECRET-LINE-OUTSIDE-THE-PROJECT"
    static let guide = "Content/guides/disconnect-whatsapp-account.yaml"
    static let catalog = "Content/locales/pt-BR/disconnect-whatsapp-account.po"

    static func link(_ project: TemporaryProject, _ path: String, to target: URL) throws {
        try? FileManager.default.removeItem(at: project.url(path))
        try FileManager.default.createDirectory(at: project.url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.url(path), withDestinationURL: target)
    }

    static func writeBytes(_ project: TemporaryProject, _ path: String, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: project.url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: project.url(path))
    }

    static func xliff(_ project: TemporaryProject, _ body: String, prefix: String = "") throws {
        try project.write("Exports/pt-BR.xlf", prefix + body)
    }

    static let minimalXLIFF = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pt-BR">
          <file id="disconnect-whatsapp-account" original="x">
            <unit id="title"><segment state="translated"><source>x</source><target>TARGET</target></segment></unit>
          </file>
        </xliff>
        """

    static let cases: [Case] = [
        // 1. Symbolic links out of the project.
        Case(
            name: "a guide linked to a file outside", expected: ["\(guide): error: the guide \(guide) is a symbolic link to", "[file.outside-project]"],
            forbidden: [secret]
        ) { project, outside in
            try link(project, guide, to: outside.appendingPathComponent("secret.yaml"))
        },
        Case(
            name: "a model file linked outside", expected: ["Content/model/evil.yaml: error: the model file Content/model/evil.yaml is a symbolic link to"],
            forbidden: [secret]
        ) { project, outside in
            try link(project, "Content/model/evil.yaml", to: outside.appendingPathComponent("secret.yaml"))
        },
        Case(name: "a catalog linked outside", expected: ["\(catalog): error: the catalog \(catalog) is a symbolic link to"], forbidden: [secret]) { project, outside in
            try link(project, catalog, to: outside.appendingPathComponent("secret.yaml"))
        },
        Case(
            name: "a template partial linked outside", expected: ["Templates/partials/evil.mustache: error: the template", "[file.outside-project]"],
            forbidden: [secret]
        ) { project, outside in
            try link(project, "Templates/partials/evil.mustache", to: outside.appendingPathComponent("secret.yaml"))
        },
        Case(name: "the guides folder linked outside", expected: ["Content/guides: error: the guides folder Content/guides is a symbolic link to"]) { project, outside in
            try FileManager.default.createDirectory(at: outside.appendingPathComponent("guides"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: project.url(guide), to: outside.appendingPathComponent("guides/disconnect-whatsapp-account.yaml"))
            try FileManager.default.removeItem(at: project.url("Content/guides"))
            try link(project, "Content/guides", to: outside.appendingPathComponent("guides"))
        },
        Case(name: "an asset in Public linked outside", expected: ["Public/evil.txt: error: the asset Public/evil.txt is a symbolic link to"]) { project, outside in
            try link(project, "Public/evil.txt", to: outside.appendingPathComponent("secret.yaml"))
        },
        Case(name: "a folder in Public linked to the root of the disk", expected: ["Public/root: error: the asset Public/root is a symbolic link to /"]) { project, _ in
            try link(project, "Public/root", to: URL(fileURLWithPath: "/"))
        },
        // 6. Encoding: content errors at the first bad byte.
        Case(name: "invalid UTF-8 in a guide", expected: ["\(guide):2:11: error: the file is not valid UTF-8: the byte 0xE9", "[file.encoding]"]) { project, _ in
            try writeBytes(project, guide, Array("id: disconnect-whatsapp-account\ntitle: Caf".utf8) + [0xE9] + Array(" au lait\n".utf8))
        },
        Case(name: "a UTF-16 catalog", expected: ["\(catalog):1:1: error: the file is UTF-16 text, not UTF-8"]) { project, _ in
            try writeBytes(project, catalog, [0xFF, 0xFE] + Array("msgid \"\"".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        },
        Case(name: "a NUL byte in a model file", expected: ["Content/model/whatsapp-business-app.yaml:2:3: error: the file holds a NUL byte"]) { project, _ in
            try writeBytes(project, "Content/model/whatsapp-business-app.yaml", Array("id: x\nab".utf8) + [0] + Array("c\n".utf8))
        },
        Case(
            name: "a right-to-left override in a step (strict)", command: ["validate", "--strict"],
            expected: ["warning: the invisible character \\u{202E} (RIGHT-TO-LEFT OVERRIDE) is in the text [text.invisible-character]"]
        ) { project, _ in
            let text = try project.read(guide).replacingOccurrences(of: "title: ", with: "title: \u{202E}", options: [], range: nil)
            try project.write(guide, text)
        },
        // 3. Resource bounds.
        Case(name: "a guide over 1 MiB", expected: ["\(guide): error: the file is 2.0 MiB, more than the 1 MiB", "[file.too-large]"]) { project, _ in
            try project.write(guide, "id: x\n#" + String(repeating: "x", count: 2 << 20 - 7) + "\n")
        },
        Case(name: "a catalog over 4 MiB", expected: ["\(catalog): error: the file is 5 MiB, more than the 4 MiB"]) { project, _ in
            try project.write(catalog, "#" + String(repeating: "x", count: 5 << 20 - 2) + "\n")
        },
        Case(name: "aliases that expand to megabytes of text", expected: ["\(guide):1:1: error: the file expands to more than 2 MiB of text once its aliases are expanded"]) {
            project, _ in
            var yaml = "a0: &a0 \"" + String(repeating: "x", count: 10_000) + "\"\n"
            yaml += "a1: &a1 [" + Array(repeating: "*a0", count: 100).joined(separator: ", ") + "]\n"
            yaml += "a2: [" + Array(repeating: "*a1", count: 100).joined(separator: ", ") + "]\n"
            try project.write(guide, yaml)
        },
        // 2. XLIFF import.
        Case(
            name: "a DOCTYPE after a long comment", command: ["l10n", "import", "Exports/pt-BR.xlf"],
            expected: ["Exports/pt-BR.xlf:2:1: error: the file declares a DTD (<!DOCTYPE…); it was not read"]
        ) { project, _ in
            try xliff(project, "<!--" + String(repeating: "x", count: 5000) + "-->\n<!DOCTYPE xliff [<!ENTITY a \"b\">]>\n" + minimalXLIFF)
        },
        Case(
            name: "billion laughs", command: ["l10n", "import", "Exports/pt-BR.xlf"],
            expected: ["Exports/pt-BR.xlf:2:1: error: the file declares a DTD", "billion laughs"]
        ) { project, _ in
            var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            for level in 1...9 { dtd += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n" }
            try xliff(project, dtd + "]>\n" + minimalXLIFF.replacingOccurrences(of: "TARGET", with: "&lol9;"))
        },
        Case(
            name: "a DTD in a UTF-16 file", command: ["l10n", "import", "Exports/pt-BR.xlf"],
            expected: ["Exports/pt-BR.xlf:1:1: error: the file is UTF-16 text, not UTF-8"]
        ) { project, _ in
            let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n" + minimalXLIFF
            try writeBytes(project, "Exports/pt-BR.xlf", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        },
        Case(
            name: "an entity reference that is not one of XML's five", command: ["l10n", "import", "Exports/pt-BR.xlf"],
            expected: ["Exports/pt-BR.xlf:3:77: error: the entity reference &nbsp; is not one of XML's five"]
        ) { project, _ in
            try xliff(project, minimalXLIFF.replacingOccurrences(of: "TARGET", with: "a&nbsp;b"))
        },
        Case(
            name: "an escaped script tag in a translation", command: ["l10n", "import", "Exports/pt-BR.xlf", "--overwrite"],
            expected: ["error: refused 'title': the pt-BR translation of 'title' does not keep the source's", "[l10n.markup-mismatch]"]
        ) { project, _ in
            let source = "Disconnect a WhatsApp account from another platform or portfolio"
            try xliff(
                project,
                minimalXLIFF.replacingOccurrences(of: "<source>x</source>", with: "<source>\(source)</source>")
                    .replacingOccurrences(of: "TARGET", with: "&lt;script&gt;alert(1)&lt;/script&gt;"))
        },
        // Classes handled before, kept in the catalogue.
        Case(name: "broken YAML", expected: ["\(guide):3:1: error: YAML syntax error"]) { project, _ in
            try project.write(guide, "id: x\ntitle: [a\n")
        },
        Case(name: "a path-traversal id", expected: ["error: '../../etc' is not a valid id for the guide"]) { project, _ in
            try project.write(guide, try project.read(guide).replacingOccurrences(of: "id: disconnect-whatsapp-account", with: "id: ../../etc"))
        },
        Case(name: "a javascript: link", expected: ["error: the link to 'javascript:alert(1)'", "[markdown.unsafe-link]"]) { project, _ in
            try project.write(guide, try project.read(guide).replacingOccurrences(of: "title: ", with: "title: '[x](javascript:alert(1))' #"))
        },
    ]

    @Test(arguments: cases) func refusesWithAPositionedDiagnosticAndChangesNothing(_ bad: Case) throws {
        let project = try TemporaryProject.seedWithLocales()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try "id: \(Self.secret)\ntitle: \(Self.secret)\n".write(to: outside.appendingPathComponent("secret.yaml"), atomically: true, encoding: .utf8)
        let built = try runWaymark(["build"], in: project.root)
        try #require(built.status == 0, "\(built.stderr)")
        try bad.prepare(project, outside)
        let before = projectSnapshot(project.root), outsideBefore = projectSnapshot(outside)
        let result = try runWaymark(bad.command, in: project.root)
        #expect(result.status == bad.status, "exit status \(result.status): \(result.stderr)")
        for text in bad.expected { #expect(result.stderr.contains(text), "missing '\(text)' in:\n\(result.stderr)") }
        for text in bad.forbidden { #expect(!result.stderr.contains(text) && !result.stdout.contains(text), "echoed '\(text)':\n\(result.stderr)") }
        #expect(changedPaths(before, projectSnapshot(project.root)).isEmpty, "written: \(changedPaths(before, projectSnapshot(project.root)))")
        #expect(changedPaths(outsideBefore, projectSnapshot(outside)).isEmpty)
    }
}
