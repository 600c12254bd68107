// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "waymark", targets: ["waymark"]),
        .executable(name: "waymark-check", targets: ["waymark-check"]),
        .executable(name: "waymark-help", targets: ["waymark-help"]),
        .library(name: "WaymarkHelp", targets: ["WaymarkHelp"]),
        .library(name: "WaymarkSite", targets: ["WaymarkSite"]),
        .plugin(name: "WaymarkLintPlugin", targets: ["WaymarkLintPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // libcmark, and nothing else: a module map and a one-line shim header.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // SQLite (FTS5), and nothing else: a module map and a one-line shim header.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The library apps embed: opens a verified help bundle; context help, search, guides. No generator code.
        .target(name: "WaymarkHelp", dependencies: ["CSQLite"]),
        // Source positions, diagnostics, locale ids: imported by everything, imports nothing.
        .target(name: "WaymarkBase"),
        // The product model: surfaces, screens, elements, and the action vocabulary.
        .target(name: "WaymarkModel", dependencies: ["WaymarkBase"]),
        // The typed guide: what a help writer means, with source positions.
        .target(name: "WaymarkGuide", dependencies: ["WaymarkBase", "WaymarkModel"]),
        // The one place that talks to libcmark.
        .target(name: "WaymarkMarkdown", dependencies: ["CCmark", "WaymarkBase"]),
        // The project as a value: waymark.yml, the resolved paths (defaults written once), the
        // source-text registry, the rule catalog type and the rule policy (suppressions, settings).
        .target(name: "WaymarkProject", dependencies: ["WaymarkBase", "WaymarkGuide"]),
        // YAML files to guides, collecting positioned diagnostics.
        .target(
            name: "WaymarkLoader",
            dependencies: ["WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        // A guide and a locale to a Markdown document tree, rendered as CommonMark and HTML.
        .target(name: "WaymarkRender", dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown"]),
        // Translations: PO catalogs, XLIFF exchange, and their checks.
        // Waymark's own interface strings ship as PO catalogs in Interface/ (one per locale).
        .target(
            name: "WaymarkL10n", dependencies: ["WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkRender"],
            resources: [.copy("Interface")]
        ),
        // The companion checker: walks every method through the product model.
        .target(name: "WaymarkCheck", dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel"]),
        // Field-aware style rules over the typed guide, one rule per file.
        .target(name: "WaymarkStyle", dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkProject", "WaymarkMarkdown"]),
        // The pipeline as named steps over one build context: load, check, policy; the command
        // step lists that need no site (check, the translators' workflow), the rule catalog.
        .target(
            name: "WaymarkPipeline",
            dependencies: [
                "WaymarkBase", "WaymarkProject", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkLoader", "WaymarkRender", "WaymarkCheck",
                "WaymarkL10n", "WaymarkStyle", "WaymarkExport",
            ]
        ),
        // The static help site: rendered guides and templates to pages, written atomically; its steps.
        .target(
            name: "WaymarkSite",
            dependencies: [
                "WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkGuide", "WaymarkModel", "WaymarkLoader", "WaymarkRender", "WaymarkCheck",
                "WaymarkL10n", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The embedded help export: checked, rendered guides to a help bundle (manifest, fragments, JSON, FTS5, web view).
        .target(
            name: "WaymarkExport",
            dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkRender", "WaymarkCheck", "WaymarkHelp"]
        ),
        // `waymark lint`'s outputs (GitHub, SARIF, JUnit), baselines, changed-only mode, the rules reference.
        .target(name: "WaymarkLint", dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkProject", "WaymarkPipeline"]),
        // `waymark serve`: the site in memory behind a local HTTP server (FlyingFox), rebuilt on every edit, pages reloaded over a WebSocket.
        .target(
            name: "WaymarkServe",
            dependencies: ["WaymarkBase", "WaymarkCheck", "WaymarkPipeline", "WaymarkSite", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // `waymark check` as a library: the console, diagnostics output, exit statuses and the
        // check command; no Mustache, no site writer (the dependency-graph test holds it to that).
        .target(
            name: "WaymarkCheckCLI",
            dependencies: [
                "WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkCheck", "WaymarkModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The command line as a library, so tests call it with injected arguments.
        .target(
            name: "WaymarkCLI",
            dependencies: [
                "WaymarkBase", "WaymarkProject", "WaymarkPipeline", "WaymarkCheckCLI", "WaymarkLoader", "WaymarkSite", "WaymarkCheck", "WaymarkModel", "WaymarkL10n", "WaymarkLint",
                "WaymarkExport", "WaymarkServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "waymark", dependencies: ["WaymarkCLI"]),
        // The checker alone, for product teams' CI: `waymark-check` is `waymark check`.
        .executableTarget(name: "waymark-check", dependencies: ["WaymarkCheckCLI"]),
        // `waymark-help`: a bundle tried from the terminal, through WaymarkHelp as an app uses it.
        .target(name: "WaymarkHelpCLI", dependencies: ["WaymarkHelp"]),
        .executableTarget(name: "waymark-help", dependencies: ["WaymarkHelpCLI"]),
        // `swift package waymark-lint`: the linter where Swift teams already are.
        .plugin(
            name: "WaymarkLintPlugin",
            capability: .command(
                intent: .custom(verb: "waymark-lint", description: "Lint the help content (waymark lint) of this package's folder."),
                permissions: []
            ),
            dependencies: ["waymark"]
        ),
        // Test support: marked text, diagnostics and snapshot assertions, temporary projects,
        // the real binary and browser drivers. Every test target below depends on it.
        .target(
            name: "WaymarkTestSupport",
            dependencies: ["WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkLoader", "WaymarkCheck", "WaymarkHelp"],
            path: "Tests/WaymarkTestSupport"
        ),
        // The tests that need several modules or the real binary. New tests that need only one
        // module go to that module's test target.
        .testTarget(
            name: "WaymarkTests",
            dependencies: [
                "WaymarkTestSupport", "WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkMarkdown", "WaymarkLoader",
                "WaymarkRender", "WaymarkCheck", "WaymarkL10n", "WaymarkSite", "WaymarkStyle", "WaymarkLint", "WaymarkCLI", "waymark", "waymark-check",
                "WaymarkHelp", "WaymarkExport", "WaymarkHelpCLI", "waymark-help", "WaymarkProject", "WaymarkPipeline", "WaymarkCheckCLI", "WaymarkServe",
            ],
            exclude: ["__Snapshots__"]
        ),
        // One test target per module for the tests that need only that module.
        .testTarget(name: "WaymarkBaseTests", dependencies: ["WaymarkTestSupport", "WaymarkBase"]),
        .testTarget(name: "WaymarkLoaderTests", dependencies: ["WaymarkTestSupport", "WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkLoader"]),
        .testTarget(name: "WaymarkL10nTests", dependencies: ["WaymarkTestSupport", "WaymarkBase", "WaymarkL10n"]),
        .testTarget(name: "WaymarkHelpTests", dependencies: ["WaymarkTestSupport", "WaymarkHelp"]),
        // Each style rule on an in-memory guide and a frozen model: no disk, no pipeline.
        .testTarget(
            name: "WaymarkStyleTests",
            dependencies: ["WaymarkTestSupport", "WaymarkBase", "WaymarkGuide", "WaymarkModel", "WaymarkLoader", "WaymarkStyle"],
            exclude: ["Fixtures"]
        ),
        // The suites that drive Chromium (skipped, with a message, where it is not installed;
        // `make test` sets WAYMARK_REQUIRE_BROWSER=1) and the preview server's process tests.
        .testTarget(
            name: "WaymarkBrowserTests",
            dependencies: ["WaymarkTestSupport", "WaymarkBase", "WaymarkModel", "WaymarkSite", "WaymarkHelp", "waymark"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harnesses (Fuzz/README.md) exist only when WAYMARK_FUZZ=1: they have no
// `main` (libFuzzer brings it) and link only with -sanitize=fuzzer, so a plain `swift build`
// or `swift test` on Linux or macOS must not see them. Scripts/fuzz.sh sets the variable.
if Context.environment["WAYMARK_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "WaymarkFuzz",
            dependencies: ["WaymarkBase", "WaymarkLoader", "WaymarkRender", "WaymarkL10n", "WaymarkMarkdown"],
            path: "Fuzz/WaymarkFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ))
    package.products.append(.executable(name: "WaymarkFuzz", targets: ["WaymarkFuzz"]))
}
