import Foundation

/// The locales to try, in order, for a requested locale: the exact tag, the bare language,
/// any region of the same language, then the source locale.
enum LocaleFallback {
    static func chain(for requested: String, available: [String], source: String) -> [String] {
        func language(_ tag: String) -> String { String(tag.split(separator: "-").first ?? Substring(tag)).lowercased() }
        var chain: [String] = []
        func add(_ tag: String) { if !chain.contains(tag) { chain.append(tag) } }
        if let exact = available.first(where: { $0.caseInsensitiveCompare(requested) == .orderedSame }) { add(exact) }
        let wanted = language(requested)
        if let bare = available.first(where: { $0.lowercased() == wanted }) { add(bare) }
        for tag in available.sorted() where language(tag) == wanted { add(tag) }
        if available.contains(source) { add(source) }
        return chain
    }
}
