import Foundation
import Testing
import WaymarkHelp
import WaymarkTestSupport

/// The seed's bundle read through WaymarkHelp, as an app reads it: guides per locale with
/// fallback, context help for every modelled screen, and FTS5 search in every locale.
@Suite struct HelpBundleTests {
    static let locales = ["en", "pt-BR", "es", "ar"]
    static let guide = "disconnect-whatsapp-account"

    @Test func theBundleListsEveryLocaleWithItsGuideAndCompleteness() throws {
        let (_, bundle) = try ExportedBundle.shared()
        #expect(bundle.manifest.schemaVersion == HelpBundleFormat.schemaVersion)
        #expect(bundle.locales == ["en", "ar", "de", "es", "fr", "he", "ja", "pt-BR"], "the source locale first")
        #expect(bundle.manifest.content.date == "2026-11-20", "the newest `verified` date of the model, not today")
        #expect(bundle.manifest.content.version.hasPrefix("2026-11-20+"))
        for locale in bundle.manifest.locales {
            #expect(locale.guides.map(\.id) == [Self.guide])
            #expect(locale.completeness.percent == 100, "\(locale.tag): \(locale.completeness)")
            #expect(locale.direction == (["ar", "he"].contains(locale.tag) ? "rtl" : "ltr"))
            let entry = try #require(locale.guides.first)
            #expect(entry.surfaces == ["meta-business-suite", "whatsapp-business-app"])
            #expect(entry.platforms == ["android", "ios", "web"])
            #expect(entry.translation == "complete")
        }
        #expect(try bundle.summary(of: Self.guide, locale: "pt-BR").guide.title == "Desconectar uma conta do WhatsApp de outra plataforma ou portfólio")
    }

    @Test(arguments: [("pt", "pt-BR"), ("pt-PT", "pt-BR"), ("PT-br", "pt-BR"), ("en-GB", "en"), ("it", "en"), ("ar-EG", "ar")])
    func aLocaleFallsBackAlongItsChain(requested: String, answered: String) throws {
        let (_, bundle) = try ExportedBundle.shared()
        #expect(bundle.fallbackChain(for: requested).first == answered, "\(bundle.fallbackChain(for: requested))")
        #expect(bundle.guides(locale: requested).map(\.locale) == [answered])
        #expect(try bundle.guide(Self.guide, locale: requested).locale == answered)
    }

    @Test func anUnknownGuideIsATypedError() throws {
        let (_, bundle) = try ExportedBundle.shared()
        #expect(throws: HelpBundleError.unknownGuide(id: "no-such-guide", locale: "es")) { try bundle.guide("no-such-guide", locale: "es") }
    }

    // MARK: The structured guide

    @Test(arguments: locales)
    func theStructuredGuideHasTheStepsOfThePage(locale: String) throws {
        let (_, bundle) = try ExportedBundle.shared()
        let guide = try bundle.guide(Self.guide, locale: locale)
        #expect(guide.methods.map(\.id) == ["coexistence", "business-manager"])
        let steps = guide.methods[0].steps
        #expect(
            steps.map(\.id) == [
                "open-app", "open-settings", "open-account", "open-business-platform", "choose-connection",
                "select-disconnect", "confirm-disconnect", "wait-after-disconnect",
            ])
        #expect(steps.map(\.number) == [1, 2, 3, 4, 5, 6, 7, nil], "waits are not numbered")
        #expect(steps[1].steps.map(\.platforms) == [["ios"], ["android"], ["android"]])
        let account = steps[2]
        #expect(account.action == "tap" && account.target == "account")
        let label = ["en": "Account", "pt-BR": "Conta", "es": "Cuenta", "ar": "الحساب"][locale]!
        #expect(account.label == label)
        #expect(account.text.html.contains("<strong>\(label)</strong>"), "\(account.text.html)")
        #expect(account.text.text.contains(label) && !account.text.text.contains("<"))
        let wait = try #require(steps.last?.wait)
        #expect((wait.lower, wait.upper, wait.unit, wait.maximumSeconds) == (1, 2, "minutes", 120))
        #expect(wait.reason != nil && wait.before != nil)
        let partners = guide.methods[1].steps[5]
        #expect(partners.id == "open-partners" && partners.choices?.options.count == 2)
        #expect(guide.methods[1].steps[6].callouts.map(\.kind) == ["warning"])
        #expect(guide.outcome?.results.count == 2)
        #expect(guide.appliesWhen?.items.count == 3)
        #expect(guide.methods.flatMap(\.steps).allSatisfy { $0.text.language == nil }, "every text is translated")
    }

    @Test func fragmentsAndMarkdownComeFromTheSiteRender() throws {
        let (_, bundle) = try ExportedBundle.shared()
        let html = try bundle.html(Self.guide, locale: "ar")
        #expect(html.hasPrefix("<article class=\"waymark-help\" lang=\"ar\" dir=\"rtl\">\n<h1>"))
        #expect(html.contains("<span id=\"open-partners\"></span>"))
        #expect(!html.contains("<nav") && !html.contains("<header"), "no site chrome")
        let markdown = try bundle.markdown(Self.guide, locale: "es")
        #expect(markdown.hasPrefix("# Desconectar una cuenta de WhatsApp"))
    }

    // MARK: Context help

    /// What each modelled screen's context help opens with, on the platform given.
    static let expectedContext: [String: (platform: String?, step: String)] = [
        "whatsapp-business-app/chats": ("ios", "open-settings-ios"),
        "whatsapp-business-app/more-options-menu": (nil, "open-settings-android"),
        "whatsapp-business-app/settings": (nil, "open-account"),
        "whatsapp-business-app/account": (nil, "open-business-platform"),
        "whatsapp-business-app/business-platform": (nil, "choose-connection"),
        "whatsapp-business-app/connection": (nil, "select-disconnect"),
        "whatsapp-business-app/disconnect-dialog": (nil, "confirm-disconnect"),
        "meta-business-suite/portfolios": (nil, "open-portfolio"),
        "meta-business-suite/portfolio-home": (nil, "open-business-settings"),
        "meta-business-suite/business-settings": (nil, "open-whatsapp-accounts"),
        "meta-business-suite/whatsapp-accounts": (nil, "select-whatsapp-account"),
        "meta-business-suite/whatsapp-account": (nil, "open-partners"),
        "meta-business-suite/partners": (nil, "click-manage"),
        "meta-business-suite/manage-partner": (nil, "remove-access"),
        "meta-business-suite/remove-partner-dialog": (nil, "confirm-remove"),
    ]

    @Test func everyModelledScreenIsInTheExpectations() throws {
        let (_, bundle) = try ExportedBundle.shared()
        let screens = bundle.surfaces.flatMap { surface in bundle.screens(inSurface: surface).map { "\(surface)/\($0)" } }
        #expect(Set(screens) == Set(Self.expectedContext.keys), "a screen the seed documents has no expectation, or one lost its help")
    }

    @Test(arguments: expectedContext.keys.sorted(), locales)
    func contextHelpForEachModelledScreenReturnsItsStep(screen: String, locale: String) throws {
        let (_, bundle) = try ExportedBundle.shared()
        let (surface, id) = (String(screen.split(separator: "/")[0]), String(screen.split(separator: "/")[1]))
        let expected = try #require(Self.expectedContext[screen])
        let help = bundle.help(forSurface: surface, screen: id, platform: expected.platform, locale: locale)
        let first = try #require(help.first, "no help for \(screen) in \(locale)")
        #expect(first.step == expected.step && first.rank == 1 && first.guide == Self.guide)
        #expect(first.link.locale == locale && first.link.fragmentPath == "\(locale)/\(Self.guide).html#\(expected.step)")
        #expect(first.link.webViewURL.absoluteString.hasSuffix("index.html#\(locale)/\(Self.guide)/\(expected.step)"))
        let title = try bundle.summary(of: Self.guide, locale: locale).guide.title
        #expect(!first.stepText.isEmpty && first.title == title)
    }

    @Test func contextHelpHonoursThePlatformAndTheElementAndAction() throws {
        let (_, bundle) = try ExportedBundle.shared()
        let chats = { (platform: String?) in bundle.help(forSurface: "whatsapp-business-app", screen: "chats", platform: platform, locale: "pt-BR").map(\.step) }
        #expect(chats("ios") == ["open-settings-ios"])
        #expect(chats("android") == ["open-menu-android"])
        #expect(chats(nil) == ["open-menu-android", "open-settings-ios"])
        #expect(chats("web") == [])
        let exact = bundle.help(forSurface: "whatsapp-business-app", screen: "settings", element: "account", action: "tap", platform: "android", locale: "pt-BR")
        #expect(exact.map(\.stepText) == ["Toque em Conta."])
        #expect(bundle.help(forSurface: "whatsapp-business-app", screen: "settings", element: "account", action: "confirm", locale: "en").isEmpty)
        #expect(bundle.help(forSurface: "no-such-app", screen: "settings", locale: "en").isEmpty)
    }

    // MARK: Search

    @Test(arguments: locales)
    func searchForPartnersFindsThePartnerStepInEveryLocale(locale: String) throws {
        let (_, bundle) = try ExportedBundle.shared()
        let results = try bundle.search("partners", locale: locale)
        let first = try #require(results.first, "nothing found in \(locale)")
        #expect(first.guide == Self.guide && first.step == "open-partners", "\(results)")
        #expect(first.link.locale == locale && first.score < 0)
        let label = ["en": "Partners", "pt-BR": "Parceiros", "es": "Socios", "ar": "الشركاء"][locale]!
        #expect(first.stepText?.contains(label) == true, "\(first.stepText ?? "")")
    }

    @Test func searchFoldsCaseAndDiacriticsMatchesPrefixesAndRanksTitlesFirst() throws {
        let (_, bundle) = try ExportedBundle.shared()
        #expect(try bundle.search("CONEXAO", locale: "pt-BR").first?.guide == Self.guide, "conexão")
        #expect(try bundle.search("partn", locale: "en").first?.step == "open-partners", "a prefix")
        // Three steps say configurações; which ranks first depends on the other locales in the index.
        let settings = try bundle.search("Configuracoes", locale: "pt-BR").first?.step ?? ""
        #expect(["open-settings", "open-settings-ios", "open-settings-android"].contains(settings), "\(settings)")
        #expect(try bundle.search("الشركاء", locale: "ar").first?.step == "open-partners")
        // Words spread over the title and a step: no row holds both, so any word counts.
        #expect(try bundle.search("portfolio partners", locale: "en").first?.guide == Self.guide)
        #expect(try bundle.search("zzzz", locale: "en").isEmpty)
        #expect(try bundle.search("  \"*)( ", locale: "en").isEmpty, "no FTS5 syntax gets through")
        #expect(try bundle.search("\"partners\" NEAR(", locale: "en").first?.guide == Self.guide, "quotes and operators are only words")
        #expect(try bundle.search("partners", locale: "en", limit: 0).isEmpty)
    }

    @Test func oneBundleAnswersFromManyThreads() async throws {
        let (_, bundle) = try ExportedBundle.shared()
        let answers = await withTaskGroup(of: String?.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let locale = Self.locales[index % 4]
                    return index % 2 == 0
                        ? (try? bundle.search("partners", locale: locale))?.first?.step
                        : bundle.help(forSurface: "meta-business-suite", screen: "whatsapp-account", locale: locale).first?.step
                }
            }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(answers.count == 64 && answers.allSatisfy { $0 == "open-partners" })
    }
}

/// Golden files of the seed's export: its context index and its structured guide in English,
/// pretty-printed (the bundle stores the guide compact), so a format change shows as a diff.
@Suite struct HelpBundleSnapshotTests {
    @Test func theContextIndexAndTheStructuredGuideMatchTheirGoldenFiles() throws {
        let (exported, bundle) = try ExportedBundle.shared()
        assertSnapshot(try String(contentsOf: exported.folder.appendingPathComponent("context.json"), encoding: .utf8), named: "export/context.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let guide = try encoder.encode(try bundle.guide("disconnect-whatsapp-account", locale: "en"))
        assertSnapshot(String(decoding: guide, as: UTF8.self) + "\n", named: "export/disconnect-whatsapp-account.en.json")
    }
}
