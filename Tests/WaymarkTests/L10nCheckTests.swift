import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkTestSupport

@testable import WaymarkL10n
@testable import WaymarkLoader

/// Each localization check, on a small guide and a pt-BR catalog, at its marked position.
@Suite struct L10nCheckTests {
    static let guideYAML = """
        id: g
        title: Reset your password
        summary: Set a new password.
        methods:
          - id: m
            title: In the app
            surface: demo-app
            steps:
              - id: open
                action: open-app
                text: Open the **Demo** app.
              - id: account
                action: tap
                target: account
                text: Tap **Account**, then read [the help](https://example.com/help).
        """

    static let modelYAML = """
        id: demo-app
        name: Demo
        kind: app
        platforms: [ios]
        start: home
        screens:
          - id: home
            elements:
              - id: account
                label: {en: Account, pt-BR: Conta}
                actions: {tap: home}
              - id: help
                label: Help
                actions: {tap: home}
        """

    static func header() -> String {
        """
        msgid ""
        msgstr ""
        "Language: pt-BR\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        """
    }

    static func entry(_ key: String, _ msgid: String, _ msgstr: String, fuzzy: Bool = false) -> String {
        (fuzzy ? "#, fuzzy\n" : "") + "msgctxt \"\(key)\"\nmsgid \"\(msgid)\"\nmsgstr \"\(msgstr)\"\n\n"
    }

    static let complete: [(String, String, String)] = [
        ("title", "Reset your password", "Redefina sua senha"),
        ("summary", "Set a new password.", "Crie uma nova senha."),
        ("m.title", "In the app", "No app"),
        ("m.open.text", "Open the **Demo** app.", "Abra o app **Demo**."),
        (
            "m.account.text", "Tap **Account**, then read [the help](https://example.com/help).",
            "Toque em **Conta** e leia [a ajuda](https://example.com/help)."
        ),
    ]

    /// The diagnostics for a pt-BR catalog made of `complete` with `edit` applied to its text.
    static func check(_ edit: (String) -> String) throws -> (MarkedText, [Diagnostic]) {
        var po = header()
        for (key, msgid, msgstr) in complete { po += entry(key, msgid, msgstr) }
        let marked = MarkedText(edit(po))
        let (guide, guideDiagnostics) = GuideFileLoader.load(text: guideYAML, file: "Content/guides/g.yaml")
        let (surface, modelDiagnostics) = ModelLoader.load(text: modelYAML, file: "Content/model/demo-app.yaml")
        #expect(guideDiagnostics.isEmpty && modelDiagnostics.isEmpty, "\((guideDiagnostics + modelDiagnostics).map(\.headline))")
        let (catalog, parseDiagnostics) = POParser.parse(marked.text, file: "Content/locales/pt-BR/g.po")
        let pt = LocaleID("pt-BR")!
        let catalogs = Catalogs(locales: [pt], catalogs: [pt: ["g": catalog]])
        let diagnostics = parseDiagnostics + L10nChecker.check(guides: [try #require(guide)], model: ProductModel(surfaces: [try #require(surface)]), catalogs: catalogs)
        return (marked, diagnostics)
    }

    static func expectOne(_ rule: String, _ result: (MarkedText, [Diagnostic]), severity: Severity = .warning, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (marked, diagnostics) = result
        let relevant = diagnostics.filter { $0.ruleID != "l10n.missing-label" }
        #expect(relevant.map(\.ruleID) == [rule], "\(relevant.map(\.headline))", sourceLocation: sourceLocation)
        #expect(relevant.first?.severity == severity, sourceLocation: sourceLocation)
        #expect(relevant.first?.file == "Content/locales/pt-BR/g.po", sourceLocation: sourceLocation)
        #expect(relevant.first?.location == marked["1️⃣"], "\(relevant.first?.headline ?? "")", sourceLocation: sourceLocation)
    }

    @Test func aCompleteCatalogHasNoProblemsButTheMissingModelLabel() throws {
        let (_, diagnostics) = try Self.check { $0 }
        #expect(diagnostics.map(\.ruleID) == [], "\(diagnostics.map(\.headline))")
    }

    @Test func missing() throws {
        Self.expectOne("l10n.missing", try Self.check { $0.replacingOccurrences(of: "msgstr \"No app\"", with: "msgstr 1️⃣\"\"") })
    }

    @Test func staleAfterTheSourceChanged() throws {
        Self.expectOne("l10n.stale", try Self.check { $0.replacingOccurrences(of: "msgid \"Set a new password.\"", with: "msgid 1️⃣\"Set a password.\"") })
    }

    @Test func staleWhenFuzzy() throws {
        Self.expectOne("l10n.stale", try Self.check { $0.replacingOccurrences(of: "msgctxt \"m.title\"\nmsgid \"In", with: "#, fuzzy\nmsgctxt \"m.title\"\nmsgid 1️⃣\"In") })
    }

    @Test func obsolete() throws {
        Self.expectOne("l10n.obsolete", try Self.check { $0 + "msgctxt \"m.gone.text\"\nmsgid 1️⃣\"Gone.\"\nmsgstr \"Foi.\"\n" })
    }

    @Test func markupThatDiffersFromTheSource() throws {
        Self.expectOne(
            "l10n.markup-mismatch",
            try Self.check {
                $0.replacingOccurrences(of: "msgstr \"Abra o app **Demo**.\"", with: "msgstr 1️⃣\"Abra o app Demo.\"")
            }, severity: .error)
    }

    @Test func aLinkThatDiffersFromTheSource() throws {
        Self.expectOne(
            "l10n.markup-mismatch",
            try Self.check {
                $0.replacingOccurrences(
                    of: "msgstr \"Toque em **Conta** e leia [a ajuda](https://example.com/help).\"",
                    with: "msgstr 1️⃣\"Toque em **Conta** e leia [a ajuda](https://example.com/ajuda).\"")
            }, severity: .error)
    }

    @Test func aUILabelThatDisagreesWithTheModel() throws {
        Self.expectOne(
            "l10n.label-mismatch",
            try Self.check {
                $0.replacingOccurrences(of: "msgstr \"Toque em **Conta** e leia", with: "msgstr 1️⃣\"Toque em **Account** e leia")
            })
    }

    @Test func aModelLabelMissingForTheLocale() throws {
        let (_, diagnostics) = try Self.check { $0 }
        let (surface, _) = ModelLoader.load(text: Self.modelYAML.replacingOccurrences(of: "{en: Account, pt-BR: Conta}", with: "{en: Account}"), file: "m.yaml")
        #expect(diagnostics.isEmpty)
        let (guide, _) = GuideFileLoader.load(text: Self.guideYAML, file: "g.yaml")
        let pt = LocaleID("pt-BR")!
        let catalogs = Catalogs(locales: [pt], catalogs: [pt: ["g": POFile(header: [], entries: [])]])
        let found = L10nChecker.check(guides: [try #require(guide)], model: ProductModel(surfaces: [try #require(surface)]), catalogs: catalogs)
        #expect(found.filter { $0.ruleID == "l10n.missing-label" }.map(\.file) == ["m.yaml"])
    }

    @Test func poSyntax() throws {
        let (marked, diagnostics) = try Self.check { $0.replacingOccurrences(of: "msgstr \"No app\"", with: "1️⃣msgtsr \"No app\"") }
        // The broken line is reported where it is; the entry it held is then untranslated.
        #expect(diagnostics.map(\.ruleID) == ["l10n.po-syntax", "l10n.po-syntax", "l10n.missing"], "\(diagnostics.map(\.headline))")
        #expect(diagnostics.first?.location == marked["1️⃣"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aDuplicateEntry() throws {
        Self.expectOne("l10n.duplicate-entry", try Self.check { $0 + "msgctxt \"title\"\nmsgid 1️⃣\"Reset your password\"\nmsgstr \"Outra\"\n" }, severity: .error)
    }
}
