import Foundation
import WaymarkBase
import WaymarkLoader
import WaymarkRender

/// A guide file through the loader, and every guide that loads through the renderer (cmark).
enum GuideHarness {
    static func run(_ data: Data) {
        guard let text = Harness.text(data, file: "g.yaml") else { return }
        _ = InvisibleCharacters.scan(text, file: "g.yaml")
        let (guide, diagnostics) = GuideFileLoader.load(text: text, file: "g.yaml")
        // Every diagnostic is printable, with its source line.
        _ = diagnostics.formatted(sources: ["g.yaml": text])
        guard let guide, !diagnostics.hasErrors else { return }
        let page = GuideRenderer.render(guide, strings: .english)
        precondition(!page.html.contains("<script"), "a script reached the page")
    }
}
