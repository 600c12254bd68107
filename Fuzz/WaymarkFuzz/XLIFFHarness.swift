import Foundation
import WaymarkBase
import WaymarkL10n

/// An XLIFF file through the importer's reader (DTD and entity refusal, then XMLParser).
enum XLIFFHarness {
    static func run(_ data: Data) {
        let (_, units, diagnostics) = XLIFF.read(data, path: "x.xlf")
        precondition(units.isEmpty || !diagnostics.hasErrors, "units read from a refused file")
        for diagnostic in diagnostics { _ = diagnostic.formatted(source: nil) }
    }
}
