import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkSite

/// Template tags are checked against what pages give them, at the tag's line and column.
@Suite struct TemplateCheckTests {
    static func diagnostics(_ guideTemplate: String) throws -> [Diagnostic] {
        let project = try TemporaryProject(guides: [:])
        try project.write("Templates/guide.mustache", guideTemplate)
        return TemplateSet.load(root: project.root).1
    }

    @Test func tripleBracesOnAPlainTextValueAreAnErrorWithAFixIt() throws {
        let found = try Self.diagnostics("<h1>\n  <span>{{{titleText}}}</span></h1>{{{body}}}")
        let diagnostic = try #require(found.first { $0.ruleID == "template.unescaped-text" })
        #expect(diagnostic.headline == "Templates/guide.mustache:2:9: error: 'titleText' is plain text, but {{{ }}} publishes it unescaped [template.unescaped-text]")
        #expect(diagnostic.fixIts.map(\.replacement) == ["{{titleText}}"])
        #expect(found.filter { $0.ruleID == "template.unescaped-text" }.count == 1, "{{{body}}} is HTML: \(found.map(\.headline))")
    }

    @Test func anAmpersandTagOnTheTopicIsAnError() throws {
        let found = try Self.diagnostics("{{#topic}}{{& topic}}{{/topic}}")
        #expect(found.map(\.headline).contains("Templates/guide.mustache:1:11: error: 'topic' is plain text, but {{& }} publishes it unescaped [template.unescaped-text]"))
    }

    @Test func anUnknownValueIsReportedWithASuggestion() throws {
        let found = try Self.diagnostics("<h1>{{titelText}}</h1>")
        let diagnostic = try #require(found.first { $0.ruleID == "template.unknown-value" })
        #expect(diagnostic.headline == "Templates/guide.mustache:1:5: warning: the template uses 'titelText', which no page has [template.unknown-value]")
        #expect(diagnostic.hint == "did you mean 'titleText'?")
    }

    @Test func aMissingPartialIsAnErrorWithASuggestion() throws {
        let found = try Self.diagnostics("<head>\n{{> partials/haed}}\n</head>")
        let diagnostic = try #require(found.first { $0.ruleID == "template.missing-partial" })
        #expect(diagnostic.headline == "Templates/guide.mustache:2:1: error: there is no partial 'partials/haed' [template.missing-partial]")
        #expect(diagnostic.hint == "did you mean 'partials/head'?")
    }

    @Test func theProjectsOwnTemplatesAreClean() throws {
        let project = try TemporaryProject(guides: [:])
        #expect(TemplateSet.load(root: project.root).1.isEmpty)
    }

    @Test func aScriptInATitleDoesNotRunThroughATemplateThatValidatePassed() throws {
        let project = try TemporaryProject.seed()
        let template = try project.read("Templates/guide.mustache").replacingOccurrences(of: "{{titleText}}", with: "{{{titleText}}}")
        try project.write("Templates/guide.mustache", template)
        let result = try runWaymark(["validate"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 'titleText' is plain text, but {{{ }}} publishes it unescaped"), "\(result.stderr)")
    }
}
