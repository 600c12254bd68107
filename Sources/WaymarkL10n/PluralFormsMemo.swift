import Foundation

/// `PluralForms.problem` once per distinct header value: every catalog of a locale has the
/// same `Plural-Forms`, and checking one evaluates its expression for a thousand values of n
/// (13 % of `waymark check` at 5,000 pages when done per catalog).
final class PluralFormsMemo: @unchecked Sendable {
    static let shared = PluralFormsMemo()
    private let lock = NSLock()
    private var problems: [String: String?] = [:]

    func problem(_ value: String) -> String? {
        lock.lock()
        if let known = problems[value] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let found = PluralForms.problem(value)
        lock.lock()
        // A project has a handful of distinct values; a hostile one with thousands stays bounded.
        if problems.count < 1024 { problems[value] = .some(found) }
        lock.unlock()
        return found
    }
}
