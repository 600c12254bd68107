import Foundation
import Testing
import WaymarkTestSupport

/// The JSON Schemas know issue 14's keys: the journey fixture (every construct) validates with
/// the real `jsonschema`, and a mistake in each new mapping is rejected.
@Suite struct SchemaJourneyTests {
    @Test func theJourneyFixtureValidates() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        try project.write("console.yaml", JourneyFixture.console)
        try project.write("phone.yaml", JourneyFixture.phone)
        try project.write("guide.yaml", JourneyFixture.guide)
        #expect(try SchemaTests.validate([project.url("console.yaml").path, project.url("phone.yaml").path], against: "model").isEmpty)
        let errors = try SchemaTests.validate([project.url("guide.yaml").path], against: "guide")
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func mistakesInTheNewKeysAreRejected() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        let guideMistakes = [
            ("done: true", "done: yes please"),
            ("expect: members", "expect: {screem: members}"),
            ("navigate: [settings, members-link]", "navigate: []"),
            ("when: two-factor-on", "when: Two Factor"),
        ]
        for (index, (from, to)) in guideMistakes.enumerated() {
            #expect(JourneyFixture.guide.contains(from))
            try project.write("guide-\(index).yaml", JourneyFixture.guide.replacingOccurrences(of: from, with: to))
            let errors = try SchemaTests.validate([project.url("guide-\(index).yaml").path], against: "guide")
            #expect(!errors.isEmpty, "the schema accepts \(to)")
        }
        let modelMistakes = [
            ("kind: role", "kind: person"),
            ("destructive: true", "destructive: maybe"),
            ("{when: two-factor-on, to: code-entry}", "{when: two-factor-on}"),
            ("icon: ⋮", "icons: ⋮"),
        ]
        for (index, (from, to)) in modelMistakes.enumerated() {
            #expect(JourneyFixture.console.contains(from))
            try project.write("model-\(index).yaml", JourneyFixture.console.replacingOccurrences(of: from, with: to))
            let errors = try SchemaTests.validate([project.url("model-\(index).yaml").path], against: "model")
            #expect(!errors.isEmpty, "the schema accepts \(to)")
        }
    }
}
