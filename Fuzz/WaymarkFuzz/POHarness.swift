import Foundation
import WaymarkBase
import WaymarkL10n

/// A catalog through the PO parser; one that parses cleanly is written and read back.
enum POHarness {
    static func run(_ data: Data) {
        guard let text = Harness.text(data, file: "c.po") else { return }
        let (catalog, diagnostics) = POParser.parse(text, file: "c.po")
        _ = diagnostics.formatted(sources: ["c.po": text])
        guard !diagnostics.hasErrors else { return }
        _ = POParser.parse(POWriter.write(catalog), file: "c.po")
    }
}
