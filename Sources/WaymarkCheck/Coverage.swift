import WaymarkBase
import WaymarkModel

/// Notes for the model's actions that no guide documents.
enum Coverage {
    static func diagnostics(model: ProductModel, index: HelpIndex) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for surface in model.surfaces {
            for screen in surface.screens {
                for element in screen.elements {
                    for entry in element.actions {
                        let key = HelpIndex.Key(surface: surface.id, screen: screen.id, element: element.id, action: entry.action.rawValue)
                        guard !index.documents(key) else { continue }
                        result.append(
                            Diagnostic(
                                CheckRule.undocumentedAction,
                                "no guide documents '\(entry.action.rawValue)' on '\(element.id)' (screen '\(screen.id)')",
                                hint:
                                    "write a guide step with `action: \(entry.action.rawValue)` and `target: \(element.id)`, or remove the action if the product no longer has it",
                                file: surface.file, at: entry.range))
                    }
                }
            }
        }
        return result
    }
}
