import WaymarkGuide

/// A step with the method it is in.
struct PlacedStep {
    var method: Method
    var step: Step
}

extension Guide {
    /// Every step of every method, sub-steps included, in reading order.
    /// Steps of troubleshooting fixes come after, each with its method (or, on the guide, one named
    /// `troubleshooting` on the entry's surface), so they are linted like a method's (issue 15).
    var placedSteps: [PlacedStep] {
        var result: [PlacedStep] = []
        var owners = methods.map { ($0, $0.items) }
        for method in methods {
            owners += method.troubleshooting.map { (method, $0.steps) }
        }
        for entry in troubleshooting {
            owners.append((Method(id: TranslationKey.guideTroubleshooting, title: "", items: [], surface: entry.surface), entry.steps))
        }
        for (method, items) in owners {
            var pending: [(list: [ProcedureItem], index: Int)] = [(items, 0)]
            while let (list, index) = pending.popLast() {
                guard index < list.count else { continue }
                pending.append((list, index + 1))
                if case .step(let step) = list[index] {
                    result.append(PlacedStep(method: method, step: step))
                    if !step.substeps.isEmpty { pending.append((step.substeps, 0)) }
                }
            }
        }
        return result
    }

    /// The lists of procedure items: each method's steps and each step's sub-steps.
    var procedureLists: [[ProcedureItem]] {
        var result: [[ProcedureItem]] = []
        var pending = methods.map(\.items)
        while let list = pending.popLast() {
            result.append(list)
            for case .step(let step) in list where !step.substeps.isEmpty { pending.append(step.substeps) }
        }
        return result
    }
}
