import Foundation
import WaymarkBase
import WaymarkModel
import Yams

/// Issue 14's model keys: persistent navigation, sign-in, an address to open by name,
/// requirements, variants, actions as mappings (another surface, branches, destructive),
/// icons, aliases and input formats.
extension ModelDecoder {
    /// What a surface gets beyond the base format, applied once the surface is made.
    struct SurfaceExtras {
        var url: String?
        var signIn: String?
        var requirements: [Requirement] = []
        var variants: [Variant] = []

        func apply(to surface: inout Surface) {
            surface.url = url
            surface.signIn = signIn
            surface.requirements = requirements
            surface.variants = variants
        }
    }

    mutating func surfaceExtras(_ fields: [String: Node], screens: inout [Screen], platforms: [String]) -> SurfaceExtras {
        var extras = SurfaceExtras()
        extras.url = surfaceURL(fields["url"])
        let ids = screens.map(\.id)
        func screenReference(_ node: Node?, what: String) -> String? {
            guard let node, let (id, range) = reader.id(node, what: what) else { return nil }
            guard ids.contains(id) else {
                let suggestions = NearMiss.suggestions(for: id, among: ids)
                reader.report(
                    LoaderRule.modelUnknownScreen, "there is no screen '\(id)' in this surface",
                    hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "use one of: \(ids.joined(separator: ", "))",
                    range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
                return nil
            }
            return id
        }
        extras.signIn = screenReference(fields["sign-in"], what: "the surface's sign-in screen")
        // Persistent navigation: elements on every screen of the surface, or of the screens listed.
        for group in reader.list(fields["navigation"], what: "the surface's navigation") ?? [] {
            guard let groupFields = reader.fields(of: group, what: "a navigation group", allowed: Keys.navigation, required: ["id", "elements"])
            else { continue }
            _ = reader.id(groupFields["id"], what: "the navigation group")
            var covered = ids
            if let list = reader.list(groupFields["screens"], what: "the navigation group's screens") {
                covered = list.compactMap { screenReference($0, what: "a screen of the navigation group") }
            }
            var elements: [Element] = []
            for item in reader.list(groupFields["elements"], what: "the navigation group's elements") ?? [] {
                if let element = element(from: item, platforms: platforms) { elements.append(element) }
            }
            for index in screens.indices where covered.contains(screens[index].id) {
                for element in elements where screens[index].element(element.id) == nil { screens[index].elements.append(element) }
            }
        }
        var implied: [(String, String, SourceRange?)] = []
        for node in reader.list(fields["requirements"], what: "the surface's requirements") ?? [] {
            guard let item = reader.fields(of: node, what: "a requirement", allowed: Keys.requirement, required: ["id", "kind", "name"]) else { continue }
            let id = reader.id(item["id"], what: "the requirement")
            let kind = enumValue(item["kind"], Requirement.Kind.self, what: "the requirement's kind")
            let name = localized(item["name"], what: "the requirement's name")
            let implies = slugs(item["implies"], what: "what the requirement implies")
            implied += implies.map { (id?.0 ?? "", $0.0, $0.1) }
            if let (id, _) = id, let kind, let name { extras.requirements.append(Requirement(id: id, kind: kind, name: name, implies: implies.map(\.0))) }
        }
        extras.variants = variants(fields["variants"])
        let known = Set(extras.requirements.map(\.id))
        for (owner, id, range) in implied where !known.contains(id) {
            reader.report(
                LoaderRule.modelInvalidValue, "the requirement '\(owner)' implies '\(id)', which this surface does not declare",
                hint: "declare '\(id)' under `requirements`", range: range)
        }
        return extras
    }

    /// The address `open` goes to: an absolute http or https URL, or reported.
    private mutating func surfaceURL(_ node: Node?) -> String? {
        guard let node, let raw = reader.string(node, what: "the surface's url") else { return nil }
        if let components = URLComponents(string: raw), ["http", "https"].contains(components.scheme?.lowercased() ?? ""),
            components.host?.isEmpty == false
        {
            return raw
        }
        reader.report(
            LoaderRule.modelInvalidValue, "'\(raw)' is not an absolute http or https URL",
            hint: "write the address `open` goes to, e.g. `url: https://business.facebook.com`", at: node)
        return nil
    }

    /// The surface's variants, each with an id and a localized name.
    private mutating func variants(_ list: Node?) -> [Variant] {
        var variants: [Variant] = []
        for node in reader.list(list, what: "the surface's variants") ?? [] {
            guard let item = reader.fields(of: node, what: "a variant", allowed: Keys.variant, required: ["id", "name"]) else { continue }
            if let (id, _) = reader.id(item["id"], what: "the variant"), let name = localized(item["name"], what: "the variant's name") {
                variants.append(Variant(id: id, name: name))
            }
        }
        return variants
    }

    /// `tap: {to: screen, surface: other, branches: [...], requires: [...], destructive: true}`.
    mutating func actionEntry(_ action: Action, key: Node, value: Node) -> ElementAction? {
        guard let fields = reader.fields(of: value, what: "an action", allowed: Keys.action, required: []) else { return nil }
        let to = reader.id(fields["to"], what: "where the action leads")
        var entry = ElementAction(
            action: action, leadsTo: to.map(\.0).flatMap { $0 == "same" ? nil : $0 },
            range: to?.1 ?? ScalarPositions.range(of: key))
        entry.surface = reader.id(fields["surface"], what: "the surface the action opens")?.0
        if entry.surface != nil, to == nil {
            reader.report(
                LoaderRule.missingField, "an action that opens another surface has no 'to'",
                hint: "name the screen of that surface the user lands on: `to: <screen id>`", at: value)
        }
        entry.requires = slugs(fields["requires"], what: "what the action requires").map(\.0)
        entry.destructive = reader.bool(fields["destructive"], what: "'destructive'") ?? false
        for node in reader.list(fields["branches"], what: "the action's branches") ?? [] {
            guard let branch = reader.fields(of: node, what: "a branch", allowed: Keys.branch, required: ["when", "to"]) else { continue }
            if let (id, _) = reader.id(branch["when"], what: "the branch's state"), let (screen, range) = reader.id(branch["to"], what: "where the branch leads") {
                entry.branches.append(Branch(id: id, leadsTo: screen == "same" ? nil : screen, range: range))
            }
        }
        return entry
    }

    mutating func elementExtras(_ fields: [String: Node], into element: inout Element) {
        element.icon = reader.string(fields["icon"], what: "the element's icon")
        element.aliases = (reader.list(fields["aliases"], what: "the element's former labels") ?? []).compactMap { reader.string($0, what: "a former label") }
        element.requires = slugs(fields["requires"], what: "what the element requires").map(\.0)
        element.variants = slugs(fields["variants"], what: "the element's variants").map(\.0)
        if element.icon != nil, element.label == nil {
            reader.report(
                LoaderRule.missingField, "an icon-only element has no 'label'",
                hint: "give it its accessible name as `label`, e.g. `label: More options`", at: fields["icon"])
        }
        guard let node = fields["format"],
            let format = reader.fields(of: node, what: "the element's format", allowed: Keys.format, required: [])
        else { return }
        var result = InputFormat(description: reader.string(format["description"], what: "the format's description"))
        for (key, path) in [("min-length", \InputFormat.minimumLength), ("max-length", \InputFormat.maximumLength)] {
            guard let value = format[key] else { continue }
            if let number = value.scalar.flatMap({ Int($0.string) }), number >= 0 {
                result[keyPath: path] = number
            } else {
                reader.report(LoaderRule.modelInvalidValue, "'\(key)' must be a whole number", hint: "write e.g. `\(key): 6`", at: value)
            }
        }
        if let patternNode = format["pattern"], let pattern = reader.string(patternNode, what: "the format's pattern") {
            if (try? NSRegularExpression(pattern: pattern)) != nil {
                result.pattern = pattern
            } else {
                reader.report(
                    LoaderRule.modelInvalidValue, "'\(pattern)' is not a regular expression",
                    hint: "write a pattern such as `^[0-9]{6}$`", at: patternNode)
            }
        }
        element.format = result
    }

    /// A slug or a list of slugs.
    mutating func slugs(_ node: Node?, what: String) -> [(String, SourceRange?)] {
        guard let node else { return [] }
        if case .scalar = node { return reader.id(node, what: what).map { [$0] } ?? [] }
        return (reader.list(node, what: what) ?? []).compactMap { reader.id($0, what: what) }
    }
}
