import Foundation

/// What a long-running process (`waymark serve`) keeps between builds so that a change
/// recomputes only what depends on it: each result is stored with the inputs it depends on
/// (`guide:<id>` for a guide and its catalogs, `titles:<locale>` for the guide titles of a
/// locale), and a change removes exactly the results that depend on what changed. Results
/// keyed by a file's text (a parsed guide or catalog) are reused only for the same text.
///
/// A build uses the cache bound to ``current`` (nil in `waymark build`, `check` and the
/// tests of the pipeline: then nothing is kept). The pipeline reads it once on the calling
/// thread and hands it to its parallel work.
public final class BuildCache: @unchecked Sendable {
    @TaskLocal public static var current: BuildCache?

    private struct Entry {
        var value: any Sendable
        var dependencies: [String]
    }

    private struct EntryKey: Hashable {
        var space: String
        var key: String
    }

    private let lock = NSLock()
    private var entries: [String: [String: Entry]] = [:]
    /// For each dependency, the results that depend on it (so a change finds them without a scan).
    private var dependents: [String: Set<EntryKey>] = [:]
    private var texts: [String: [String: (text: String, value: any Sendable)]] = [:]
    private var remembered: [String: any Sendable] = [:]

    /// The files (paths relative to the project root) that changed since the last build, when
    /// the preview's watcher knows them; nil when it does not (every file is read again).
    private var changed: Set<String>?

    public init() {}

    /// Starts a build in which only `paths` changed since the last one (nil: not known).
    public func begin(changed paths: Set<String>?) {
        lock.lock()
        changed = paths
        lock.unlock()
    }

    /// The text of `path` and what was made from it in the last build, when this build knows the
    /// file did not change since: the preview then does not read it again.
    public func unchanged<Value: Sendable>(_ space: String, path: String, as type: Value.Type = Value.self) -> (text: String, value: Value)? {
        lock.lock()
        defer { lock.unlock() }
        guard let changed, !changed.contains(path), let known = texts[space]?[path], let value = known.value as? Value else { return nil }
        return (known.text, value)
    }

    /// The result stored under `key` in `space`, if nothing it depends on changed since.
    public func value<Value: Sendable>(_ space: String, _ key: String, as type: Value.Type = Value.self) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return entries[space]?[key]?.value as? Value
    }

    /// The keys of the results kept in `space`.
    public func keys(_ space: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(entries[space].map { Array($0.keys) } ?? [])
    }

    /// Stores a result with what it depends on.
    public func store(_ value: some Sendable, _ space: String, _ key: String, dependsOn dependencies: [String]) {
        lock.lock()
        let entryKey = EntryKey(space: space, key: key)
        if let old = entries[space]?[key] { for dependency in old.dependencies { dependents[dependency]?.remove(entryKey) } }
        entries[space, default: [:]][key] = Entry(value: value, dependencies: dependencies)
        for dependency in dependencies { dependents[dependency, default: []].insert(entryKey) }
        lock.unlock()
    }

    /// `compute()`, or its stored result when nothing it depends on changed.
    public func cached<Value: Sendable>(_ space: String, _ key: String, dependsOn dependencies: [String], _ compute: () -> Value) -> Value {
        if let known = value(space, key, as: Value.self) { return known }
        let computed = compute()
        store(computed, space, key, dependsOn: dependencies)
        return computed
    }

    /// What was made from a file's text, when the text is the same as last time.
    public func parsed<Value: Sendable>(_ space: String, path: String, text: String, _ compute: () -> Value) -> Value {
        lock.lock()
        if let known = texts[space]?[path], known.text == text, let value = known.value as? Value {
            lock.unlock()
            return value
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        texts[space, default: [:]][path] = (text, computed)
        lock.unlock()
        return computed
    }

    /// Removes every result that depends on one of `dependencies`.
    public func invalidate(_ dependencies: Set<String>) {
        guard !dependencies.isEmpty else { return }
        lock.lock()
        var doomed: Set<EntryKey> = []
        for dependency in dependencies { if let keys = dependents.removeValue(forKey: dependency) { doomed.formUnion(keys) } }
        for entryKey in doomed {
            guard let entry = entries[entryKey.space]?.removeValue(forKey: entryKey.key) else { continue }
            for dependency in entry.dependencies { dependents[dependency]?.remove(entryKey) }
        }
        lock.unlock()
    }

    /// Removes every result (parsed texts are kept: they are checked against the text).
    public func invalidateAll() {
        lock.lock()
        entries = [:]
        dependents = [:]
        remembered = [:]
        lock.unlock()
    }

    /// Replaces a value remembered from the last build (such as a locale's title table),
    /// returning the one it replaces (nil the first time).
    public func exchange<Value: Sendable>(_ value: Value, as name: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let previous = remembered[name] as? Value
        remembered[name] = value
        return previous
    }

    /// The value remembered under `name` from the last build, if any.
    public func remembered<Value: Sendable>(_ name: String, as type: Value.Type = Value.self) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return remembered[name] as? Value
    }

    /// `make()`'s text, or the one remembered under `name` when the last build made it from
    /// equal `inputs` (a page whose inputs are all in them: a locale's index, the context-help index).
    public func text<Inputs: Equatable & Sendable>(_ name: String, inputs: Inputs, _ make: () -> String) -> String {
        if let known = remembered(name, as: (inputs: Inputs, text: String).self), known.inputs == inputs { return known.text }
        let text = make()
        _ = exchange((inputs: inputs, text: text), as: name)
        return text
    }

    /// The dependency name of a guide (its file, its catalogs in every locale).
    public static func guide(_ id: String) -> String { "guide:" + id }
    /// The dependency name of a guide's title in a locale (pages that link to the guide show it).
    public static func title(_ locale: String, _ id: String) -> String { "title:" + locale + "/" + id }
}

extension Optional where Wrapped == BuildCache {
    /// `compute()`, through the cache when there is one.
    public func cachedOrNot<Value: Sendable>(_ space: String, _ key: String, dependsOn dependencies: @autoclosure () -> [String], _ compute: () -> Value) -> Value {
        guard let cache = self else { return compute() }
        return cache.cached(space, key, dependsOn: dependencies(), compute)
    }

    /// What was made from the file at `path` in the last build when it did not change since
    /// (with its text), else what `read()` and `parse` make of it now, through the cache.
    public func readOrKept<Value: Sendable>(
        _ space: String, path: String, read: () -> Result<String, Diagnostic>, _ parse: (String) -> Value
    ) -> Result<(text: String, value: Value), Diagnostic> {
        if let known = self?.unchanged(space, path: path, as: Value.self) { return .success(known) }
        return read().map { text in (text, parsedOrNot(space, path: path, text: text) { parse(text) }) }
    }

    /// What was made from a file's text, through the cache when there is one.
    public func parsedOrNot<Value: Sendable>(_ space: String, path: String, text: String, _ compute: () -> Value) -> Value {
        guard let cache = self else { return compute() }
        return cache.parsed(space, path: path, text: text, compute)
    }
}
