import WaymarkBase

/// Text with position markers (1️⃣, 2️⃣, …) that a test strips, recording where each stood,
/// so that nobody counts lines and columns by hand.
public struct MarkedText {
    /// The text without markers.
    public let text: String
    /// Where each marker stood: 1-based line and column in Unicode scalars.
    public let markers: [String: SourceLocation]

    public init(_ marked: String) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var line = 1, column = 1
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.first {
            if ("1"..."9").contains(scalar), scalars.count >= 3,
                scalars[scalars.startIndex + 1] == "\u{FE0F}", scalars[scalars.startIndex + 2] == "\u{20E3}"
            {
                markers[String(scalar) + "\u{FE0F}\u{20E3}"] = SourceLocation(line: line, column: column)
                scalars.removeFirst(3)
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars.removeFirst()
        }
        self.text = text
        self.markers = markers
    }

    public subscript(_ marker: String) -> SourceLocation? { markers[marker] }
}
