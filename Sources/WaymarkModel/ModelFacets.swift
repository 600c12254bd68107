import WaymarkBase

/// A system branch: the product leads to another screen when a state holds.
public struct Branch: Sendable, Hashable {
    /// The state's slug, which guide steps name in `when:`.
    public var id: String
    /// The screen the user is on instead (on the same surface).
    public var leadsTo: String?
    /// Where the branch is written.
    public var range: SourceRange?

    /// Creates a branch.
    public init(id: String, leadsTo: String?, range: SourceRange? = nil) {
        self.id = id
        self.leadsTo = leadsTo
        self.range = range
    }
}

/// Something a reader must have before a guide applies: a role, a plan, a version, a feature.
public struct Requirement: Sendable, Hashable {
    /// The kinds of requirement.
    public enum Kind: String, Sendable, Hashable, CaseIterable { case role, plan, version, feature }
    /// The slug guides name in `requires:`.
    public var id: String
    /// What kind it is.
    public var kind: Kind
    /// How the product names it, per locale ("Admin", "Business plan", "Version 2.24 or later").
    public var name: LocalizedText
    /// Other requirements this one includes (an owner is also an admin).
    public var implies: [String] = []

    /// Creates a requirement.
    public init(id: String, kind: Kind, name: LocalizedText, implies: [String] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.implies = implies
    }
}

/// A variant of a surface a reader has one of (a plan, a UI generation, an edition).
public struct Variant: Sendable, Hashable {
    /// The slug steps name in `variants:`.
    public var id: String
    /// Its name as users know it, per locale.
    public var name: LocalizedText

    /// Creates a variant.
    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// The format of a field's value.
public struct InputFormat: Sendable, Hashable {
    /// The fewest and most characters.
    public var minimumLength: Int?
    public var maximumLength: Int?
    /// A regular expression the whole value must match.
    public var pattern: String?
    /// What the format is, for messages ("a 6-digit code").
    public var description: String?

    /// Creates a format.
    public init(minimumLength: Int? = nil, maximumLength: Int? = nil, pattern: String? = nil, description: String? = nil) {
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.pattern = pattern
        self.description = description
    }
}
