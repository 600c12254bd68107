import Foundation
import Testing
import WaymarkTestSupport

@testable import WaymarkL10n

/// A processing instruction other than the XML declaration is refused before the parser sees
/// it: one without data crashed swift-corelibs-foundation's XMLParser (the XLIFF fuzz target
/// found it in a one-hour run; the input is in Fuzz/regressions/xliff/).
@Suite struct XLIFFProcessingInstructionTests {
    @Test func aProcessingInstructionIsRefusedAtItsPosition() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"2.0\">\n  <?target?>\n</xliff>\n"
        let (_, units, diagnostics) = XLIFF.read(Data(text.utf8), path: "in.xlf")
        #expect(units.isEmpty)
        #expect(
            diagnostics.map(\.headline) == [
                "in.xlf:3:3: error: the file holds a processing instruction (<?…?>) that is not the XML declaration; it was not read [l10n.xliff-syntax]"
            ])
    }

    @Test func theXMLDeclarationFirstIsRead() {
        let text =
            "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\"></xliff>\n"
        let (_, _, diagnostics) = XLIFF.read(Data(text.utf8), path: "in.xlf")
        #expect(!diagnostics.contains { $0.message.contains("processing instruction") })
    }
}
