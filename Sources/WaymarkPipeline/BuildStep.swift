/// One named step of a command's pipeline: it reads and extends the context it runs over.
/// Steps are kebab-case (`load-guides`, `check`, `write`); `--timings` prints them in order.
public struct BuildStep<Context> {
    /// The step's name, kebab-case.
    public let name: String
    /// Whether the step runs after an earlier one stopped the run (the rule policy does).
    public let always: Bool
    /// Time spent on the step's work before the run started (reading `waymark.yml` happens when
    /// the options are made), added to its timing.
    let earlier: ((Context) -> Duration)?
    let body: (inout Context) -> Void

    /// A step named `name` doing `body`.
    public init(_ name: String, always: Bool = false, earlier: ((Context) -> Duration)? = nil, _ body: @escaping (inout Context) -> Void) {
        (self.name, self.always, self.earlier, self.body) = (name, always, earlier, body)
    }

    /// The step over a larger context that holds this one at `path` (the site's steps hold the build context).
    public func lifted<Outer>(_ path: WritableKeyPath<Outer, Context>) -> BuildStep<Outer> {
        let (body, earlier) = (self.body, self.earlier)
        return BuildStep<Outer>(name, always: always, earlier: earlier.map { earlier in { earlier($0[keyPath: path]) } }) { outer in
            body(&outer[keyPath: path])
        }
    }
}

/// A context steps run over: it can be stopped (a failed check keeps the site from being written).
public protocol StepContext {
    /// Whether a step stopped the run; later steps run only when they are `always`.
    var isStopped: Bool { get }
    /// Called with each step's name before it runs (diagnostics are tagged with it).
    mutating func begin(step: String)
}

/// How long one step took.
public struct StepTiming: Sendable, Equatable {
    /// The step's name.
    public var name: String
    /// Its wall time.
    public var duration: Duration

    /// The time `name` took.
    public init(name: String, duration: Duration) { (self.name, self.duration) = (name, duration) }

    /// Its wall time in milliseconds.
    public var milliseconds: Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

/// Runs steps in order over a context, timing each.
public enum StepRunner {
    /// Runs `steps` over `context` and returns each run step's wall time, in order.
    public static func run<Context: StepContext>(_ steps: [BuildStep<Context>], on context: inout Context) -> [StepTiming] {
        let clock = ContinuousClock()
        var timings: [StepTiming] = []
        for step in steps where step.always || !context.isStopped {
            context.begin(step: step.name)
            let started = clock.now
            step.body(&context)
            let took = clock.now - started + (step.earlier?(context) ?? .zero)
            timings.append(StepTiming(name: step.name, duration: took))
        }
        return timings
    }
}
