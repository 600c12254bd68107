import WaymarkBase
import WaymarkGuide

/// Which locale pages of each guide are published: a page whose translation falls short of its
/// threshold (`publish: {minimum-translated: …}`) is not, and the locale links to the page in the
/// guide's own language instead (its stand-in).
public struct Publication: Sendable, Hashable {
    /// The guides not published in each locale.
    public var unpublished: [LocaleID: Set<String>] = [:]
    /// The locale whose page stands in for an unpublished one, by guide id (the guide's own
    /// language when the site has it, else the project's source locale).
    public var standIns: [String: LocaleID] = [:]

    /// Every page published.
    public init() {}

    /// Whether the page of `guide` in `locale` is published.
    public func isPublished(_ guide: String, in locale: LocaleID) -> Bool { unpublished[locale]?.contains(guide) != true }

    /// The locale of the page readers of `locale` get for `guide`: `locale` itself when published, else the stand-in.
    public func pageLocale(_ guide: String, for locale: LocaleID) -> LocaleID {
        isPublished(guide, in: locale) ? locale : (standIns[guide] ?? locale)
    }

    /// How many pages are not published, over all locales.
    public var unpublishedCount: Int { unpublished.values.reduce(0) { $0 + $1.count } }

    /// Decides every page from the catalogs, and reports (`l10n.unpublished`, a note) each guide
    /// with locales left out, once, at its threshold.
    public static func decide(guides: [Guide], catalogs: Catalogs, project: PublishThreshold, configFile: String?) -> (Publication, [Diagnostic]) {
        var publication = Publication()
        var diagnostics: [Diagnostic] = []
        let built = [catalogs.sourceLocale] + catalogs.locales
        let status = L10nStatus.compute(guides: guides, catalogs: catalogs)
        var rows: [String: L10nStatus.Row] = [:]
        for row in status.rows { if let guide = row.guide { rows[row.locale + "/" + guide] = row } }
        for guide in guides {
            let threshold = guide.publish ?? project
            guard threshold.percent > 0 else { continue }
            let written = catalogs.writtenLocale(of: guide)
            let standIn = built.contains(written) ? written : catalogs.sourceLocale
            var short: [(LocaleID, Int)] = []
            for locale in catalogs.targetLocales(of: guide) where locale != standIn {
                guard let row = rows[locale.tag + "/" + guide.id], !threshold.isMet(current: row.current, total: row.total) else { continue }
                publication.unpublished[locale, default: []].insert(guide.id)
                short.append((locale, row.total == 0 ? 100 : row.current * 100 / row.total))
            }
            guard !short.isEmpty else { continue }
            publication.standIns[guide.id] = standIn
            let listed = short.map { "\($0.0) (\($0.1)%)" }.joined(separator: ", ")
            let (file, range) = guide.publish != nil ? (guide.file, guide.publish?.range) : (configFile ?? guide.file, configFile == nil ? guide.idRange : project.range)
            diagnostics.append(
                Diagnostic(
                    L10nRule.unpublished,
                    "the guide '\(guide.id)' is not published in \(listed): below its minimum-translated \(threshold.percent)%; those locales link to its \(standIn) page",
                    hint: "translate its catalogs (`waymark l10n status` shows what is left), or lower publish: minimum-translated",
                    file: file, at: range, guideID: guide.id))
        }
        return (publication, diagnostics)
    }
}
