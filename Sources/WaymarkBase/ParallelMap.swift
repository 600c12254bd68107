import Dispatch
import Foundation

/// Maps a collection on all cores, keeping the input order in the result.
package enum ParallelMap {
    /// `transform` applied to each element, concurrently; the result is in input order.
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let box = ResultBox<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            box.set(transform(elements[index]), at: index)
        }
        return box.values.map { $0! }
    }
}

private final class ResultBox<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ value: Value, at index: Int) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
