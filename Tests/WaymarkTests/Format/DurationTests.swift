import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkL10n
import WaymarkRender
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkLoader

/// Issue 15, item 1: waits as they really are, in the grammar and on the page.
@Suite struct DurationTests {
    @Test(arguments: [
        ("up to 2 days", DurationRange(lower: 2, unit: .days, bound: .upTo)),
        ("within 2 days", DurationRange(lower: 2, unit: .days, bound: .upTo)),
        ("at least an hour", DurationRange(lower: 1, unit: .hours, bound: .atLeast)),
        ("At least 3 h", DurationRange(lower: 3, unit: .hours, bound: .atLeast)),
        ("a few minutes", DurationRange(lower: 2, upper: 5, unit: .minutes, bound: .aFew)),
        ("1 to 2 minutes", DurationRange(lower: 1, upper: 2, unit: .minutes)),
        ("1–2 minutes", DurationRange(lower: 1, upper: 2, unit: .minutes)),
        ("an hour", DurationRange(lower: 1, unit: .hours)),
    ])
    func readsBoundsAndNamedValues(_ text: String, _ expected: DurationRange) {
        #expect(DurationParser.parse(text) == .success(expected))
    }

    @Test(
        arguments: [
            ("1.5 hours", "'1.5' is not a whole number", "90 minutes"),
            ("2.5 days", "'2.5' is not a whole number", "60 hours"),
            ("2 days or more", "a bound goes before the number ('at least'), not after it", "at least 2 days"),
            ("1 hour or less", "a bound goes before the number ('up to'), not after it", "up to 1 hour"),
            ("a while", "it does not start with a whole number, 'up to', 'at least' or 'a few'", nil),
            ("up to 1-2 days", "a range already has both bounds, so it takes no 'up to' or 'at least'", nil),
            ("2 days, maybe", "', maybe' after the unit is not part of a duration", nil),
        ] as [(String, String, String?)])
    func refusesWithTheRightReason(_ text: String, _ reason: String, _ rewrite: String?) {
        guard case .failure(let failure) = DurationParser.parse(text) else { Issue.record("'\(text)' was accepted"); return }
        #expect(failure.explanation == reason)
        #expect(failure.suggestion == rewrite)
        // The rewrite is itself a duration.
        if let rewrite { #expect((try? DurationParser.parse(rewrite).get()) != nil) }
    }

    @Test(
        arguments: [
            ("en", DurationRange(lower: 2, unit: .days, bound: .upTo), "Wait up to 2 days"),
            ("en", DurationRange(lower: 1, unit: .hours, bound: .atLeast), "Wait at least an hour"),
            ("en", DurationRange(lower: 2, upper: 5, unit: .minutes, bound: .aFew), "Wait a few minutes"),
            ("pt-BR", DurationRange(lower: 2, unit: .days, bound: .upTo), "Aguarde até 2 dias"),
            ("pt-BR", DurationRange(lower: 1, unit: .hours, bound: .atLeast), "Aguarde pelo menos 1 hora"),
            ("pt-BR", DurationRange(lower: 2, upper: 5, unit: .hours, bound: .aFew), "Aguarde algumas horas"),
            ("pt-BR", DurationRange(lower: 2, upper: 5, unit: .minutes, bound: .aFew), "Aguarde alguns minutos"),
            ("es", DurationRange(lower: 1, unit: .days, bound: .upTo), "Espera hasta 1 día"),
            ("es", DurationRange(lower: 2, upper: 5, unit: .hours, bound: .aFew), "Espera unas horas"),
            ("es", DurationRange(lower: 30, unit: .minutes, bound: .atLeast), "Espera al menos 30 minutos"),
            ("ar", DurationRange(lower: 2, unit: .days, bound: .upTo), "انتظر حتى يومين"),
            ("ar", DurationRange(lower: 1, unit: .hours, bound: .atLeast), "انتظر ساعة واحدة على الأقل"),
            ("ar", DurationRange(lower: 5, unit: .minutes, bound: .upTo), "انتظر حتى 5 دقائق"),
            ("ar", DurationRange(lower: 2, upper: 5, unit: .minutes, bound: .aFew), "انتظر بضع دقائق"),
            ("ar", DurationRange(lower: 2, upper: 5, unit: .days, bound: .aFew), "انتظر بضعة أيام"),
        ] as [(String, DurationRange, String)])
    func boundsReadIdiomaticallyInEveryLocale(_ tag: String, _ duration: DurationRange, _ expected: String) throws {
        let locale = try #require(LocaleID(tag))
        let strings = InterfaceCatalogs().strings(for: locale)
        #expect(strings.waitFor(duration) == expected)
    }

    @Test func eventWaitsSayTheTypicalTime() throws {
        #expect(UIStrings.english.format.usually(DurationRange(lower: 2, unit: .days, bound: .upTo)) == "This usually happens within 2 days.")
        #expect(UIStrings.english.format.usually(DurationRange(lower: 1, upper: 2, unit: .days)) == "This usually takes 1–2 days.")
        #expect(InterfaceCatalogs().strings(for: LocaleID("ar")!).format.usually(DurationRange(lower: 2, unit: .days, bound: .upTo)) == "يستغرق ذلك عادةً حتى يومين.")
    }
}

/// `style.wait-in-prose` keeps a bound a bound in its fix-it, and suggests only what the loader reads.
@Suite struct WaitInProseBoundTests {
    @Test func boundsStayBounds() throws {
        let project = try TemporaryProject.withModel(guides: [
            "g.yaml": DiagnosticFaultTests.guide(
                """
                      - id: a
                        text: Submit the form. Meta takes up to 2 days to review it.
                      - id: b
                        text: Wait within 24 hours for the email.
                      - id: c
                        text: Wait at least an hour before you try again.
                      - id: d
                        text: Allow 2 days or more for the review.

                """)
        ])
        var options = SiteBuilder.Options.configured(root: project.root)
        options.lint = true
        let found = SiteBuilder.validate(options).diagnostics.filter { $0.ruleID == "style.wait-in-prose" }.sortedForOutput()
        let typed = found.compactMap { $0.hint?.split(separator: "`").first { $0.hasPrefix("wait: ") }.map { String($0.dropFirst(6)) } }
        #expect(typed == ["up to 2 days", "up to 24 hours", "at least 1 hour", "at least 2 days"], "\(found.map { $0.hint ?? "" })")
        for value in typed { #expect((try? DurationParser.parse(value).get()) != nil, "'\(value)' is a duration") }
    }
}
