import Foundation
import WaymarkHelp

/// The client's commands that take arguments beyond the bundle and the locale.
extension HelpClient {
    /// `search QUERY [--limit N]`: the ranked results, one per line, with the step that matched.
    static func search(
        _ bundle: HelpBundle, positional: [String], options: [String: String], locale: String,
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        guard let query = positional.first else { err("error: search needs a QUERY\n" + usage); return 2 }
        guard let limit = Int(options["limit"] ?? "10"), limit > 0 else { err("error: --limit takes a whole number above 0\n"); return 2 }
        do {
            let results = try bundle.search(query, locale: locale, limit: limit)
            if results.isEmpty { err("no results for '\(query)' in \(locale)\n"); return 1 }
            for (rank, result) in results.enumerated() {
                out("\(rank + 1). \(result.title) [\(result.link.fragmentPath)]\n")
                if let text = result.stepText { out("   \(text)\n") }
            }
            return 0
        } catch {
            err("error: \(error)\n")
            return 1
        }
    }

    /// `context SURFACE/SCREEN[/ELEMENT[/ACTION]] [--platform NAME]`: the steps that act there.
    static func context(
        _ bundle: HelpBundle, positional: [String], options: [String: String], locale: String,
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        let parts = (positional.first ?? "").split(separator: "/").map(String.init)
        guard (2...4).contains(parts.count) else { err("error: context needs SURFACE/SCREEN[/ELEMENT[/ACTION]]\n" + usage); return 2 }
        let help = bundle.help(
            forSurface: parts[0], screen: parts[1], element: parts.count > 2 ? parts[2] : nil,
            action: parts.count > 3 ? parts[3] : nil, platform: options["platform"], locale: locale)
        if help.isEmpty { err("no help for \(parts.joined(separator: "/"))\(options["platform"].map { " on " + $0 } ?? "")\n"); return 1 }
        for entry in help {
            out(
                "\(entry.rank). \(entry.stepText) — \(entry.title) [\(entry.link.fragmentPath)] (\(entry.action) \(entry.element); \(entry.platforms.joined(separator: ", ")))\n"
            )
        }
        return 0
    }

    /// `guide ID [--as text|html|markdown|json]`: one guide, drawn the way an app would.
    static func guide(
        _ bundle: HelpBundle, positional: [String], options: [String: String], locale: String,
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        guard let id = positional.first else { err("error: guide needs an ID\n" + usage); return 2 }
        do {
            switch options["as"] ?? "text" {
            case "html": out(try bundle.html(id, locale: locale))
            case "markdown": out(try bundle.markdown(id, locale: locale))
            case "json":
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                out(String(decoding: try encoder.encode(try bundle.guide(id, locale: locale)), as: UTF8.self) + "\n")
            case "text": out(text(of: try bundle.guide(id, locale: locale)))
            default: err("error: --as takes text, html, markdown or json\n"); return 2
            }
            return 0
        } catch {
            err("error: \(error)\n")
            return 1
        }
    }
}
