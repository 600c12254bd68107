import ArgumentParser
import Foundation
import WaymarkBase
import WaymarkExport
import WaymarkLoader
import WaymarkSite

/// `waymark schema`: writes the JSON Schemas of guide and model files.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas for guide, model and waymark.yml files, for editors and CI.",
        discussion: """
            Writes guide.schema.json, model.schema.json and waymark.schema.json (JSON Schema draft \
            2020-12), made from the loader's own definitions and the rule catalog, and \
            diagnostics.schema.json for the document `--format json` prints, and help-bundle.schema.json for the manifest of `waymark export`. Point an editor at them with a first line such as \
            `# yaml-language-server: $schema=../../schemas/guide.schema.json`.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the schemas into.", valueName: "dir"))
    var output: String = "schemas"

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output takes a folder, such as schemas") }
    }

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let folder = URL(fileURLWithPath: output, relativeTo: workingDirectory).standardizedFileURL
        let shown = SiteBuilder.displayPath(folder, root: workingDirectory)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            console.err("error: cannot write the schemas into \(shown): it is a file, not a folder\n")
            return ExitStatus.usageOrIO
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            console.err("error: cannot create the folder \(shown): \(systemReason(error))\n")
            return ExitStatus.usageOrIO
        }
        for (name, text) in [
            ("guide.schema.json", JSONSchemas.guide()), ("model.schema.json", JSONSchemas.model()),
            ("waymark.schema.json", JSONSchemas.config(rules: RuleCatalog.all)),
            ("diagnostics.schema.json", JSONSchemas.diagnostics()), ("help-bundle.schema.json", BundleSchema.manifest()),
        ] {
            let file = folder.appendingPathComponent(name)
            let path = SiteBuilder.displayPath(file, root: workingDirectory)
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                console.err("error: cannot write \(path): \(systemReason(error))\n")
                return ExitStatus.usageOrIO
            }
            console.out("wrote \(path)\n")
        }
        return ExitStatus.success
    }
}
