import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkCheck
import WaymarkModel

/// `--root`, which every command takes.
package struct RootOption: ParsableArguments {
    package init() {}

    @Option(help: ArgumentHelp("The project folder, holding waymark.yml, Content/, Templates/ and Public/.", valueName: "dir"))
    package var root: String = "."

    /// The project folder, resolved against the working folder.
    package func rootURL(in workingDirectory: URL) -> URL {
        URL(fileURLWithPath: root, relativeTo: workingDirectory).standardizedFileURL
    }
}

/// Options most commands share: the root and the text or JSON diagnostics.
package struct ProjectOptions: ParsableArguments {
    package init() {}

    @OptionGroup package var location: RootOption

    @Option(help: ArgumentHelp("How to print diagnostics: text or json.", valueName: "format"))
    package var format: OutputFormat = .text

    package func rootURL(in workingDirectory: URL) -> URL { location.rootURL(in: workingDirectory) }
}

extension OutputFormat: ExpressibleByArgument {}

/// How the product-model check is run.
package struct CheckFlags: ParsableArguments {
    package init() {}

    @Option(help: ArgumentHelp("Today's date for the age of third-party models (default: today).", valueName: "YYYY-MM-DD"))
    package var today: String?

    @Option(help: ArgumentHelp("Warn about guides on third-party surfaces whose model was verified more than this many days ago.", valueName: "days"))
    package var maxModelAge: Int = 180

    package func validate() throws {
        if let today, ModelDates.parse(today) == nil { throw ValidationError("--today takes a date as YYYY-MM-DD, not '\(today)'") }
        if maxModelAge < 0 { throw ValidationError("--max-model-age takes a number of days, 0 or more") }
    }

    package func options(coverage: Bool = false) -> CheckOptions {
        CheckOptions(today: today.flatMap(ModelDates.parse) ?? Date(), maximumModelAge: maxModelAge, reportCoverage: coverage)
    }
}
