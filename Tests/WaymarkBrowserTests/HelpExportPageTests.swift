import Foundation
import Testing
import WaymarkTestSupport

/// Issue 15 in the embedded export, in headless Chromium from `file://`: a guide's exported page
/// with a step image and a link to another guide, as the web view shows it and as the fragment
/// file itself. Its images load with their size and alt text, and its cross-guide link opens the
/// other guide's exported page, in another locale when the reader's does not publish it.
@Suite(.serialized, Browser.needed) struct HelpExportPageTests {
    /// The format fixtures exported; remove-a-teammate is not published in ar (its Arabic
    /// catalog emptied, below its 100% threshold), so the Arabic page links to the English one.
    static func exported() throws -> ExportedBundle {
        let project = try TemporaryProject.formatFixtures()
        let guide = "Content/guides/remove-a-teammate.yaml"
        try project.write(guide, try project.read(guide) + "publish: {minimum-translated: 100%}\n")
        let catalog = "Content/locales/ar/remove-a-teammate.po"
        let emptied = try project.read(catalog).replacing(try Regex(#"(msgid "[^"\n]+"\n)msgstr "[^\n]*""#)) { "\($0.output[1].substring ?? "")msgstr \"\"" }
        try project.write(catalog, emptied)
        let exported = try ExportedBundle(["--date", "2026-12-01"], project: project)
        #expect(exported.result.status == 0, "\(exported.result.stderr)")
        #expect(exported.result.stderr.contains("the guide 'remove-a-teammate' is not published in ar"), "\(exported.result.stderr)")
        return exported
    }

    /// Every image of the shown guide, once loaded eagerly: whether it loaded, its size attributes and its alt text.
    static func images(_ browser: WebDriver) throws -> [String] {
        _ = try browser.execute("document.querySelectorAll('article img').forEach(function (img) { img.loading = 'eager'; }); return true;")
        #expect(try browser.wait(until: "return Array.from(document.querySelectorAll('article img')).every(function (img) { return img.complete; })"))
        return try browser.execute(
            """
            return Array.from(document.querySelectorAll('article img')).map(function (img) {
              return [img.naturalWidth > 0, img.getAttribute('width'), img.getAttribute('height'), img.alt.trim().length > 0].join(' ');
            });
            """) as? [String] ?? []
    }

    static func expectLoaded(_ images: [String], _ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(images.count == 2, "the step's image and the outcome's: \(page)", sourceLocation: sourceLocation)
        for image in images {
            let parts = image.split(separator: " ")
            #expect(
                parts.count == 4 && parts[0] == "true" && Int(parts[1]) ?? 0 > 0 && Int(parts[2]) ?? 0 > 0 && parts[3] == "true", "\(page): \(image)",
                sourceLocation: sourceLocation)
        }
    }

    /// Clicks the first element `css` finds, scrolled to the middle of the window first.
    static func follow(_ css: String, _ browser: WebDriver) throws {
        _ = try browser.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'center'}); return true;", [css])
        try browser.click(css)
    }

    /// The heading and the language of what the viewer shows.
    static func shown(_ browser: WebDriver) throws -> String {
        try browser.execute(
            "var h = document.querySelector('article.waymark-help h1'); return [document.documentElement.lang, document.documentElement.dir, h ? h.textContent : ''].join(' | ');"
        ) as? String ?? ""
    }

    @Test func theWebViewShowsTheImagesAndFollowsTheLinkToTheOtherGuide() throws {
        let exported = try Self.exported()
        let browser = try WebDriver(width: 390, height: 844)
        defer { browser.quit() }
        try browser.open("file://\(exported.folder.path)/index.html#en/invite-a-teammate")
        #expect(try browser.wait(until: "return document.querySelector('article.waymark-help h1') !== null"))
        #expect(try Self.shown(browser) == "en | ltr | Invite a teammate")
        Self.expectLoaded(try Self.images(browser), "en")
        // The tip's link to the other guide's step.
        try Self.follow("aside a[href='#en/remove-a-teammate/remove']", browser)
        #expect(try browser.wait(until: "return location.hash === '#en/remove-a-teammate/remove'"))
        #expect(try browser.wait(until: "var h = document.querySelector('article.waymark-help h1'); return h !== null && h.textContent === 'Remove a teammate';"))
        #expect(try browser.wait(until: "var s = document.querySelector('.current-step span[id]'); return s !== null && s.id === 'remove';"), "it lands on the step")
    }

    @Test func anArabicPageLinksToTheEnglishPageOfAGuideArabicDoesNotPublish() throws {
        let exported = try Self.exported()
        let browser = try WebDriver(width: 390, height: 844)
        defer { browser.quit() }
        try browser.open("file://\(exported.folder.path)/index.html#ar/invite-a-teammate")
        #expect(try browser.wait(until: "return document.querySelector('article.waymark-help h1') !== null"))
        #expect(try Self.shown(browser) == "ar | rtl | دعوة زميل")
        Self.expectLoaded(try Self.images(browser), "ar")
        let link = try browser.execute("var a = document.querySelector('aside a'); return a ? [a.getAttribute('href'), a.hreflang].join(' ') : '';") as? String
        #expect(link == "#en/remove-a-teammate/remove en", "the tip's link goes to the English page and says so")
        try Self.follow("aside a", browser)
        #expect(try browser.wait(until: "var h = document.querySelector('article.waymark-help h1'); return h !== null && h.textContent === 'Remove a teammate';"))
        #expect(try Self.shown(browser) == "en | ltr | Remove a teammate", "the English page, left to right")
    }

    /// The fragment file opened by itself, as an app that loads `<locale>/<guide>.html` shows it.
    @Test func theFragmentFileShowsTheImagesAndItsLinkOpensTheOtherFragment() throws {
        let exported = try Self.exported()
        let browser = try WebDriver(width: 390, height: 844)
        defer { browser.quit() }
        for (locale, next) in [("pt-BR", "pt-BR/remove-a-teammate.html"), ("ar", "en/remove-a-teammate.html")] {
            try browser.open("file://\(exported.folder.path)/\(locale)/invite-a-teammate.html")
            Self.expectLoaded(try Self.images(browser), "\(locale) fragment")
            try Self.follow("aside a", browser)
            #expect(try browser.wait(until: "return location.pathname.endsWith('/\(next)') && document.querySelector('article.waymark-help h1') !== null"), "\(locale)")
            let title = try browser.execute("return document.querySelector('article.waymark-help h1').textContent") as? String
            #expect(title == (locale == "ar" ? "Remove a teammate" : "Remover um colega"), "\(title ?? "")")
        }
    }
}
