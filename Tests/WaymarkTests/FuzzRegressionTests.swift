import Foundation
import Testing
import WaymarkBase
import WaymarkL10n
import WaymarkMarkdown
import WaymarkRender
import WaymarkTestSupport

@testable import WaymarkLoader

/// Every input in Fuzz/regressions/<target>/ (crashes, leaks and hangs the fuzzers found,
/// and hand-made hostile inputs) goes through what its harness in Fuzz/WaymarkFuzz does, so
/// that what was fixed stays fixed without the fuzzer.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = TestPaths.repository.appendingPathComponent("Fuzz/regressions/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { "\(target)/\($0)" }
    }

    static let all = ["guide", "model", "po", "xliff", "markdown"].flatMap(inputs)

    @Test func thereAreRegressionInputsForEveryTarget() {
        for target in ["guide", "model", "po", "xliff", "markdown"] { #expect(!Self.inputs(target).isEmpty, "no inputs for \(target)") }
    }

    @Test(arguments: all) func replays(_ input: String) throws {
        let data = try Data(contentsOf: TestPaths.repository.appendingPathComponent("Fuzz/regressions/\(input)"))
        let target = String(input.prefix { $0 != "/" })
        func text() -> String? {
            guard case .success(let text) = FileEncoding.decode(data, file: input) else { return nil }
            return text
        }
        switch target {
        case "guide":
            guard let text = text() else { return }
            let (guide, diagnostics) = GuideFileLoader.load(text: text, file: input)
            _ = diagnostics.formatted(sources: [input: text])
            if let guide, !diagnostics.hasErrors { #expect(!GuideRenderer.render(guide, strings: .english).html.contains("<script")) }
        case "model":
            guard let text = text() else { return }
            _ = ModelLoader.load(text: text, file: input).1.formatted(sources: [input: text])
        case "po":
            guard let text = text() else { return }
            let (catalog, diagnostics) = POParser.parse(text, file: input)
            if !diagnostics.hasErrors { _ = POParser.parse(POWriter.write(catalog), file: input) }
        case "xliff":
            let (_, units, diagnostics) = XLIFF.read(data, path: input)
            #expect(units.isEmpty || !diagnostics.hasErrors)
        default:
            let markdown = String(decoding: data, as: UTF8.self)
            _ = CMark.inspectInline(markdown)
            _ = CMark.renderInline(markdown)
            #expect(!CMark.html(fromCommonMark: markdown, allowRawHTML: false).contains("<script"))
        }
    }
}
