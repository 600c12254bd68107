import Foundation
import Testing
import WaymarkBase
import WaymarkLint
import WaymarkSite
import WaymarkTestSupport

/// `docs/rules.md` is generated from the rule definitions and kept in step with them.
@Suite struct RulesReferenceTests {
    @Test func docsRulesMatchesTheDefinitions() throws {
        let url = TestPaths.repository.appendingPathComponent("docs/rules.md")
        let generated = RulesReference.markdown(RuleCatalog.all)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(generated.utf8).write(to: url)
            Issue.record("Rewrote docs/rules.md; unset RECORD_SNAPSHOTS and run again.")
            return
        }
        let current = try String(contentsOf: url, encoding: .utf8)
        #expect(current == generated, "docs/rules.md is out of date: run `waymark rules --format markdown > docs/rules.md`")
    }

    @Test func everyRuleIsDocumentedOnceWithItsSeverity() {
        let page = RulesReference.markdown(RuleCatalog.all)
        for rule in RuleCatalog.all {
            #expect(page.components(separatedBy: "\n### \(rule.id)\n").count == 2, "\(rule.id) has one section")
            #expect(page.contains("| [`\(rule.id)`](#\(rule.id.replacingOccurrences(of: ".", with: ""))) | \(rule.severity.rawValue) |"))
        }
        #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count, "rule ids are unique across layers")
    }

    @Test func theStyleRulesHaveTheirParametersDocumented() throws {
        let stepLength = try #require(RuleCatalog.definition("style.step-length"))
        #expect(stepLength.parameters.map(\.name) == ["max-words"])
        #expect(RulesReference.markdown(RuleCatalog.all).contains("| `max-words` | 25 | the most words a step's text may have |"))
    }
}
