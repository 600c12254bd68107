import Foundation
import WaymarkBase
import WaymarkLoader

/// A model file through the model loader.
enum ModelHarness {
    static func run(_ data: Data) {
        guard let text = Harness.text(data, file: "m.yaml") else { return }
        let (_, diagnostics) = ModelLoader.load(text: text, file: "m.yaml")
        _ = diagnostics.formatted(sources: ["m.yaml": text])
    }
}
