/// Which link destinations content may use: web, mail and phone links, and relative ones.
package enum LinkSafety {
    /// URL schemes allowed in content links.
    package static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether a link destination is safe to publish: an allowed scheme (or none), and no
    /// `<`, `>`, spaces or control characters (cmark writes such a link back as an autolink
    /// `<…>` whose inside would be read as raw HTML).
    package static func isSafe(_ destination: String) -> Bool {
        if destination.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "<" || $0 == ">" }) {
            return false
        }
        guard let scheme = scheme(of: destination) else { return !isProtocolRelative(destination) }
        return allowedSchemes.contains(scheme)
    }

    /// Whether a destination is a link to another guide of the project, `guide:slug` or
    /// `guide:slug#step` (issue 15): checked against the guides and rewritten to the guide's page
    /// by the renderer; one left as written (inside a code span, say) is unwrapped to its text.
    package static func isGuideLink(_ destination: String) -> Bool {
        guard destination.hasPrefix("guide:") else { return false }
        let rest = destination.dropFirst(6)
        return !rest.isEmpty && rest.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "#" || $0 == "_" }
    }

    /// Whether a destination is `//host/…` (or `/\host`, `\\host`, which browsers read the
    /// same): it looks relative but loads from another host, over whatever the page uses.
    package static func isProtocolRelative(_ destination: String) -> Bool {
        let start = destination.unicodeScalars.drop { $0.value <= 0x20 }.prefix(2).map { $0 == "\\" ? "/" : $0 }
        return start == ["/", "/"]
    }

    /// Whether an image may be shown: only from the site itself (a relative path). An image
    /// from another host is a request the reader did not choose (a tracking pixel).
    package static func isSafeImage(_ destination: String) -> Bool {
        isSafe(destination) && scheme(of: destination) == nil
    }

    /// The lowercased scheme of a destination, ignoring the control characters and spaces
    /// that browsers skip (`java\tscript:`), or nil for a relative destination.
    package static func scheme(of destination: String) -> String? {
        let cleaned = destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = ""
        for scalar in cleaned {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
