import Foundation
import WaymarkBase

/// libFuzzer's entry point. One executable holds every harness; `WAYMARK_FUZZ_TARGET`
/// (guide, model, po, xliff, markdown) says which one runs, so one build serves all five.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    Harness.selected(data)
    return 0
}

enum Harness {
    static let selected: @Sendable (Data) -> Void = {
        let name = ProcessInfo.processInfo.environment["WAYMARK_FUZZ_TARGET"] ?? ""
        switch name {
        case "guide": return GuideHarness.run
        case "model": return ModelHarness.run
        case "po": return POHarness.run
        case "xliff": return XLIFFHarness.run
        case "markdown": return MarkdownHarness.run
        default:
            FileHandle.standardError.write(Data("set WAYMARK_FUZZ_TARGET to guide, model, po, xliff or markdown (not '\(name)')\n".utf8))
            exit(2)
        }
    }()

    /// The bytes as the loaders get them: UTF-8 text, or the encoding diagnostic.
    static func text(_ data: Data, file: String) -> String? {
        switch FileEncoding.decode(data, file: file) {
        case .success(let text): return text
        case .failure(let diagnostic):
            precondition(diagnostic.location != nil, "an encoding error without a position")
            return nil
        }
    }
}
