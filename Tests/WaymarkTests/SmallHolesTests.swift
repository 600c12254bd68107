import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
@testable import WaymarkLoader

/// The smaller holes: ids Windows cannot use as file names, numbers as platforms.
@Suite struct SmallHolesTests {
    @Test(arguments: ["con", "nul", "aux", "prn", "com1", "lpt9"])
    func aWindowsDeviceNameCannotBeAGuideID(_ id: String) {
        let (guide, diagnostics) = GuideFileLoader.load(text: minimalGuide(id: id), file: "g.yaml")
        #expect(guide == nil || guide?.id != id)
        #expect(diagnostics.map(\.headline).contains("g.yaml:1:5: error: '\(id)' cannot be a guide id: Windows reserves it as a device name, so the site could not be copied there [guide.invalid-id]"),
                "\(diagnostics.map(\.headline))")
    }

    @Test func idsThatOnlyLookReservedAreFine() {
        for id in ["console", "com10", "nullable", "aux-cable", "com"] { #expect(!Slug.isWindowsReserved(id), "\(id)") }
    }

    @Test func aNumberIsNotAPlatform() {
        let text = minimalGuide(id: "g").replacingOccurrences(of: "    title: The only method", with: "    title: The only method\n    platforms: [windows, 7]")
        let (_, diagnostics) = GuideFileLoader.load(text: text, file: "g.yaml")
        #expect(diagnostics.map(\.headline) == ["g.yaml:7:26: error: '7' is not a platform [guide.invalid-id]"], "\(text)")
    }
}
