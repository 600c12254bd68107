import Foundation
import Testing

/// Whether the browser suites can run here: Chromium and chromedriver, as
/// `Scripts/install-test-tools.sh` installs them.
public enum Browser {
    /// The chromedriver executable, if installed.
    public static let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether both Chromium and chromedriver are installed.
    public static var isInstalled: Bool { chromedriver != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") }

    /// `make test` (and so CI) sets `WAYMARK_REQUIRE_BROWSER=1`: there a missing browser is a
    /// failure of the suite, not a skip.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["WAYMARK_REQUIRE_BROWSER"] == "1" }

    /// The trait of every suite that drives Chromium: without a browser the suite is skipped
    /// and `swift test` says why, unless the browser is required.
    public static var needed: ConditionTrait {
        .enabled(
            if: isInstalled || isRequired,
            "Chromium and chromedriver are not installed: the browser suites are skipped (run Scripts/install-test-tools.sh, or set WAYMARK_REQUIRE_BROWSER=1 to make this a failure)"
        )
    }
}
