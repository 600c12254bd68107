import Foundation
import Testing
import WaymarkBase
import WaymarkSite
import WaymarkTestSupport

@testable import WaymarkServe

/// The preview's incremental builds keep other guides' title marks right: a title that gets its
/// translation loses its mark, even when the translation reads like the source.
@Suite struct FallbackTitleIncrementalTests {
    static func page(_ report: SiteBuilder.Report, _ path: String) -> String {
        guard case .data(let data) = report.files.first(where: { $0.path == path })?.contents else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: ["ES A guide called open-app", "A guide called open-app"])
    func aTitleTranslatedBetweenBuildsLosesItsMark(_ translation: String) throws {
        let project = try FallbackTitleTests.project()
        let options = SiteBuilder.Options.configured(root: project.root)
        let incremental = IncrementalBuild()
        let marked = #"<li><a href="../open-app/index.html"><span lang="en">A guide called open-app</span></a></li>"#
        #expect(Self.page(incremental.validate(options, changed: []), "es/open-settings/index.html").contains(marked))
        let catalog = "Content/locales/es/open-app.po"
        let text = try project.read(catalog)
        let untranslated = "msgid \"A guide called open-app\"\nmsgstr \"\""
        #expect(text.contains(untranslated))
        try project.write(catalog, text.replacingOccurrences(of: untranslated, with: "msgid \"A guide called open-app\"\nmsgstr \"\(translation)\""))
        let fast = incremental.validate(options, changed: [catalog])
        let page = Self.page(fast, "es/open-settings/index.html")
        #expect(page.contains(#"<li><a href="../open-app/index.html">\#(translation)</a></li>"#), "\(page)")
        #expect(page == Self.page(SiteBuilder.validate(options), "es/open-settings/index.html"), "the same page as a full build's")
    }

    /// A guide the locale does not publish: the preview links to its stand-in and marks its title, as `waymark build` does.
    @Test func thePreviewLinksToTheStandInWithItsLanguage() throws {
        let project = try UnpublishedLinkTests.project()
        let options = SiteBuilder.Options.configured(root: project.root)
        let page = Self.page(IncrementalBuild().validate(options, changed: []), "es/open-settings/index.html")
        #expect(page.contains(#"<li><a href="../../en/open-app/index.html" hreflang="en"><span lang="en">A guide called open-app</span></a></li>"#), "\(page)")
        #expect(page == Self.page(SiteBuilder.validate(options), "es/open-settings/index.html"), "the same page as a full build's")
    }
}
