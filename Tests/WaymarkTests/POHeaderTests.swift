import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkL10n

/// Catalog headers: Language against the folder, charset UTF-8, Plural-Forms well formed —
/// judged as the real `msgfmt --check` judges them, and never written again when wrong.
@Suite struct POHeaderTests {
    static let catalog = "Content/locales/pt-BR/disconnect-whatsapp-account.po"

    static func replacingHeader(_ project: TemporaryProject, _ name: String, with value: String) throws {
        let text = try project.read(catalog)
        let pattern = try Regex("\"\(name): [^\"]*\"")
        try project.write(catalog, text.replacing(pattern, with: "\"\(name): \(value)\\n\"", maxReplacements: 1))
    }

    @Test(arguments: [
        ("Language", "es", "Content/locales/pt-BR/disconnect-whatsapp-account.po:", "error: the catalog says it is in 'es', but it is in the pt-BR folder [l10n.header-language]"),
        (
            "Content-Type", "text/plain; charset=ISO-8859-1", "Content/locales/pt-BR/disconnect-whatsapp-account.po:",
            "error: the catalog's charset is 'iso-8859-1', not UTF-8 [l10n.header-charset]"
        ),
        (
            "Plural-Forms", "nplurals=2; plural=(n >;", "Content/locales/pt-BR/disconnect-whatsapp-account.po:",
            "error: the Plural-Forms header is not valid: the plural expression '(n >' is not a C expression of n [l10n.header-plural-forms]"
        ),
    ])
    func aBadHeaderIsAnErrorOnItsLineAndUpdateWritesNothing(name: String, value: String, place: String, message: String) throws {
        let project = try TemporaryProject.seedWithLocales()
        try Self.replacingHeader(project, name, with: value)
        let line = try #require(try project.read(Self.catalog).split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("\"\(name):") }) + 1
        let validate = try runWaymark(["validate"], in: project.root)
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("\(place)\(line):2: \(message)"), "\(validate.stderr)")
        let before = projectSnapshot(project.url("Content"))
        let update = try runWaymark(["l10n", "update"], in: project.root)
        #expect(update.status == 1, "\(update.stderr)")
        #expect(changedPaths(before, projectSnapshot(project.url("Content"))).isEmpty, "update wrote a catalog msgfmt would reject")
    }

    @Test(arguments: [
        ("nplurals=2; plural=(n != 1);", true),
        ("nplurals=1; plural=0;", true),
        ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);", true),
        ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", true),
        ("nplurals=2; plural=(n >;", false),
        ("nplurals=two; plural=(n != 1);", false),
        // msgfmt finds `plural=` anywhere; Waymark wants the documented form (stricter is safe).
        ("nplurals=2; plural=(n + x);", false),
    ])
    func agreesWithMsgfmt(value: String, valid: Bool) throws {
        #expect(PluralForms.problem("nplurals=2 plural=(n != 1);") != nil)
        #expect((PluralForms.problem(value) == nil) == valid, "\(value): \(PluralForms.problem(value) ?? "valid")")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-plural-\(UUID().uuidString).po")
        defer { try? FileManager.default.removeItem(at: file) }
        let forms = Int(value.split(separator: ";").first?.split(separator: "=").last.map(String.init) ?? "") ?? 2
        let msgstrs = (0..<forms).map { "msgstr[\($0)] \"Forma \($0)\"" }.joined(separator: "\n")
        try """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: \(value)\\n"

        msgid "One"
        msgid_plural "Many"
        \(msgstrs)

        """.write(to: file, atomically: true, encoding: .utf8)
        let msgfmt = try runTool("msgfmt", ["--check", "-o", "/dev/null", file.path])
        #expect((msgfmt.status == 0) == valid, "msgfmt on \(value): \(msgfmt.output)")
    }
}
