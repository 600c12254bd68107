import Foundation
import WaymarkBase
import WaymarkSite

/// Runs the pipeline for the preview (everything `validate` checks, the pages kept in memory)
/// and tells the site and the open pages what came of it.
actor PreviewBuilder {
    private let options: PreviewServer.Options
    private let site: ServedSite
    private let hub: LiveHub
    private let events: PreviewServer.Events
    private let incremental = IncrementalBuild()
    private var generation = 0
    private var lastGood = 0
    /// "3 guides in 4 locales", from the last good build.
    private(set) var summary = "the help site"

    init(options: PreviewServer.Options, site: ServedSite, hub: LiveHub, events: PreviewServer.Events) {
        (self.options, self.site, self.hub, self.events) = (options, site, hub, events)
    }

    /// Builds again; `changed` holds the absolute paths that changed (nil: not known, everything is rebuilt).
    func rebuild(reason: String?, changed: Set<String>? = nil) async {
        let started = ContinuousClock.now
        var configured = SiteBuilder.Options.configured(root: options.root)
        configured.check = options.check
        configured.allowCheckErrors = options.allowCheckErrors
        let report = incremental.validate(configured, changed: changed.flatMap { relative($0) })
        if !report.diagnostics.isEmpty { events.diagnostics(report.diagnostics, report.sources) }
        events.timings?(report.timings)
        let elapsed = Int((ContinuousClock.now - started) / .milliseconds(1))
        guard !report.diagnostics.hasErrors, !report.files.isEmpty else {
            let text = events.text(report.diagnostics, report.sources)
            await site.fail(text)
            await hub.publish([LiveReload.buildMessage(lastGood), LiveReload.errorMessage(text)])
            events.info("Build failed in \(elapsed) ms; \(lastGood == 0 ? "nothing to serve yet" : "still serving the last good build")")
            return
        }
        generation += 1
        lastGood = generation
        await site.install(SiteSnapshot(files: report.files, generation: generation))
        await hub.publish([LiveReload.buildMessage(generation)])
        summary = "\(report.guideCount) guide\(report.guideCount == 1 ? "" : "s") in \(report.localeCount) locale\(report.localeCount == 1 ? "" : "s")"
        if reason != nil { events.info("Rebuilt \(summary) in \(elapsed) ms (build \(generation))") }
    }

    /// The paths relative to the project root, or nil when one is outside it.
    private func relative(_ paths: Set<String>) -> Set<String>? {
        let root = options.root.standardizedFileURL.path
        var result: Set<String> = []
        for path in paths {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            guard standard.hasPrefix(root + "/") else { return nil }
            result.insert(String(standard.dropFirst(root.count + 1)))
        }
        return result
    }
}
