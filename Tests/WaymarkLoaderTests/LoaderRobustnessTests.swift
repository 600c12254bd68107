import Foundation
import Testing
import WaymarkBase
import WaymarkTestSupport

@testable import WaymarkLoader

/// Thousands of broken variants of the seed: the loader never crashes, and every
/// diagnostic points inside the file it names.
@Suite struct LoaderRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let hostile: [String] = [":", "-", "\"", "'", "[", "]", "{", "}", "\t", "é", "✅", "<", "&", "*", "\n", "#", "|", ">", "`", "\\", "\r\n", " ", "!", "%", "@", "\u{0}"]

    static func mutate(_ lines: [String], with generator: inout Generator) -> String {
        var lines = lines
        for _ in 0...generator.next(3) {
            let index = generator.next(lines.count)
            switch generator.next(6) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: generator.next(lines.count))
            case 2: lines.swapAt(index, generator.next(lines.count))
            case 3:
                var scalars = Array(lines[index].unicodeScalars)
                let character = hostile[generator.next(hostile.count)]
                scalars.insert(contentsOf: character.unicodeScalars, at: generator.next(scalars.count + 1))
                lines[index] = String(String.UnicodeScalarView(scalars))
            case 4: lines[index] = "  " + lines[index]
            default: lines[index] = String(lines[index].dropFirst(2))
            }
            if lines.isEmpty { lines = [""] }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: 0..<4)
    func mutatedSeedsNeverCrashAndStayInsideTheFile(_ batch: Int) throws {
        let seed = try String(contentsOf: TestPaths.seedGuide, encoding: .utf8)
        let lines = seed.components(separatedBy: "\n")
        var generator = Generator(state: UInt64(batch + 1) * 7919)
        var withErrors = 0
        for iteration in 0..<400 {
            let text = Self.mutate(lines, with: &generator)
            let (_, diagnostics) = GuideFileLoader.load(text: text, file: "g.yaml")
            if diagnostics.hasErrors { withErrors += 1 }
            let lineCount = text.components(separatedBy: "\n").count
            for diagnostic in diagnostics {
                guard let location = diagnostic.location else { continue }
                #expect(
                    location.line >= 1 && location.line <= lineCount + 1 && location.column >= 1,
                    "batch \(batch) iteration \(iteration): \(diagnostic.headline)")
                _ = diagnostic.formatted(source: text)
            }
        }
        #expect(withErrors > 100, "the mutations do break the guide")
    }
}
