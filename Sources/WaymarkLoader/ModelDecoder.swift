import Foundation
import WaymarkBase
import WaymarkGuide
import WaymarkModel
import Yams

/// Turns one composed model file (one surface) into a ``Surface``, collecting every problem.
struct ModelDecoder {
    var reader: YAMLReader

    enum Keys {
        static let surface =
            ["id", "name", "kind", "owner", "verified", "platforms", "start", "origins", "screens"]
            + ["url", "sign-in", "navigation", "requirements", "variants"]
        static let screen = ["id", "name", "elements"] + ["verified"] + ["errors"]  // errors: issue 15
        static let error = ["id", "message"]
        static let element = ["id", "label", "platforms", "actions"] + ["icon", "aliases", "requires", "variants", "format"]
        // Issue 14: an action written as a mapping, and the model's new entries.
        static let action = ["to", "surface", "branches", "requires", "destructive"]
        static let branch = ["when", "to"]
        static let requirement = ["id", "kind", "name", "implies"]
        static let variant = ["id", "name"]
        static let navigation = ["id", "screens", "elements"]
        static let format = ["min-length", "max-length", "pattern", "description"]
    }

    mutating func surface(from root: Node) -> Surface? {
        guard
            let fields = reader.fields(
                of: root, what: "a surface", allowed: Keys.surface,
                required: ["id", "name", "kind", "platforms", "start", "screens"])
        else { return nil }
        let id = reader.id(fields["id"], what: "the surface")
        let name = reader.string(fields["name"], what: "the surface's name")
        let kind = enumValue(fields["kind"], Surface.Kind.self, what: "the surface's kind")
        let owner = reader.string(fields["owner"], what: "the surface's owner")
        let verified = date(fields["verified"])
        var platforms: [String] = []
        for node in reader.list(fields["platforms"], what: "the surface's platforms") ?? [] {
            if let (platform, _) = reader.id(node, what: "a platform") { platforms.append(platform) }
        }
        let origins = self.origins(fields["origins"], required: kind == .web, at: root)
        var screens: [Screen] = []
        var screenIDs: Set<String> = []
        for node in reader.list(fields["screens"], what: "the surface's screens") ?? [] {
            guard let screen = screen(from: node, platforms: platforms) else { continue }
            if !screenIDs.insert(screen.id).inserted {
                reader.report(
                    LoaderRule.modelDuplicateID, "the screen id '\(screen.id)' is used twice in this surface",
                    hint: "give each screen its own id", range: screen.idRange)
                continue
            }
            screens.append(screen)
        }
        let start = reader.id(fields["start"], what: "the surface's start screen")
        let extras = surfaceExtras(fields, screens: &screens, platforms: platforms)
        if start != nil { checkScreenReferences(screens, start: fields["start"]) } else { checkScreenReferences(screens, start: nil) }
        guard let (surfaceID, idRange) = id, let name, let kind, let (start, _) = start else { return nil }
        var surface = Surface(
            id: surfaceID, name: name, kind: kind, owner: owner, verified: verified, platforms: platforms,
            start: start, origins: origins, screens: screens, file: reader.file, idRange: idRange)
        extras.apply(to: &surface)
        return surface
    }

    private mutating func screen(from node: Node, platforms: [String]) -> Screen? {
        guard let fields = reader.fields(of: node, what: "a screen", allowed: Keys.screen, required: ["id", "elements"]) else { return nil }
        let id = reader.id(fields["id"], what: "the screen")
        let name = localized(fields["name"], what: "the screen's name")
        var elements: [Element] = []
        var elementIDs: Set<String> = []
        for item in reader.list(fields["elements"], what: "the screen's elements") ?? [] {
            guard let element = element(from: item, platforms: platforms) else { continue }
            if !elementIDs.insert(element.id).inserted {
                reader.report(
                    LoaderRule.modelDuplicateID, "the element id '\(element.id)' is used twice on this screen",
                    hint: "give each element of a screen its own id", range: element.idRange)
                continue
            }
            elements.append(element)
        }
        guard let (screenID, idRange) = id else { return nil }
        var screen = Screen(id: screenID, name: name ?? LocalizedText([:]), elements: elements, idRange: idRange)
        for item in reader.list(fields["errors"], what: "the screen's errors") ?? [] {
            guard let errorFields = reader.fields(of: item, what: "an error", allowed: Keys.error, required: ["id", "message"]),
                let (errorID, errorRange) = reader.id(errorFields["id"], what: "the error"),
                let message = localized(errorFields["message"], what: "the error's message")
            else { continue }
            screen.errors.append(ScreenError(id: errorID, message: message, idRange: errorRange))
        }
        screen.verified = date(fields["verified"])
        return screen
    }

    mutating func element(from node: Node, platforms surfacePlatforms: [String]) -> Element? {
        guard let fields = reader.fields(of: node, what: "an element", allowed: Keys.element, required: ["id", "actions"]) else { return nil }
        let id = reader.id(fields["id"], what: "the element")
        let label = localized(fields["label"], what: "the element's label")
        var platforms: [String] = []
        for item in reader.list(fields["platforms"], what: "the element's platforms") ?? [] {
            guard let (platform, range) = reader.id(item, what: "a platform") else { continue }
            if !surfacePlatforms.contains(platform) {
                reader.report(
                    LoaderRule.modelUnknownPlatform, "the surface does not run on '\(platform)'",
                    hint: "the surface's platforms are: \(surfacePlatforms.joined(separator: ", "))", range: range)
            }
            platforms.append(platform)
        }
        var actions: [ElementAction] = []
        if let actionsNode = fields["actions"] {
            if case .mapping(let mapping) = actionsNode {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string else { continue }
                    guard let action = Action(rawValue: name) else {
                        let suggestions = NearMiss.suggestions(for: name, among: Action.names)
                        reader.report(
                            LoaderRule.unknownAction, "'\(name)' is not an action",
                            hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the actions are: \(Action.names.joined(separator: ", "))",
                            at: key)
                        continue
                    }
                    if case .mapping = value {
                        if let entry = actionEntry(action, key: key, value: value) { actions.append(entry) }
                        continue
                    }
                    let target = value.isNullScalar ? nil : reader.string(value, what: "where '\(name)' leads")
                    actions.append(
                        ElementAction(
                            action: action, leadsTo: target == "same" ? nil : target,
                            range: ScalarPositions.range(of: target == nil ? key : value)))
                }
            } else {
                reader.report(
                    LoaderRule.wrongType, "the element's actions must be a mapping of action to screen, found \(actionsNode.kindName)",
                    hint: "write `tap: next-screen-id`, or `tap: same` when the screen does not change", at: actionsNode)
            }
        }
        guard let (elementID, idRange) = id else { return nil }
        var element = Element(id: elementID, label: label, platforms: platforms, actions: actions, idRange: idRange)
        elementExtras(fields, into: &element)
        return element
    }

    /// Start and every action's target name screens of this surface.
    private mutating func checkScreenReferences(_ screens: [Screen], start: Node?) {
        let ids = screens.map(\.id)
        func check(_ id: String, range: SourceRange?) {
            guard !ids.contains(id) else { return }
            let suggestions = NearMiss.suggestions(for: id, among: ids)
            reader.report(
                LoaderRule.modelUnknownScreen, "there is no screen '\(id)' in this surface",
                hint: suggestions.first.map { "did you mean '\($0)'?" } ?? "add the screen under 'screens', or use one of: \(ids.joined(separator: ", "))",
                range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
        }
        if let start, let id = start.scalar?.string, !start.isNullScalar { check(id, range: ScalarPositions.range(of: start)) }
        for screen in screens {
            for element in screen.elements {
                // An action that opens another surface names that surface's screen: the checker checks it.
                for action in element.actions where action.surface == nil {
                    if let target = action.leadsTo { check(target, range: action.range) }
                    for branch in action.branches { if let target = branch.leadsTo { check(target, range: branch.range) } }
                }
            }
        }
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node?, _ type: T.Type, what: String) -> T? where T.RawValue == String {
        guard let node, let raw = reader.string(node, what: what) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let names = T.allCases.map(\.rawValue)
        reader.report(
            LoaderRule.modelInvalidValue, "'\(raw)' is not a valid value for \(what)",
            hint: "use one of: \(names.joined(separator: ", "))", at: node)
        return nil
    }

    mutating func date(_ node: Node?) -> String? {
        guard let node, let raw = reader.string(node, what: "the verification date") else { return nil }
        guard ModelDates.parse(raw) != nil else {
            reader.report(
                LoaderRule.modelInvalidValue, "'\(raw)' is not a date",
                hint: "write the day the model was last checked against the product as YYYY-MM-DD", at: node)
            return nil
        }
        return raw
    }

    private mutating func origins(_ node: Node?, required: Bool, at root: Node) -> [String] {
        guard let node else {
            if required {
                reader.report(
                    LoaderRule.missingField, "a web surface has no 'origins'",
                    hint: "list the origins its URLs may have, e.g. `origins: [https://example.com]`", at: root)
            }
            return []
        }
        var result: [String] = []
        for item in reader.list(node, what: "the surface's origins") ?? [] {
            guard let raw = reader.string(item, what: "an origin") else { continue }
            guard let components = URLComponents(string: raw), ["http", "https"].contains(components.scheme ?? ""),
                components.host?.isEmpty == false, components.path.isEmpty || components.path == "/",
                components.query == nil, components.fragment == nil
            else {
                reader.report(
                    LoaderRule.modelInvalidValue, "'\(raw)' is not an origin",
                    hint: "write a scheme and a host only, e.g. `https://business.facebook.com`", at: item)
                continue
            }
            result.append(ModelOrigins.origin(of: raw) ?? raw)
        }
        return result
    }

    /// Text the product shows: one string (the source locale's) or a mapping of locale to string.
    mutating func localized(_ node: Node?, what: String) -> LocalizedText? {
        guard let node else { return nil }
        if case .mapping(let mapping) = node {
            var values: [String: String] = [:]
            for (key, value) in mapping {
                guard let tag = key.scalar?.string, LocaleID(tag) != nil else {
                    reader.report(LoaderRule.modelInvalidValue, "'\(key.scalar?.string ?? "")' is not a locale", hint: "use a language tag such as en, pt-BR or ar", at: key)
                    continue
                }
                if let text = reader.string(value, what: what) { values[tag] = text }
            }
            if values[LocaleID.english.tag] == nil {
                reader.report(
                    LoaderRule.missingField, "\(what) has no text for the source locale 'en'",
                    hint: "add `en: …`; other locales fall back to it", at: node)
            }
            return LocalizedText(values)
        }
        return reader.string(node, what: what).map { LocalizedText([LocaleID.english.tag: $0]) }
    }
}
