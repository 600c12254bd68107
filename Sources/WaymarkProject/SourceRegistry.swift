/// The texts of the files a run read, by path relative to the root, for showing source lines
/// beside diagnostics. The first text registered for a path wins: a file is read once.
public struct SourceRegistry: Sendable, Equatable {
    /// Every registered text, by path.
    public private(set) var texts: [String: String] = [:]

    /// An empty registry.
    public init() {}

    /// A registry holding `texts`.
    public init(_ texts: [String: String]) { self.texts = texts }

    /// Registers the text of the file at `path`, unless one is already registered.
    public mutating func add(_ path: String, _ text: String) {
        if texts[path] == nil { texts[path] = text }
    }

    /// Sets the text of the file at `path`, replacing the one registered (a guide read again after an edit).
    public mutating func replace(_ path: String, _ text: String?) { texts[path] = text }

    /// Registers every text of `other` whose path has none yet.
    public mutating func add(_ other: [String: String]) {
        texts.merge(other) { first, _ in first }
    }

    /// Forgets the texts whose path `isRemoved` says (a locale `waymark.yml` does not list,
    /// a guide about to be read again).
    public mutating func remove(where isRemoved: (String) -> Bool) {
        texts = texts.filter { !isRemoved($0.key) }
    }

    /// The text registered for `path`.
    public subscript(path: String) -> String? { texts[path] }
}
