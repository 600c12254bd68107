import Foundation
import WaymarkHelp

/// `waymark-help`: a help bundle tried from the terminal, through WaymarkHelp exactly as an
/// app calls it. Returns the exit status: 0 answered, 1 an invalid bundle or nothing found, 2 a usage error.
public enum HelpClient {
    static let usage = """
        usage: waymark-help verify [BUNDLE]
               waymark-help list [--locale TAG] [--bundle DIR]
               waymark-help search QUERY [--locale TAG] [--limit N] [--bundle DIR]
               waymark-help context SURFACE/SCREEN[/ELEMENT[/ACTION]] [--platform NAME] [--locale TAG] [--bundle DIR]
               waymark-help guide ID [--locale TAG] [--as text|html|markdown|json] [--bundle DIR]
               waymark-help benchmark [--rounds N] [--bundle DIR]
        BUNDLE and --bundle default to ./HelpBundle; --locale defaults to the bundle's source locale.

        """

    /// Runs the client with `arguments` (without the program name), writing to `out` and `err`.
    public static func run(
        _ arguments: [String], workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        guard let command = arguments.first else { err(usage); return 2 }
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                guard ["--locale", "--limit", "--bundle", "--platform", "--as", "--rounds"].contains(argument), index + 1 < arguments.count else {
                    err("error: unknown option or missing value: \(argument)\n" + usage)
                    return 2
                }
                options[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            } else {
                positional.append(argument)
                index += 1
            }
        }
        let bundlePath = command == "verify" ? positional.first ?? options["bundle"] ?? "HelpBundle" : options["bundle"] ?? "HelpBundle"
        let bundle: HelpBundle
        do {
            bundle = try HelpBundle(contentsOf: URL(fileURLWithPath: bundlePath, relativeTo: workingDirectory))
        } catch {
            err("error: \(error)\n")
            return 1
        }
        let locale = options["locale"] ?? bundle.manifest.sourceLocale
        switch command {
        case "verify":
            let manifest = bundle.manifest
            out("valid: \(manifest.files.count) files verified, schema version \(manifest.schemaVersion), content \(manifest.content.version) of \(manifest.content.date)\n")
            for entry in manifest.locales {
                out("  \(entry.tag) (\(entry.name)): \(entry.guides.count) guide\(entry.guides.count == 1 ? "" : "s"), \(entry.completeness.percent)% translated\n")
            }
            return 0
        case "list":
            for summary in bundle.guides(locale: locale) { out("\(summary.guide.id)\t\(summary.locale)\t\(summary.guide.title)\n") }
            return 0
        case "search":
            return search(bundle, positional: positional, options: options, locale: locale, out: out, err: err)
        case "context":
            return context(bundle, positional: positional, options: options, locale: locale, out: out, err: err)
        case "guide":
            return guide(bundle, positional: positional, options: options, locale: locale, out: out, err: err)
        case "benchmark":
            guard let rounds = Int(options["rounds"] ?? "10"), rounds > 0 else { err("error: --rounds takes a whole number above 0\n"); return 2 }
            return benchmark(bundle, rounds: rounds, out: out)
        default:
            err("error: unknown command '\(command)'\n" + usage)
            return 2
        }
    }

    /// A guide as numbered plain text, drawn from its structured form as a native view would be.
    static func text(of guide: HelpGuide) -> String {
        var lines = [guide.title.text, guide.summary.text, ""]
        func walk(_ steps: [HelpStep], depth: Int) {
            for step in steps {
                let indent = String(repeating: "   ", count: depth)
                lines.append(indent + (step.number.map { "\($0). " } ?? "⏱ ") + step.text.text)
                if let result = step.result { lines.append(indent + "   " + result.text) }
                for callout in step.callouts { lines.append(indent + "   \(callout.label): \(callout.text.text)") }
                walk(step.steps, depth: depth + 1)
            }
        }
        for method in guide.methods {
            lines.append("## " + method.title.text)
            walk(method.steps, depth: 0)
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
