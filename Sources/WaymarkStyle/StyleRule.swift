import WaymarkBase
import WaymarkGuide
import WaymarkModel
import WaymarkProject

/// A field-aware style rule: reads a guide's structured steps, one rule per file.
protocol StyleRule: Sendable {
    /// The rule's id, severity and documentation.
    static var definition: RuleDefinition { get }
    /// The findings in one guide, at the definition's severity.
    func check(_ context: StyleContext) -> [Diagnostic]
}

extension StyleRule {
    /// A finding of this rule in the context's guide file.
    func finding(_ message: String, hint: String, at range: SourceRange?, in context: StyleContext, fixIts: [FixIt] = []) -> Diagnostic {
        Diagnostic(
            Self.definition, message, hint: hint, file: context.guide.file, at: range,
            fixIts: fixIts, guideID: context.guide.id)
    }
}

/// What a style rule may look at besides the guide.
struct StyleContext: Sendable {
    /// The guide being checked.
    var guide: Guide
    /// The product model, for labels.
    var model: ProductModel
    /// The guide file's text, for exact positions inside values.
    var source: SourceText?
    /// The project's configuration: the source locale and rule parameters.
    var config: ProjectConfig

    /// The language the guide is written in: its own `locale`, or the project's source locale.
    var locale: LocaleID { guide.locale ?? config.sourceLocale }

    /// Creates a context.
    init(guide: Guide, model: ProductModel, source: SourceText?, config: ProjectConfig) {
        self.guide = guide
        self.model = model
        self.source = source
        self.config = config
    }
}

/// Every style rule, and running them over a project.
public enum StyleRules {
    /// The rules, in the order they run.
    static let all: [any StyleRule] = [
        OneActionPerStep(), ImperativeStart(), OptionListAsSteps(), WaitInProse(), LabelMatchesModel(),
        StepLength(), GuideHasOutcome(), ConsistentCallouts(), EnglishOnlyRulesSkipped(),
    ]

    /// Their definitions.
    public static var definitions: [RuleDefinition] { all.map { type(of: $0).definition } }

    /// The findings of every rule that is not turned off, over every guide, in parallel.
    public static func check(guides: [Guide], model: ProductModel, sources: [String: String], config: ProjectConfig) -> [Diagnostic] {
        let rules = all.filter { rule in
            let id = type(of: rule).definition.id
            return config.rules[id].map { $0.severity != nil } ?? true
        }
        return ParallelMap.map(guides) { guide in
            let context = StyleContext(guide: guide, model: model, source: sources[guide.file].map(SourceText.init), config: config)
            return rules.flatMap { $0.check(context) }
        }.flatMap { $0 }
    }
}
