import Foundation
import WaymarkGuide

/// JSON Schemas (draft 2020-12) for guide files and product-model files, so that editors
/// (VS Code's YAML extension, yaml-language-server) validate and complete while a writer types.
///
/// They are made from the loader's own definitions (the decoders' key lists, the action
/// vocabulary, the callout kinds, the duration units, the slug rule), so they cannot drift from
/// what `waymark validate` accepts. The loader stays the authority: what a schema cannot say
/// (unique ids, references into the model, inline Markdown rules) is left to it.
public enum JSONSchemas {
    /// The draft the schemas are written in.
    static let metaSchema = "https://json-schema.org/draft/2020-12/schema"

    /// The guide schema, as pretty-printed JSON with sorted keys and a final newline.
    public static func guide() -> String { render(guideSchema) }

    /// The product-model schema (one surface per file), in the same form.
    public static func model() -> String { render(modelSchema) }

    static func render(_ schema: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers, booleans, lists and mappings: encoding cannot fail.
        let data = (try? encoder.encode(schema)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A whole schema document: `root` is the schema of the file's top-level mapping.
    static func document(id: String, title: String, description: String, root: Value, defs: [String: Value]) -> Value {
        var result = root.object
        result["$schema"] = .string(metaSchema)
        result["$id"] = .string(id)
        result["title"] = .string(title)
        result["description"] = .string(description)
        result["$defs"] = .object(defs)
        return .object(result)
    }

    // MARK: Building blocks

    /// A JSON value: the small subset a schema needs.
    indirect enum Value: Encodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
        ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
    {
        case string(String), int(Int), bool(Bool), array([Value]), object([String: Value])

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .int(value) }
        init(booleanLiteral value: Bool) { self = .bool(value) }
        init(arrayLiteral elements: Value...) { self = .array(elements) }
        init(dictionaryLiteral elements: (String, Value)...) {
            self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
        }

        /// The members of an object (empty for anything else).
        var object: [String: Value] {
            if case .object(let members) = self { return members }
            return [:]
        }

        /// The same object with one member set.
        func with(_ key: String, _ value: Value) -> Value {
            var members = object
            members[key] = value
            return .object(members)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }

    /// A reference to an entry of `$defs`.
    static func ref(_ name: String) -> Value { ["$ref": .string("#/$defs/\(name)")] }

    /// A list of `items`; `nullable` where the loader reads an empty value (`key:`) as an empty list.
    static func list(_ items: Value, nullable: Bool = false, minItems: Int = 0) -> Value {
        var result: Value = ["type": nullable ? ["array", "null"] : "array", "items": items]
        if minItems > 0 { result = result.with("minItems", .int(minItems)) }
        return result
    }

    /// A list of strings from `names`, as an enum.
    static func oneOf(_ names: [String]) -> Value { ["type": "string", "enum": .array(names.map(Value.string))] }

    /// A mapping with exactly `keys` (the decoder's allowed keys, in its order), each with its
    /// schema from `properties` and its description from `descriptions` (looked up by key name,
    /// `scope.key` first). A key without a schema accepts any value; one without a description
    /// gets none, and the schema tests fail on it.
    static func mapping(
        _ scope: String, keys: [String], required: [String], properties: [String: Value],
        descriptions: [String: String], extra: [String: Value] = [:]
    ) -> Value {
        var members: [String: Value] = [:]
        for key in keys {
            var property = properties[key] ?? [:]
            if let text = descriptions["\(scope).\(key)"] ?? descriptions[key] { property = property.with("description", .string(text)) }
            members[key] = property
        }
        var result: [String: Value] = [
            "type": "object",
            "additionalProperties": false,
            "properties": .object(members),
        ]
        let requiredKeys = required.filter(keys.contains)
        if !requiredKeys.isEmpty { result["required"] = .array(requiredKeys.map(Value.string)) }
        result.merge(extra) { _, new in new }
        return .object(result)
    }

    // MARK: Patterns

    /// Ids: lowercase ASCII letters and digits joined by single hyphens (``Slug/isValid(_:)``),
    /// at most ``Slug/maximumLength`` characters (the schema says that with `maxLength`).
    static let slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    /// Text that is not empty after trimming white space, as ``YAMLReader/text(_:what:)`` requires.
    static let nonBlankPattern = "\\S"

    /// `word` matched without regard to case (JSON Schema patterns have no flags).
    static func caseInsensitive(_ word: String) -> String {
        word.map { character in
            let lower = character.lowercased(), upper = character.uppercased()
            return lower == upper ? String(character) : "[\(lower)\(upper)]"
        }.joined()
    }

    /// A whole number from 1 to `maximum` in at most `digits` ASCII digits, leading zeros
    /// allowed, as ``DurationParser`` reads one.
    static func boundedNumberPattern(maximum: Int, digits: Int) -> String {
        func padded(_ pattern: String, length: Int) -> String {
            let padding = digits - length
            return (padding > 1 ? "0{0,\(padding)}" : padding == 1 ? "0?" : "") + pattern
        }
        func anyDigits(_ count: Int) -> String { count == 0 ? "" : count == 1 ? "[0-9]" : "[0-9]{\(count)}" }
        let top = Array(String(maximum))
        // Shorter than `maximum`: any number of that length.
        var alternatives = (1..<top.count).map { padded("[1-9]" + anyDigits($0 - 1), length: $0) }
        // As long as `maximum`: a smaller digit at some place, anything after it; or `maximum` itself.
        var longest: [String] = []
        for index in top.indices {
            let digit = top[index].wholeNumberValue ?? 0, low = index == 0 ? 1 : 0
            guard digit > low else { continue }
            let range = digit - 1 == low ? "\(low)" : "[\(low)-\(digit - 1)]"
            longest.append(String(top[..<index]) + range + anyDigits(top.count - index - 1))
        }
        longest.append(String(top))
        alternatives.append(padded(longest.count == 1 ? longest[0] : "(?:" + longest.joined(separator: "|") + ")", length: top.count))
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }
}
