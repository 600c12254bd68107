import Foundation
import Testing
import WaymarkBase
import WaymarkGuide
import WaymarkTestSupport

@testable import WaymarkLint
@testable import WaymarkLoader
@testable import WaymarkSite

/// Issue 15, item 5: images on steps, callouts and the outcome.
@Suite struct ImageTests {
    static func guide(_ image: String, target: String = "invite") -> String {
        FormatConstructTests.guideWith(
            """
                  - id: open-app
                    action: open-app
                  - id: open-settings
                    action: tap
                    target: settings-tab
                  - id: open-members
                    action: tap
                    target: members
                  - id: open-invite
                    action: tap
                    target: \(target)
                    image:
            \(image)
            """)
    }

    func validate(_ marked: MarkedText, files: [String: [UInt8]] = [:], config: String? = nil) throws -> [Diagnostic] {
        let project = try FormatConstructTests.project()
        try project.write("Content/guides/g.yaml", marked.text)
        for (path, bytes) in files {
            let url = project.url("Content/images/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if let config { try project.write("waymark.yml", config) }
        let imageFiles = Set(files.keys.map { "Content/images/\($0)" })
        return SiteBuilder.validate(.configured(root: project.root)).diagnostics.filter { diagnostic in
            (diagnostic.file == "Content/guides/g.yaml" || imageFiles.contains(diagnostic.file ?? "")) && diagnostic.ruleID.hasPrefix("image.")
        }
    }

    @Test func aMissingFileIsReportedWithTheNearestName() throws {
        let marked = MarkedText(Self.guide("          src: 1️⃣member.svg\n          alt: The Members screen."))
        let found = try validate(marked)
        #expect(found.map(\.rule) == [ImageRule.missing])
        #expect(found.first?.location == marked["1️⃣"])
        #expect(found.first?.fixIts.map(\.replacement) == ["members.svg"])
    }

    @Test func theContentMustBeWhatTheNameSays() throws {
        let png = [UInt8](try Data(contentsOf: FormatConstructTests.fixtures.appendingPathComponent("Content/images/invite-sent.png")))
        let marked = MarkedText(Self.guide("          src: 1️⃣shot.svg\n          alt: The Members screen."))
        let found = try validate(marked, files: ["shot.svg": png])
        #expect(found.map(\.message) == ["shot.svg is a PNG file, but its name says svg"])
        #expect(found.first?.location == marked["1️⃣"])
        let gif = MarkedText(Self.guide("          src: 1️⃣shot.gif\n          alt: The Members screen."))
        let (_, loaded) = GuideFileLoader.load(text: gif.text, file: "g.yaml")
        #expect(loaded.map(\.rule) == [ImageRule.format])
        #expect(loaded.first?.location == gif["1️⃣"])
    }

    @Test(
        arguments: [
            (#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"#, "a script (<script>)"),
            (#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"></svg>"#, "an event handler attribute (onload=…)"),
            (#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="https://tracker.example/p.png"/></svg>"#, nil),
            (
                #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect style="fill: url(https://x.example/a)"/></svg>"#,
                "a url() that loads another file or site in style"
            ),
            (#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject/></svg>"#, "a foreign object (<foreignObject>)"),
        ] as [(String, String?)])
    func unsafeSVGIsRefused(_ svg: String, _ what: String?) throws {
        let marked = MarkedText(Self.guide("          src: 1️⃣bad.svg\n          alt: The Members screen."))
        let found = try validate(marked, files: ["bad.svg": Array(svg.utf8)])
        #expect(found.map(\.rule) == [ImageRule.unsafeSVG], "\(found.map(\.message))")
        #expect(found.first?.file == "Content/images/bad.svg", "at the element or attribute in the SVG file")
        if let what { #expect(found.first?.message == "bad.svg holds \(what)") }
    }

    @Test func aSafeSVGWithInternalReferencesPasses() throws {
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="40" height="20"/><use xlink:href="#g"/></svg>"##
        let marked = MarkedText(Self.guide("          src: ok.svg\n          alt: The Members screen."))
        #expect(try validate(marked, files: ["ok.svg": Array(svg.utf8)]).isEmpty)
        #expect(ImageProbe.size(Array(svg.utf8))?.width == 40)
    }

    @Test func budgetsAreConfigurable() throws {
        let marked = MarkedText(Self.guide("          src: 1️⃣members.svg\n          alt: The Members screen."))
        #expect(try validate(marked).isEmpty)
        let found = try validate(marked, config: "rules:\n  image.too-large: {max-bytes: 100, max-width: 200}\n")
        #expect(
            found.map(\.message) == [
                "members.svg is 876 bytes; the budget is 100", "members.svg is 320×240 pixels; the budget is 200×3000",
                "pt-BR/members.svg is 878 bytes; the budget is 100", "pt-BR/members.svg is 320×240 pixels; the budget is 200×3000",
            ],
            "the locale's screenshot is checked too")
        #expect(found.allSatisfy { $0.severity == .warning && $0.location == marked["1️⃣"] })
    }

    @Test(arguments: ["members", "Image of the members screen", "Screenshot of Members", "members.svg"])
    func altTextThatSaysNothingIsReported(_ alt: String) throws {
        let marked = MarkedText(Self.guide("          src: members.svg\n          alt: 1️⃣\(alt)"))
        let found = try validate(marked)
        #expect(found.map(\.rule) == [ImageRule.altText])
        #expect(found.first?.location == marked["1️⃣"])
    }

    @Test func altTextIsRequired() throws {
        let marked = MarkedText(Self.guide("          1️⃣src: members.svg"))
        let (_, diagnostics) = GuideFileLoader.load(text: marked.text, file: "g.yaml")
        #expect(diagnostics.map(\.rule) == [LoaderRule.missingField])
        #expect(diagnostics.first?.message == "an image has no 'alt'")
    }

    @Test func aScreenshotOfARenamedLabelIsPossiblyStale() throws {
        let marked = MarkedText(Self.guide("          src: members.svg\n          alt: The Members screen.\n          label: 1️⃣Invite people"))
        let found = try validate(marked)
        #expect(found.map(\.rule) == [ImageRule.possiblyStale])
        #expect(found.first?.location == marked["1️⃣"])
        #expect(found.first?.fixIts.map(\.replacement) == ["Invite"])
        #expect(found.first?.message == "the image members.svg was made when 'invite' was labelled 'Invite people'; the model now says 'Invite'")
    }

    @Test func pagesShowTheLocalesImageWithSizeAndLazyLoading() throws {
        let (project, report) = try FormatConstructTests.build()
        #expect(report.wrote)
        let en = try project.read("Site/en/invite-a-teammate/index.html")
        let pt = try project.read("Site/pt-BR/invite-a-teammate/index.html")
        let ar = try project.read("Site/ar/invite-a-teammate/index.html")
        let manifest = try project.read("Site/images/index.json")
        #expect(manifest.contains(#""pt-BR/members.svg": { "file": "images/pt-BR/members."#))
        #expect(en.contains(#"<img src="../../images/members."#) && !en.contains("images/pt-BR/"))
        #expect(pt.contains(#"<img src="../../images/pt-BR/members."#), "the localized screenshot")
        #expect(ar.contains(#"<img src="../../images/members."#), "no Arabic screenshot: the source image stands in")
        for page in [en, pt, ar] {
            let tags = page.components(separatedBy: "<img ").dropFirst()
            #expect(tags.count == 2)
            for tag in tags {
                #expect(tag.contains(" width=\"") && tag.contains(" height=\"") && tag.contains(#"loading="lazy""#))
            }
            #expect(page.contains(#"<source media="(prefers-color-scheme: dark)" srcset="../../images/members-dark."#))
            #expect(page.contains(#"@2x."#) && page.contains(" 2x\""))
        }
        // Content-hashed names: every published file's name carries the hash of its bytes.
        for (name, hash) in [("members.svg", ContentHash.hex([UInt8](try Data(contentsOf: FormatConstructTests.fixtures.appendingPathComponent("Content/images/members.svg")))))] {
            #expect(manifest.contains("images/\(name.replacingOccurrences(of: ".svg", with: "")).\(hash).svg"))
            #expect(FileManager.default.fileExists(atPath: project.url("Site/images/members.\(hash).svg").path))
        }
    }
}

/// `lint --changed-since`: a changed image (a locale's, or its @2x) selects the guides that show it.
@Suite struct ChangedImageTests {
    @Test func aChangedScreenshotSelectsItsGuide() throws {
        let project = try FormatConstructTests.project()
        let content = ContentLoader.load(root: project.root)
        for changed in ["Content/images/pt-BR/members.svg", "Content/images/invite-sent@2x.png", "Content/images/members-dark.svg"] {
            let selection = ChangedGuides.select(
                files: [changed], guides: content.guides, model: ModelLoader.load(root: project.root).model,
                modelPath: "Content/model", localesPath: "Content/locales", configFile: "waymark.yml")
            #expect(selection.guides == ["invite-a-teammate"], "\(changed)")
        }
    }
}
