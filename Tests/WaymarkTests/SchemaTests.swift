import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkLoader

/// The JSON Schemas for editors: checked in as generated, made from the decoders' own key
/// lists, and accepted by a real validator (Python's `jsonschema`, draft 2020-12).
@Suite struct SchemaTests {
    static let generated = [
        ("guide.schema.json", JSONSchemas.guide()), ("model.schema.json", JSONSchemas.model()),
        ("waymark.schema.json", JSONSchemas.config(rules: RuleCatalog.all)),
        ("diagnostics.schema.json", JSONSchemas.diagnostics()),
    ]

    // MARK: Checked in

    @Test(arguments: generated.map(\.0))
    func checkedInSchemaIsWhatTheCodeGenerates(name: String) throws {
        let text = try #require(Self.generated.first { $0.0 == name }?.1)
        let url = TestPaths.repository.appendingPathComponent("schemas/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record("Rewrote schemas/\(name); unset RECORD_SNAPSHOTS and run again.")
            return
        }
        let checkedIn = try #require(FileManager.default.contents(atPath: url.path), "schemas/\(name) is missing; run `waymark schema`")
        #expect(
            String(decoding: checkedIn, as: UTF8.self) == text,
            "schemas/\(name) is out of date; run `waymark schema` (or RECORD_SNAPSHOTS=1 swift test --filter SchemaTests)")
    }

    @Test func schemasAreDeterministicAndNamed() throws {
        #expect(JSONSchemas.guide() == JSONSchemas.guide())
        for (name, text) in Self.generated {
            #expect(text.hasSuffix("}\n"))
            let document = try Self.object(text)
            #expect(document["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(document["$id"] as? String == "https://waymark.dev/schemas/\(name)")
        }
    }

    // MARK: Made from the code

    static let guideScopes = [
        ("guide", GuideDecoder.Keys.guide), ("method", GuideDecoder.Keys.method), ("step", GuideDecoder.Keys.step),
        ("wait", GuideDecoder.Keys.wait), ("choices", GuideDecoder.Keys.choices), ("callout", GuideDecoder.Keys.callout),
        ("outcome", GuideDecoder.Keys.outcome), ("conditions", GuideDecoder.Keys.conditions), ("expect", GuideDecoder.Keys.expect),
        ("trouble", GuideDecoder.FormatKeys.troubleshooting), ("link", GuideDecoder.FormatKeys.externalLink),
        ("support", GuideDecoder.FormatKeys.support), ("image", GuideDecoder.FormatKeys.image),
    ]
    static let modelScopes = [
        ("surface", ModelDecoder.Keys.surface), ("screen", ModelDecoder.Keys.screen), ("element", ModelDecoder.Keys.element),
        ("action", ModelDecoder.Keys.action), ("branch", ModelDecoder.Keys.branch), ("requirement", ModelDecoder.Keys.requirement),
        ("variant", ModelDecoder.Keys.variant), ("navigation", ModelDecoder.Keys.navigation), ("format", ModelDecoder.Keys.format),
        ("error", ModelDecoder.Keys.error),
    ]

    @Test func everyKeyOfTheDecodersHasADescription() {
        for (descriptions, scopes) in [(JSONSchemas.guideDescriptions, Self.guideScopes), (JSONSchemas.modelDescriptions, Self.modelScopes)] {
            for (scope, keys) in scopes {
                for key in keys {
                    let text = descriptions["\(scope).\(key)"] ?? descriptions[key]
                    #expect(text?.isEmpty == false, "the key '\(key)' of a \(scope) has no description in JSONSchemas")
                }
            }
            // And no description is left over for a key the decoders no longer have.
            for entry in descriptions.keys {
                let parts = entry.split(separator: ".", maxSplits: 1).map(String.init)
                let known =
                    parts.count == 2
                    ? scopes.contains { $0.0 == parts[0] && $0.1.contains(parts[1]) }
                    : scopes.contains { $0.1.contains(entry) }
                #expect(known, "JSONSchemas describes '\(entry)', which no decoder has")
            }
        }
        #expect(GuideDecoder.Keys.guide.contains("lint-ignore"))
        #expect(JSONSchemas.guideDescriptions["lint-ignore"] == "Rule ids to suppress here (see docs/rules.md).")
    }

    @Test func everyMappingHasExactlyTheDecodersKeysEachTypedAndDescribed() throws {
        for ((_, text), scopes) in zip(Self.generated, [Self.guideScopes, Self.modelScopes]) {
            var mappings: [[String: Any]] = []
            Self.collectMappings(try Self.object(text), into: &mappings)
            let keySets = mappings.map { Set(($0["properties"] as? [String: Any] ?? [:]).keys) }
            for (scope, keys) in scopes {
                #expect(keySets.contains(Set(keys)), "no mapping of the schema has the keys of a \(scope): \(keys)")
            }
            for mapping in mappings {
                #expect(mapping["additionalProperties"] as? Bool == false)
                let properties = mapping["properties"] as? [String: [String: Any]] ?? [:]
                for (key, property) in properties {
                    #expect((property["description"] as? String)?.isEmpty == false, "'\(key)' has no description")
                    #expect(!Set(property.keys).isDisjoint(with: ["$ref", "type", "anyOf", "enum"]), "'\(key)' has no type")
                }
                for key in mapping["required"] as? [String] ?? [] { #expect(properties[key] != nil, "required '\(key)' is not a key") }
            }
        }
    }

    @Test func vocabulariesComeFromTheCode() throws {
        let guide = try Self.object(JSONSchemas.guide())
        let defs = try #require(guide["$defs"] as? [String: Any])
        let step = try #require(defs["step"] as? [String: Any])
        let stepProperties = try #require(step["properties"] as? [String: [String: Any]])
        #expect(stepProperties["action"]?["enum"] as? [String] == Action.names)
        let callout = try #require((defs["callout"] as? [String: Any])?["properties"] as? [String: [String: Any]])
        #expect(callout["kind"]?["enum"] as? [String] == Callout.Kind.allCases.map(\.rawValue))
        for unit in DurationRange.Unit.allCases { #expect(DurationParser.units[unit.rawValue] == unit) }
        let actions = try #require((try Self.object(JSONSchemas.model())["$defs"] as? [String: Any])?["actions"] as? [String: Any])
        #expect(Set((actions["properties"] as? [String: Any] ?? [:]).keys) == Set(Action.names))
    }

    /// The wait pattern accepts what ``DurationParser`` accepts, except that a regular expression
    /// cannot compare the two numbers of a range.
    @Test func waitPatternAgreesWithTheDurationParser() throws {
        let regex = try NSRegularExpression(pattern: JSONSchemas.waitPattern)
        let numbers = ["0", "1", "01", "000001", "0000001", "9", "10", "42", "99", "100", "999", "1000", "9999", "10000", "010000", "0010000", "10001", "20000", "99999", "123456"]
        let units = DurationParser.units.keys.sorted() + ["Minutes", "SEC", "Hrs", "x", "mn", "minutess", "", "min.", "ſ"]
        var samples: [String] = []
        for number in numbers {
            for unit in units { samples += ["\(number) \(unit)", "\(number)\(unit)", " \(number)  \(unit) ", "\(number)-\(number) \(unit)"] }
        }
        for unit in units {
            samples += ["1-2 \(unit)", "1 – 30\(unit)", "5—10 \(unit)", "2 - 1 \(unit)", "1 2 \(unit)", "-1 \(unit)", "1--2 \(unit)", "1-\(unit)", "\t3 \(unit)\n"]
        }
        for sample in samples {
            let matches = regex.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            switch DurationParser.parse(sample.trimmingWhitespace) {
            case .success: #expect(matches, "the wait pattern refuses '\(sample)', which the loader accepts")
            case .failure(let failure):
                #expect(!matches || failure == .emptyRange, "the wait pattern accepts '\(sample)', which the loader refuses: \(failure)")
            }
        }
    }

    @Test func slugPatternAgreesWithSlugIsValid() throws {
        let regex = try NSRegularExpression(pattern: JSONSchemas.slugPattern)
        let samples = [
            "a", "a-b", "a1-2b", "1", "a--b", "-a", "a-", "A", "a_b", "ab c", "", "é", String(repeating: "a", count: 80),
            String(repeating: "a", count: 81), String(repeating: "ab-", count: 26) + "ab", "open-settings",
        ]
        for sample in samples {
            let matches =
                regex.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
                && sample.unicodeScalars.count <= Slug.maximumLength
            #expect(matches == Slug.isValid(sample), "'\(sample)'")
        }
    }

    // MARK: The real validator

    @Test func everyGuideAndModelFileOfTheProjectValidates() throws {
        let content = TestPaths.repository.appendingPathComponent("Content")
        for (folder, schema) in [("guides", "guide"), ("model", "model")] {
            let files = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted().map { content.appendingPathComponent("\(folder)/\($0)").path }
            #expect(!files.isEmpty)
            let errors = try Self.validate(files, against: schema)
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test func theReadmeExamplesValidate() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        for (section, schema) in [("## The guide format", "guide"), ("## The product model", "model")] {
            let rest = readme[try #require(readme.range(of: section)).upperBound...]
            let start = try #require(rest.range(of: "```yaml\n"))
            let end = try #require(rest[start.upperBound...].range(of: "```"))
            try project.write("\(schema).yaml", String(rest[start.upperBound..<end.lowerBound]))
            let errors = try Self.validate([project.url("\(schema).yaml").path], against: schema)
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    static let brokenGuide = """
        id: broken
        title: A broken guide
        summary: Three mistakes an editor should underline.
        methods:
          - id: only
            title: The only method
            stpes:
              - id: first
                text: Open the app.
            steps:
              - id: open-settings
                action: tapp
                target: settings
                callouts:
                  - kind: caution
                    text: Be careful.

        """

    @Test func aBrokenGuideIsRejectedAtEachMistake() throws {
        let project = try TemporaryProject(guides: ["broken.yaml": Self.brokenGuide], copyTemplates: false)
        let errors = try Self.validate([project.url("Content/guides/broken.yaml").path], against: "guide")
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.path == "/methods/0" && $0.message.contains("'stpes' was unexpected") }, "\(errors)")
        #expect(errors.contains { $0.path == "/methods/0/steps/0/action" && $0.message.contains("'tapp' is not one of") }, "\(errors)")
        #expect(errors.contains { $0.path == "/methods/0/steps/0/callouts/0/kind" && $0.message.contains("'caution' is not one of") }, "\(errors)")
        // The loader refuses the same three things.
        let (_, diagnostics) = GuideFileLoader.load(text: Self.brokenGuide, file: "broken.yaml")
        #expect(Set(diagnostics.map(\.ruleID)) == ["guide.unknown-key", "guide.unknown-action", "guide.unknown-callout-kind"])
    }

    @Test func aBrokenModelIsRejected() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        try project.write(
            "site.yaml",
            """
            id: example-site
            name: Example
            kind: web
            platforms: [web]
            start: home
            screens:
              - id: home
                elements:
                  - id: save
                    label: {en: Save, pt-BR: Salvar, english: Save}
                    actions: {clik: same}

            """)
        let errors = try Self.validate([project.url("site.yaml").path], against: "model")
        #expect(errors.contains { $0.path == "" && $0.message.contains("'origins' is a required property") }, "\(errors)")
        #expect(errors.contains { $0.path == "/screens/0/elements/0/actions" && $0.message.contains("'clik' was unexpected") }, "\(errors)")
        #expect(errors.contains { $0.path.hasPrefix("/screens/0/elements/0/label") }, "\(errors)")
    }

    // MARK: The command

    @Test func schemaCommandWritesBothFiles() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        let result = try runWaymark(["schema"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "wrote schemas/guide.schema.json\nwrote schemas/model.schema.json\nwrote schemas/waymark.schema.json\nwrote schemas/diagnostics.schema.json\nwrote schemas/help-bundle.schema.json\n"
        )
        #expect(try project.read("schemas/guide.schema.json") == JSONSchemas.guide())
        #expect(try project.read("schemas/model.schema.json") == JSONSchemas.model())
        let other = try runWaymark(["schema", "-o", "editor/json"], in: project.root)
        #expect(other.status == 0)
        #expect(try project.read("editor/json/model.schema.json") == JSONSchemas.model())
    }

    @Test func schemaCommandExitsTwoWhenItCannotWrite() throws {
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        try project.write("taken", "a file, not a folder\n")
        let result = try runWaymark(["schema", "--output", "taken"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr == "error: cannot write the schemas into taken: it is a file, not a folder\n")
        #expect(result.stdout.isEmpty)
    }

    // MARK: Helpers

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every schema of an object with `properties`, wherever it is nested.
    static func collectMappings(_ value: Any, into result: inout [[String: Any]]) {
        if let object = value as? [String: Any] {
            if object["properties"] != nil, object["type"] as? String == "object" { result.append(object) }
            for member in object.values { collectMappings(member, into: &result) }
        } else if let array = value as? [Any] {
            for item in array { collectMappings(item, into: &result) }
        }
    }

    struct SchemaError: CustomStringConvertible {
        var file: String, path: String, message: String
        var description: String { "\(file) \(path): \(message)" }
    }

    /// Validates YAML files against the generated schema (`guide` or `model`) with Python's
    /// `jsonschema` and PyYAML from `.venv-tools`, reading YAML as editors do (dates stay text).
    static func validate(_ files: [String], against schema: String) throws -> [SchemaError] {
        let python = TestPaths.repository.appendingPathComponent(".venv-tools/bin/python")
        try #require(
            FileManager.default.isExecutableFile(atPath: python.path),
            "the Python of .venv-tools is missing; run `make tools` (Scripts/install-test-tools.sh)")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let schemaURL = scratch.appendingPathComponent("\(schema).schema.json")
        let text =
            switch schema {
            case "guide": JSONSchemas.guide()
            case "model": JSONSchemas.model()
            case "diagnostics": JSONSchemas.diagnostics()
            default: JSONSchemas.config(rules: RuleCatalog.all)
            }
        try Data(text.utf8).write(to: schemaURL)
        let script = scratch.appendingPathComponent("validate.py")
        try Data(validatorScript.utf8).write(to: script)
        let result = try runWaymark([script.path, schemaURL.path] + files, in: scratch, binary: python)
        let (status, output, errors) = (result.status, result.stdout, result.stderr)
        try #require(status != 3, "jsonschema or PyYAML is not installed in .venv-tools; run `make tools` (Scripts/install-test-tools.sh)")
        try #require(status == 0, "the validator failed: \(errors)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: String]])
        return list.map { SchemaError(file: $0["file"] ?? "", path: $0["path"] ?? "", message: $0["message"] ?? "") }
    }

    static let validatorScript = """
        import json, sys
        try:
            import jsonschema, yaml
        except ImportError:
            sys.exit(3)

        class Loader(yaml.SafeLoader):
            pass

        # YAML as editors read it (the 1.2 core schema): a date such as 2026-11-20 stays text.
        Loader.yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

        with open(sys.argv[1], encoding="utf-8") as file:
            schema = json.load(file)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        errors = []
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as file:
                document = yaml.load(file, Loader=Loader)
            for error in validator.iter_errors(document):
                location = "".join("/" + str(part) for part in error.absolute_path)
                errors.append({"file": path, "path": location, "message": error.message})
        print(json.dumps(errors))

        """
}

/// The schema of `waymark.yml`, made from the rule catalog.
@Suite struct ConfigSchemaTests {
    @Test func theReadmeConfigurationValidatesAndMistakesAreRejected() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let rest = readme[try #require(readme.range(of: "**Configuration.**")).upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let project = try TemporaryProject(guides: [:], copyTemplates: false)
        try project.write("waymark.yml", String(rest[start.upperBound..<end.lowerBound]))
        #expect(try SchemaTests.validate([project.url("waymark.yml").path], against: "config").isEmpty)
        #expect(try SchemaTests.validate([TestPaths.repository.appendingPathComponent("waymark.yml").path], against: "config").isEmpty)
        // The loader agrees that the README's example is valid.
        #expect(ConfigLoader.parse(try project.read("waymark.yml"), file: "waymark.yml", rules: RuleCatalog.all).1.isEmpty)

        try project.write(
            "bad.yml",
            """
            locales: [pt_BR]
            paths: {guides: ../outside}
            rules:
              style.step-lenght: warning
              yaml.syntax: off
              style.imperative: warn
              style.step-length: {max-words: 0}

            """)
        let errors = try SchemaTests.validate([project.url("bad.yml").path], against: "config")
        let paths = Set(errors.map(\.path))
        #expect(paths == ["/locales/0", "/paths/guides", "/rules", "/rules/style.imperative", "/rules/style.step-length"], "\(errors)")
    }

    @Test func everyConfigurableRuleIsAPropertyWithItsParameters() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchemas.config(rules: RuleCatalog.all).utf8)) as? [String: Any])
        let rules = try #require(((schema["properties"] as? [String: Any])?["rules"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(rules.keys) == Set(RuleCatalog.all.filter(\.configurable).map(\.id)))
        let stepLength = try #require(rules["style.step-length"] as? [String: Any])
        let settings = try #require(((stepLength["anyOf"] as? [[String: Any]])?.last?["properties"]) as? [String: Any])
        #expect(Set(settings.keys) == ["severity", "max-words"])
    }

    @Test func theJSONOutputMatchesItsSchema() throws {
        let project = try TemporaryProject.withModel(guides: ["reconnect-number.yaml": LintOutputTests.brokenGuide])
        let result = try runWaymark(["lint", "--format", "json", "--today", "2026-11-27"], in: project.root)
        // JSON is YAML: the validator reads the document like any other file.
        try project.write("lint.json", result.stdout)
        #expect(try SchemaTests.validate([project.url("lint.json").path], against: "diagnostics").isEmpty)
        try project.write("bad.json", "{\"version\": 2, \"tool\": \"waymark\", \"summary\": {\"errors\": 0, \"warnings\": 0, \"notes\": 0}, \"diagnostics\": [{\"rule\": \"x\"}]}")
        #expect(try !SchemaTests.validate([project.url("bad.json").path], against: "diagnostics").isEmpty)
    }
}
