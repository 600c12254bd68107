import Foundation
import WaymarkHelp

extension HelpClient {
    /// Times `search` and `help(forSurface:…)` through the library: words of every locale's
    /// guide titles and summaries as queries, every screen of the context index, `rounds` times over.
    static func benchmark(_ bundle: HelpBundle, rounds: Int, out: (String) -> Void) -> Int32 {
        var queries: [(query: String, locale: String)] = []
        for locale in bundle.manifest.locales {
            var words: [String] = []
            for guide in locale.guides {
                for word in (guide.title + " " + guide.summary).split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
                    let text = String(word)
                    if !words.contains(text) { words.append(text) }
                }
                if words.count >= 40 { break }
            }
            queries += words.prefix(40).map { ($0, locale.tag) }
        }
        let screens = bundle.surfaces.flatMap { surface in bundle.screens(inSurface: surface).map { (surface, $0) } }
        let clock = ContinuousClock()
        var searchTimes: [Duration] = [], contextTimes: [Duration] = []
        var found = 0
        for _ in 0..<rounds {
            for (query, locale) in queries {
                var count = 0
                searchTimes.append(clock.measure { count = (try? bundle.search(query, locale: locale))?.count ?? 0 })
                found += count > 0 ? 1 : 0
            }
            for locale in bundle.locales {
                for (surface, screen) in screens {
                    contextTimes.append(clock.measure { _ = bundle.help(forSurface: surface, screen: screen, locale: locale) })
                }
            }
        }
        func line(_ name: String, _ times: [Duration]) -> String {
            let sorted = times.sorted()
            guard !sorted.isEmpty else { return "\(name): no queries\n" }
            func microseconds(_ duration: Duration) -> String {
                let value = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
                return String(format: "%.0f µs", value)
            }
            let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
            return "\(name): \(sorted.count) queries, median \(microseconds(sorted[sorted.count / 2])), p99 \(microseconds(p99))\n"
        }
        let opening = (0..<3).map { _ in clock.measure { _ = try? HelpBundle(contentsOf: bundle.url) } }.min() ?? .zero
        out(
            String(
                format: "open and verify %d files: %.0f ms\n", bundle.manifest.files.count,
                Double(opening.components.seconds) * 1000 + Double(opening.components.attoseconds) / 1e15))
        out(line("search", searchTimes))
        out(line("context", contextTimes))
        out("(\(found) of \(searchTimes.count) searches found a guide)\n")
        return 0
    }
}
