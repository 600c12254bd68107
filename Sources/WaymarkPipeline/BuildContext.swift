import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkL10n
import WaymarkLoader
import WaymarkModel
import WaymarkProject
import WaymarkRender

/// What a run knows, step by step: the options, every diagnostic (tagged with its step), the
/// texts of the files read, and what the steps made (guides, model, catalogs, the help index,
/// images, the published locales, the planned files). Guides are kept by id, so that an
/// incremental rebuild can set ``scope`` to the changed guides and run the per-guide steps
/// again (see ``BuildContext/rerun(_:guides:)``).
public struct BuildContext: StepContext, Sendable {
    /// What to build and how.
    public var options: PipelineOptions
    /// Every finding, in order, tagged with its step.
    public var log = DiagnosticLog()
    /// The texts of every file read, for source lines.
    public var sources = SourceRegistry()
    /// The guides, sorted by id, and their positions by id.
    public private(set) var guides: [Guide] = []
    public private(set) var guideIndex: [String: Int] = [:]
    /// The product model.
    public var model = ProductModel(surfaces: [])
    /// The translation catalogs of the published locales.
    public var catalogs = Catalogs(locales: [], catalogs: [:])
    /// The checker's context-help index.
    public var helpIndex: HelpIndex?
    /// The images the guides show, in every locale.
    public var images: PublishedImages?
    /// The interface strings of each published locale, the source locale first.
    public var locales: [UIStrings] = []
    /// Which guides each locale publishes (`decide-publication`, issue 16).
    public var publication = Publication()
    /// The checked project for another output (`prepare`), and the site's files as planned.
    public var prepared: PreparedProject?
    public var files: [SiteFile] = []
    /// How many locales were published and files planned (set by `prepare` and `plan-pages`).
    public var localeCount = 0, fileCount = 0
    /// Whether the site was written.
    public var wrote = false
    /// The diagnostics after the rule policy (set by the `apply-policy` step).
    public var reported: [Diagnostic]?
    /// The guides the per-guide steps work on (all, for a whole run).
    public var scope = GuideScope.all
    /// Whether a step stopped the run, and the step running now.
    public var stopped = false
    public private(set) var step = ""

    /// A context for a run with `options`.
    public init(options: PipelineOptions) { self.options = options }

    public var isStopped: Bool { stopped }
    public mutating func begin(step: String) { self.step = step }

    /// The project being built.
    public var project: Project { options.project }

    /// Records what the current step found.
    public mutating func report(_ diagnostics: [Diagnostic]) { log.append(diagnostics, step: step) }
    public mutating func report(_ diagnostic: Diagnostic) { log.append(diagnostic, step: step) }

    /// Sets the guides (sorted by id, as the loader returns them).
    public mutating func setGuides(_ guides: [Guide]) {
        self.guides = guides
        guideIndex = Dictionary(guides.enumerated().map { ($1.id, $0) }) { first, _ in first }
    }

    /// The guide with `id`.
    public func guide(_ id: String) -> Guide? { guideIndex[id].map { guides[$0] } }

    /// Replaces one guide (read again after an edit), keeping the order by id.
    public mutating func replaceGuide(_ guide: Guide) {
        if let index = guideIndex[guide.id] { guides[index] = guide } else { setGuides((guides + [guide]).sorted { $0.id < $1.id }) }
    }

    /// The guides the current scope holds.
    public var scopedGuides: [Guide] { scope.select(guides) }

    /// Replaces what the current step said about the guides in scope with `diagnostics`
    /// (everything it said, for a whole run): a per-guide step calls this instead of ``report(_:)-swift.method``.
    public mutating func replaceScoped(_ diagnostics: [Diagnostic]) {
        if scope != .all {
            let files = Dictionary(guides.map { ($0.file, $0.id) }) { first, _ in first }
            let scope = self.scope
            log.remove(step: step) { scope.covers($0, files: files) }
        }
        report(diagnostics)
    }

    /// Runs `steps` again for the guides `ids` only (their other results kept), then the
    /// steps marked `always` (the rule policy); returns their timings.
    public mutating func rerun(_ steps: [BuildStep<BuildContext>], guides ids: Set<String>) -> [StepTiming] {
        scope = .guides(ids)
        (stopped, reported) = (false, nil)
        defer { scope = .all }
        return StepRunner.run(steps, on: &self)
    }

    /// What the run found: after the rule policy when it ran, else as found.
    public var diagnostics: [Diagnostic] { reported ?? log.all }
}
