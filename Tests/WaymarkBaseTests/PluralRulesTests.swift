import Foundation
import Testing
import WaymarkTestSupport

@testable import WaymarkBase

/// Plural rules from CLDR's data, checked against CLDR's own sample numbers, and their
/// gettext Plural-Forms checked by msgfmt and evaluated by Python's gettext.
@Suite struct PluralRulesTests {
    /// CLDR's sample list ("0~15, 100, 1000, …", "0.0~1.5, 10.0") as the numbers it names.
    static func expand(_ samples: String) -> [String] {
        samples.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty && $0 != "…" }.flatMap { item -> [String] in
            let bounds = item.split(separator: "~").map(String.init)
            guard bounds.count == 2 else { return [item] }
            let digits = bounds[0].split(separator: ".").dropFirst().first?.count ?? 0
            let scale = Int(pow(10.0, Double(digits)))
            let lower = Int((Double(bounds[0])! * Double(scale)).rounded()), upper = Int((Double(bounds[1])! * Double(scale)).rounded())
            return (lower...upper).map { value in
                digits == 0 ? String(value) : "\(value / scale)." + String(String(value % scale).reversed()).padding(toLength: digits, withPad: "0", startingAt: 0).reversed()
            }
        }
    }

    static let locales = PluralRules.cldrLocales

    @Test(arguments: locales)
    func everySampleOfCLDRFallsInItsCategory(locale: String) throws {
        let rules = try #require(PluralRules.table[locale])
        var checked = 0
        for category in rules.categories {
            let samples = try #require(rules.samples(category))
            for sample in Self.expand(samples.integers) + Self.expand(samples.decimals) {
                let operands = try #require(PluralOperands(sample), "'\(sample)' is not a number")
                #expect(rules.category(of: operands) == category, "\(locale): \(sample) should be \(category), is \(rules.category(of: operands))")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func coversEveryLocaleOfTheData() {
        let total = CLDRPluralData.ruleSets.reduce(0) { $0 + $1.locales.count }
        #expect(Self.locales.count == total)
        #expect(Self.locales.count > 200, "CLDR 41 has rules for 219 locales, found \(Self.locales.count)")
    }

    @Test func operandsReadAsCLDRSaysTheyDo() throws {
        let x = try #require(PluralOperands("1.50"))
        #expect((x.integer, x.fractionDigits, x.fraction, x.trimmedDigits, x.trimmedFraction) == (1, 2, 50, 1, 5))
        let compact = try #require(PluralOperands("1.1c6"))
        #expect((compact.integer, compact.fractionDigits, compact.exponent) == (1_100_000, 0, 6))
    }

    @Test func languagesFallBackToTheirRules() throws {
        #expect(PluralRules.forLocale(try #require(LocaleID("pt-BR"))).cldrLocale == "pt")
        #expect(PluralRules.forLocale(try #require(LocaleID("pt-PT"))).cldrLocale == "pt-PT")
        #expect(PluralRules.forLocale(try #require(LocaleID("en-GB"))).cldrLocale == "en")
        #expect(PluralRules.forLocale(try #require(LocaleID("xx"))).cldrLocale == "root")
        let arabic = PluralRules.forLocale(try #require(LocaleID("ar")))
        #expect([0, 1, 2, 3, 11, 100].map(arabic.category(of:)) == [.zero, .one, .two, .few, .many, .other])
        #expect(PluralRules.forLocale(try #require(LocaleID("ru"))).integerCategories == [.one, .few, .many])
    }

    /// One locale per distinct rule set: msgfmt accepts the header with a plural entry, and Python's
    /// gettext (an independent evaluator of the expression) picks the same form as the rules for 0…1200.
    @Test func pluralFormsHeadersAreGettextsAndAgreeWithTheRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plural-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String: [Int]] = [:]
        var script = "import gettext, json, sys\nfailures = []\n"
        for set in CLDRPluralData.ruleSets {
            let locale = set.locales.first { $0 != "root" } ?? set.locales[0]
            let rules = try #require(PluralRules.table[LocaleID(locale)?.tag ?? locale])
            let header = rules.gettextPluralForms
            let forms = (0..<rules.integerCategories.count).map { "msgstr[\($0)] \"form \($0)\"" }.joined(separator: "\n")
            let po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: \(header)\\n\"\n\nmsgid \"one\"\nmsgid_plural \"many\"\n\(forms)\n"
            let file = folder.appendingPathComponent("\(locale).po")
            try po.write(to: file, atomically: true, encoding: .utf8)
            let check = try runTool("msgfmt", ["--check", "-o", "/dev/null", file.path])
            #expect(check.status == 0, "msgfmt rejects \(locale)'s \(header): \(check.output)")
            expected[locale] = (0...1200).map(rules.formIndex(of:))
            let expression = header.split(separator: "plural=", maxSplits: 1)[1].dropLast()
            script += "f = gettext.c2py(\(String(reflecting: String(expression))))\n"
            script += "if [f(n) for n in range(1201)] != \(expected[locale]!): failures.append(\(String(reflecting: locale)))\n"
        }
        script += "print(' '.join(failures))\nsys.exit(1 if failures else 0)\n"
        let path = folder.appendingPathComponent("check.py")
        try script.write(to: path, atomically: true, encoding: .utf8)
        let result = try runTool("python3", [path.path])
        #expect(result.status == 0, "Python's gettext disagrees for: \(result.output)")
    }
}
