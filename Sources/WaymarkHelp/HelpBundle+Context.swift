/// A step that documents what the user is looking at.
public struct ContextHelp: Sendable, Hashable {
    /// 1 for the best step, then 2, 3…
    public var rank: Int
    /// The guide, its title in the answered locale, the method and the step.
    public var guide: String, title: String, method: String, step: String
    /// The step's sentence as plain text, in the answered locale.
    public var stepText: String
    /// The platforms where the step documents it (empty: all of the surface's).
    public var platforms: [String]
    /// The element and action it documents.
    public var element: String, action: String
    /// Where to open it.
    public var link: HelpLink
}

extension HelpBundle {
    /// The steps that document `action` on `element` of `screen` in `surface` (any element or
    /// action when nil) on `platform` (any when nil), best first, at most `limit`, in `locale` or its fallback.
    public func help(
        forSurface surface: String, screen: String, element: String? = nil, action: String? = nil,
        platform: String? = nil, locale: String, limit: Int = 10
    ) -> [ContextHelp] {
        guard let elements = context.surfaces[surface]?[screen] else { return [] }
        var candidates: [(order: Int, element: String, action: String, entry: ContextIndex.Entry)] = []
        for (elementID, actions) in elements where element == nil || element == elementID {
            for (actionID, entries) in actions where action == nil || action == actionID {
                for (order, entry) in entries.enumerated() where platform == nil || entry.platforms.isEmpty || entry.platforms.contains(platform!) {
                    candidates.append((order, elementID, actionID, entry))
                }
            }
        }
        candidates.sort { ($0.order, $0.entry.guide, $0.element, $0.action, $0.entry.step) < ($1.order, $1.entry.guide, $1.element, $1.action, $1.entry.step) }
        var seen: Set<String> = []
        var results: [ContextHelp] = []
        for candidate in candidates where results.count < limit && seen.insert(candidate.entry.guide + "#" + candidate.entry.step).inserted {
            guard let summary = try? summary(of: candidate.entry.guide, locale: locale) else { continue }
            let text = stepText(locale: summary.locale, guide: candidate.entry.guide, step: candidate.entry.step) ?? ""
            results.append(
                ContextHelp(
                    rank: results.count + 1, guide: candidate.entry.guide, title: summary.guide.title,
                    method: candidate.entry.method, step: candidate.entry.step, stepText: text,
                    platforms: candidate.entry.platforms, element: candidate.element, action: candidate.action,
                    link: link(guide: candidate.entry.guide, locale: summary.locale, step: candidate.entry.step)))
        }
        return results
    }

    /// The screens the context index knows in `surface`, sorted.
    public func screens(inSurface surface: String) -> [String] { (context.surfaces[surface] ?? [:]).keys.sorted() }

    /// The surfaces the context index knows, sorted.
    public var surfaces: [String] { context.surfaces.keys.sorted() }

    func stepText(locale: String, guide: String, step: String) -> String? {
        (try? database.query("SELECT text FROM steps WHERE locale = ?1 AND guide = ?2 AND anchor = ?3", [.text(locale), .text(guide), .text(step)]))?
            .first?.first?.text
    }
}
