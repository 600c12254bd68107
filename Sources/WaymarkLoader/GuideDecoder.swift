import WaymarkBase
import WaymarkGuide
import Yams

/// Turns one composed guide file into a ``Guide``, collecting every problem on the way.
struct GuideDecoder {
    var reader: YAMLReader
    /// Anchor ids seen so far in this guide (methods, steps, waits), with where they were first used.
    var anchors: [String: SourceRange?] = [:]

    init(reader: YAMLReader) { self.reader = reader }

    enum Keys {
        static let guide =
            ["id", "title", "summary", "topic", "related", "applies-when", "callouts", "methods", "outcome", "lint-ignore"]
            + ["troubleshooting", "next"]  // issue 15
            + ["requires"] + ["locale"] + ["publish"]
        static let method =
            ["id", "title", "summary", "applies-when", "callouts", "surface", "start", "end", "platforms", "steps", "lint-ignore"]
            + ["troubleshooting"]  // issue 15
            + ["requires", "variants"]
        static let step =
            ["id", "text", "action", "target", "platforms", "url", "optional", "result", "choices", "callouts", "steps", "lint-ignore"]
            + ["actor", "channel", "image"]  // issue 15
            + stepModel
        // Issue 14: journeys, navigation, conditions, expectations, values, variants, loops.
        static let stepModel = ["surface", "navigate", "if", "otherwise", "when", "done", "expect", "value", "variants", "for-each", "not-applicable"]
        static let expect = ["screen", "element", "text"]
        static let wait =
            ["id", "wait", "before", "reason"]
            + ["wait-for", "event", "usually"]  // issue 15: waits for an event
        static let choices = ["prompt", "options"]
        static let callout = ["kind", "text"] + ["image"]  // issue 15
        static let outcome = ["title", "text", "results"] + ["image"]  // issue 15
        static let conditions = ["intro", "conditions"]
    }

    mutating func guide(from root: Node) -> Guide? {
        guard let fields = reader.fields(of: root, what: "a guide", allowed: Keys.guide, required: ["id", "title", "summary", "methods"])
        else { return nil }
        let id = guideID(fields["id"])
        let title = reader.text(fields["title"], what: "the guide's title")
        let summary = reader.text(fields["summary"], what: "the guide's summary")
        let appliesWhen = conditions(fields["applies-when"], what: "the guide's applies-when")
        let callouts = callouts(fields["callouts"], what: "the guide's callouts")
        let methods = methods(fields["methods"])
        var outcome: Outcome?
        if let node = fields["outcome"] { outcome = self.outcome(from: node) }
        let topic = reader.text(fields["topic"], what: "the guide's topic")
        let (related, relatedLinks) = related(fields["related"])
        var locale: LocaleID?
        if let node = fields["locale"], let tag = reader.string(node, what: "the guide's locale") {
            locale = LocaleID(tag)
            if locale == nil {
                reader.report(LoaderRule.invalidLocale, "'\(tag)' is not a language tag", hint: "write a tag such as es, pt-BR or zh-Hant", at: node)
                return nil
            }
        }
        guard let (guideID, idRange) = id, let title, let summary else { return nil }
        var guide = Guide(
            id: guideID, title: title, summary: summary, appliesWhen: appliesWhen, callouts: callouts,
            methods: methods, outcome: outcome, file: reader.file, idRange: idRange
        )
        guide.topic = topic
        guide.locale = locale
        guide.publish = reader.publishThreshold(fields["publish"], what: "'publish'")
        guide.suppressions = suppressions(fields["lint-ignore"], scope: nil)
        guide.related = related.map(\.0)
        guide.requires = references(fields["requires"], what: "what the guide requires")
        guide.relatedRanges = related.map(\.1)
        guide.relatedLinks = relatedLinks
        guide.troubleshooting = troubleshooting(fields["troubleshooting"], surface: Set(methods.compactMap(\.surface)).count == 1 ? methods.first?.surface : nil)
        guide.next = next(fields["next"])
        checkPlaceholders(in: guide)
        checkSectionAnchors(guide)
        return guide
    }

    /// The guide's id, unless it is missing, malformed or a name Windows reserves (a guide id
    /// is a folder and a file name of the site).
    private mutating func guideID(_ node: Node?) -> (String, SourceRange?)? {
        guard let (value, range) = reader.id(node, what: "the guide") else { return nil }
        guard Slug.isWindowsReserved(value) else { return (value, range) }
        reader.report(
            LoaderRule.invalidID, "'\(value)' cannot be a guide id: Windows reserves it as a device name, so the site could not be copied there",
            hint: "choose another id, such as '\(value)-guide'", range: range,
            fixIts: range.map { [FixIt(range: $0, replacement: "\(value)-guide")] } ?? [])
        return nil
    }

    /// The guide's methods; an empty list is reported.
    private mutating func methods(_ node: Node?) -> [Method] {
        guard let nodes = reader.list(node, what: "'methods'") else { return [] }
        if nodes.isEmpty {
            reader.report(LoaderRule.emptyMethod, "the guide has no methods", hint: "add at least one method with steps under 'methods'", at: node)
        }
        return nodes.compactMap { method(from: $0) }
    }

    /// The guide's related guides (ids, with where they are) and related pages (links); a URL
    /// written where a guide id goes is reported.
    private mutating func related(_ list: Node?) -> ([(String, SourceRange?)], [ExternalLink]) {
        var related: [(String, SourceRange?)] = []
        var links: [ExternalLink] = []
        for node in reader.list(list, what: "'related'") ?? [] {
            if case .mapping = node {
                if let link = externalLink(node, what: "a related page") { links.append(link) }
            } else if let url = node.scalar?.string, Self.looksLikeURL(url) {
                reportURLWhereAnIDGoes(node, url: url, key: "related")
            } else if let value = reader.id(node, what: "a related guide") {
                related.append(value)
            }
        }
        return (related, links)
    }

    private mutating func method(from node: Node) -> Method? {
        guard let fields = reader.fields(of: node, what: "a method", allowed: Keys.method, required: ["id", "title", "steps"])
        else { return nil }
        let id = anchorID(fields["id"], what: "the method")
        let title = reader.text(fields["title"], what: "the method's title")
        let summary = reader.text(fields["summary"], what: "the method's summary")
        let appliesWhen = conditions(fields["applies-when"], what: "the method's applies-when")
        let callouts = callouts(fields["callouts"], what: "the method's callouts")
        var items: [ProcedureItem] = []
        if let stepsNode = fields["steps"], let nodes = reader.list(stepsNode, what: "the method's 'steps'") {
            if nodes.isEmpty {
                reader.report(
                    LoaderRule.emptyMethod, "the method \(id.map { "'\($0.0)' " } ?? "")has no steps",
                    hint: "list the steps under 'steps', each with an id and a text", at: stepsNode)
            }
            for node in nodes { if let item = procedureItem(from: node) { items.append(item) } }
        }
        guard let (methodID, idRange) = id, let title else { return nil }
        var method = Method(
            id: methodID, title: title, summary: summary, appliesWhen: appliesWhen,
            callouts: callouts, items: items, idRange: idRange)
        (method.surface, method.surfaceRange) = reference(fields["surface"], what: "the method's surface")
        (method.start, method.startRange) = reference(fields["start"], what: "the method's start screen")
        (method.end, method.endRange) = reference(fields["end"], what: "the method's end screen")
        (method.platforms, method.platformsRange) = platforms(fields["platforms"], what: "the method's platforms")
        method.extent = ScalarPositions.extent(of: node)
        method.suppressions = suppressions(fields["lint-ignore"], scope: method.extent)
        method.troubleshooting = troubleshooting(fields["troubleshooting"], surface: method.surface)
        method.requires = references(fields["requires"], what: "what the method requires")
        (method.variants, method.variantsRange) = platforms(fields["variants"], what: "the method's variants")
        return method
    }

    /// A slug that names something in the product model (a surface, screen or element).
    mutating func reference(_ node: Node?, what: String) -> (String?, SourceRange?) {
        guard let (value, range) = reader.id(node, what: what) else { return (nil, nil) }
        return (value, range)
    }

    /// A list of platform slugs (`ios`, `android`, `web`).
    mutating func platforms(_ node: Node?, what: String) -> ([String], SourceRange?) {
        guard let node else { return ([], nil) }
        var result: [String] = []
        // A platform is a name: `platforms: 7` would read "On Windows and 7".
        func platform(_ item: Node, what: String) -> String? {
            guard let (value, range) = reader.id(item, what: what) else { return nil }
            guard value.first.map({ !$0.isNumber }) ?? false else {
                reader.report(LoaderRule.invalidID, "'\(value)' is not a platform", hint: "name platforms, such as ios, android, web or windows", range: range)
                return nil
            }
            return value
        }
        if case .scalar = node, let value = platform(node, what: what) {
            result = [value]
        } else if case .scalar = node {
        } else {
            for item in reader.list(node, what: what) ?? [] {
                if let value = platform(item, what: "a platform") { result.append(value) }
            }
        }
        return (result, ScalarPositions.location(of: node).map { SourceRange(start: $0) })
    }

    /// The rule ids under `lint-ignore` (a list, or one id), each with where it is written.
    /// Whether each names a rule is checked by the linter, which knows every rule.
    mutating func suppressions(_ node: Node?, scope: SourceRange?) -> [Suppression] {
        guard let node else { return [] }
        let items: [Node]
        if case .scalar = node { items = [node] } else { items = reader.list(node, what: "'lint-ignore'") ?? [] }
        var result: [Suppression] = []
        for item in items {
            guard let id = reader.string(item, what: "a rule id in 'lint-ignore'") else { continue }
            result.append(Suppression(ruleID: id, range: ScalarPositions.range(of: item), scope: scope))
        }
        return result
    }

    /// An anchor id: a valid slug, unique within the guide.
    mutating func anchorID(_ node: Node?, what: String) -> (String, SourceRange?)? {
        guard let (id, range) = reader.id(node, what: what) else { return nil }
        if let first = anchors[id] {
            reader.report(
                LoaderRule.duplicateID, "the id '\(id)' is used twice in this guide",
                hint: "ids of methods, steps and waits name anchors on one page, so each must be unique"
                    + (first.map { "; it is first used at line \($0.start.line)" } ?? ""),
                range: range)
            return nil
        }
        anchors[id] = range
        return (id, range)
    }

    mutating func conditions(_ node: Node?, what: String) -> Conditions? {
        guard let node else { return nil }
        if case .mapping = node {
            guard let fields = reader.fields(of: node, what: what, allowed: Keys.conditions, required: ["conditions"]) else { return nil }
            let items = reader.texts(fields["conditions"], what: "the conditions")
            return Conditions(intro: reader.text(fields["intro"], what: "the conditions' intro"), items: items)
        }
        let items = reader.texts(node, what: what)
        return items.isEmpty ? nil : Conditions(items: items)
    }

    mutating func callouts(_ node: Node?, what: String) -> [Callout] {
        var result: [Callout] = []
        for item in reader.list(node, what: what) ?? [] { if let callout = callout(from: item) { result.append(callout) } }
        return result
    }

    private mutating func callout(from node: Node) -> Callout? {
        guard let fields = reader.fields(of: node, what: "a callout", allowed: Keys.callout, required: ["kind", "text"]) else { return nil }
        let text = reader.text(fields["text"], what: "the callout's text")
        guard let kindNode = fields["kind"], let name = reader.string(kindNode, what: "the callout's kind") else { return nil }
        guard let kind = Callout.Kind(rawValue: name) else {
            let names = Callout.Kind.allCases.map(\.rawValue)
            let suggestions = NearMiss.suggestions(for: name, among: names)
            let range = ScalarPositions.range(of: kindNode)
            reader.report(
                LoaderRule.unknownCalloutKind, "'\(name)' is not a kind of callout",
                hint: (suggestions.first.map { "did you mean '\($0)'? " } ?? "") + "the kinds are: \(names.joined(separator: ", "))",
                range: range, fixIts: range.map { r in suggestions.map { FixIt(range: r, replacement: $0) } } ?? [])
            return nil
        }
        guard let text else { return nil }
        var callout = Callout(kind: kind, text: text)
        callout.image = fields["image"].flatMap { image($0) }
        return callout
    }

    private mutating func outcome(from node: Node) -> Outcome? {
        guard let fields = reader.fields(of: node, what: "the outcome", allowed: Keys.outcome, required: []) else { return nil }
        var outcome = Outcome(
            title: reader.text(fields["title"], what: "the outcome's title"),
            text: reader.text(fields["text"], what: "the outcome's text"),
            results: reader.texts(fields["results"], what: "the outcome's results")
        )
        outcome.image = fields["image"].flatMap { image($0) }
        if outcome.text == nil && outcome.results.isEmpty && fields["text"] == nil && fields["results"] == nil {
            reader.report(
                LoaderRule.missingField, "the outcome has neither 'text' nor 'results'",
                hint: "say what the reader has achieved", at: node)
        }
        return outcome
    }
}
