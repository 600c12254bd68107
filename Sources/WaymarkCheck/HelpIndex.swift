import Foundation
import WaymarkBase
import WaymarkModel

/// For each surface, screen, element and action: the guide steps that document it, so an
/// app can open the right help for the screen a user is on.
public struct HelpIndex: Sendable, Hashable {
    /// What a user acts on.
    public struct Key: Hashable, Sendable, Comparable {
        public var surface: String, screen: String, element: String, action: String

        /// Creates a key.
        public init(surface: String, screen: String, element: String, action: String) {
            self.surface = surface
            self.screen = screen
            self.element = element
            self.action = action
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.surface, a.screen, a.element, a.action) < (b.surface, b.screen, b.element, b.action)
        }
    }

    /// A step of a guide.
    public struct Reference: Hashable, Sendable, Comparable {
        public var guide: String, step: String

        /// Creates a reference.
        public init(guide: String, step: String) {
            self.guide = guide
            self.step = step
        }

        public static func < (a: Reference, b: Reference) -> Bool { (a.guide, a.step) < (b.guide, b.step) }
    }

    /// The documented actions and their steps.
    public private(set) var entries: [Key: Set<Reference>] = [:]

    /// An empty index.
    public init() {}

    mutating func add(_ key: Key, _ reference: Reference) { entries[key, default: []].insert(reference) }

    /// Whether any guide documents `key`.
    public func documents(_ key: Key) -> Bool { entries[key] != nil }

    /// The index as a versioned JSON document (schema version 1), with each step's page
    /// path and anchor in every locale, relative to the site root.
    public func json(locales: [LocaleID], pageLocale: (LocaleID, String) -> LocaleID = { locale, _ in locale }) -> String {
        var surfaces: [String: [String: [String: [String: [Entry]]]]] = [:]
        for (key, references) in entries {
            let list = references.sorted().map { reference in
                Entry(
                    guide: reference.guide, step: reference.step,
                    pages: Dictionary(
                        uniqueKeysWithValues: locales.map {
                            ($0.tag, "\(pageLocale($0, reference.guide).tag)/\(reference.guide)/index.html#\(reference.step)")
                        }))
            }
            surfaces[key.surface, default: [:]][key.screen, default: [:]][key.element, default: [:]][key.action] = list
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(version: 1, surfaces: surfaces))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var version: Int
        /// surface → screen → element → action → steps.
        var surfaces: [String: [String: [String: [String: [Entry]]]]]
    }

    struct Entry: Encodable {
        var guide: String
        var step: String
        var pages: [String: String]
    }
}
