/// A position in a text file: 1-based line, 1-based column counted in Unicode scalars.
///
/// Unicode scalars are what libyaml counts; positions that come from cmark (UTF-8 bytes)
/// are converted with ``SourceText/location(utf8Offset:)`` before they become diagnostics.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and a 1-based column in Unicode scalars.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

    /// The location `count` scalars further along the same line.
    public func advanced(byColumns count: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + count)
    }
}

/// A half-open range between two locations in the same file.
public struct SourceRange: Hashable, Sendable {
    /// The first position covered.
    public var start: SourceLocation
    /// The position just past the last one covered.
    public var end: SourceLocation

    /// Creates a range; `end` defaults to `start` (an insertion point).
    public init(start: SourceLocation, end: SourceLocation? = nil) {
        self.start = start
        self.end = end ?? start
    }
}
