import WaymarkGuide

/// A step with the method it is in.
struct PlacedStep {
    var method: Method
    var step: Step
}

extension Guide {
    /// Every step of every method, sub-steps included, in reading order.
    var placedSteps: [PlacedStep] {
        var result: [PlacedStep] = []
        for method in methods {
            var pending: [(list: [ProcedureItem], index: Int)] = [(method.items, 0)]
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
