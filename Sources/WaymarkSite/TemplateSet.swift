import Foundation
import Mustache
import WaymarkBase
import WaymarkPipeline
import WaymarkProject

/// The page templates of a project, parsed once, with positioned diagnostics for bad ones.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let required = ["guide", "locale-index", "root-index", "not-found"]

    let library: MustacheLibrary

    /// The largest template read, in bytes.
    static let maximumBytes = 1 << 20

    /// Loads every `.mustache` file below `root/templatesPath`; names are paths without the extension.
    public static func load(root: URL, templatesPath: String = ProjectConfig.Paths.defaults.templates) -> (TemplateSet?, [Diagnostic], [String: String]) {
        let reader = ProjectReader(root: root)
        let found = reader.files(under: templatesPath, what: "the template")
        var diagnostics: [Diagnostic] = found.diagnostics
        var sources: [String: String] = [:]
        var templates: [String: MustacheTemplate] = [:]
        let names = found.paths.filter { $0.hasSuffix(".mustache") }
        for name in names {
            let file = templatesPath + "/" + name
            let text: String
            switch reader.text(file, limit: maximumBytes, what: "the template") {
            case .success(let read): text = read
            case .failure(let diagnostic):
                var unreadable = diagnostic
                if unreadable.rule == CommonRule.unreadableFile { unreadable.rule = SiteRule.templateUnreadable }
                diagnostics.append(unreadable)
                continue
            }
            sources[file] = text
            diagnostics += InvisibleCharacters.scan(text, file: file)
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber  // counted in Characters by swift-mustache
                diagnostics.append(
                    Diagnostic(
                        SiteRule.templateSyntax, "the template cannot be parsed: \(error.error)",
                        hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed",
                        file: file, at: SourceRange(start: SourceLocation(line: line, column: max(1, column)))
                    ))
            } catch {
                diagnostics.append(Diagnostic(SiteRule.templateSyntax, "the template cannot be parsed: \(error)", file: file))
            }
        }
        for name in required where templates[name] == nil && !names.contains(name + ".mustache") {
            diagnostics.append(
                Diagnostic(
                    SiteRule.templateMissing, "there is no template '\(name)'",
                    hint: "add \(templatesPath)/\(name).mustache (see the README)", file: templatesPath))
        }
        let partials = Set(names.map { String($0.dropLast(".mustache".count)) })
        // Only the templates that parsed: a syntax error is reported once, alone.
        for (file, text) in sources.sorted(by: { $0.key < $1.key }) where templates[String(file.dropFirst(templatesPath.count + 1).dropLast(".mustache".count))] != nil {
            diagnostics += TemplateCheck.check(text, file: file, partials: partials)
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        return (TemplateSet(library: MustacheLibrary(templates: templates)), diagnostics, sources)
    }

    /// Renders the named template with a context of nested dictionaries and arrays.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
