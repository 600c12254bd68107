import WaymarkBase
import Yams

/// `publish: {minimum-translated: 80%}`, in `waymark.yml` and on a guide: how much of a guide
/// must be translated for a locale's page of it to be published.
enum PublishSettings {
    /// The keys of `publish`.
    static let keys = ["minimum-translated"]
    /// What the value must look like, for hints and the JSON Schemas.
    static let hint = "write a share of the guide's texts from 0% to 100%, such as 80%; 100% publishes only complete translations, 0% every page"
    /// The pattern of a share, for the JSON Schemas.
    static let pattern = "^\\s*(100|[1-9]?[0-9])\\s*%\\s*$"
}

extension YAMLReader {
    /// The threshold `publish:` sets, or nil (with a positioned diagnostic when it is wrong).
    mutating func publishThreshold(_ node: Node?, what: String) -> PublishThreshold? {
        guard let node, let fields = fields(of: node, what: what, allowed: PublishSettings.keys, required: []) else { return nil }
        guard let valueNode = fields["minimum-translated"], let raw = string(valueNode, what: "'minimum-translated'") else { return nil }
        guard let percent = PublishThreshold.parse(raw) else {
            report(LoaderRule.wrongType, "'minimum-translated' must be a share such as 80%, not '\(raw)'", hint: PublishSettings.hint, at: valueNode)
            return nil
        }
        return PublishThreshold(percent: percent, range: ScalarPositions(source: source).verifiedRange(of: valueNode))
    }
}

extension JSONSchemas {
    /// The schema of `publish:`, for `waymark.yml` (`guide` false) and a guide (`guide` true).
    static func publishSchema(guide: Bool) -> Value {
        let share =
            guide
            ? "Optional: the share of this guide's texts a locale must have translated (and current) for its page there to be published, such as 100%; wins over waymark.yml's."
            : "The share of a guide's texts a locale must have translated (and current) for its page there to be published, such as 80%; below it, the locale links to the page in the guide's own language with a notice. Default 0% (every page)."
        return mapping(
            "publish", keys: PublishSettings.keys, required: [],
            properties: ["minimum-translated": ["type": "string", "pattern": .string(PublishSettings.pattern)]],
            descriptions: ["publish.minimum-translated": share])
    }
}
