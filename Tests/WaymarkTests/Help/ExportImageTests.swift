import Foundation
import Testing
import WaymarkHelp
import WaymarkTestSupport

/// Issue 15: images travel into the embedded export: the files, the manifest's list, the
/// fragments' and structured guides' references, and their verification.
@Suite struct ExportImageTests {
    static func exported(_ output: String = "HelpBundle") throws -> (TemporaryProject, URL) {
        let project = try FormatConstructTests.project()
        let result = try runWaymark(["export", "--root", project.root.path, "--output", output], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        return (project, project.url(output))
    }

    @Test func theBundleCarriesEveryUsedImageByteIdenticallyTwice() throws {
        let (project, folder) = try Self.exported()
        let result = try runWaymark(["export", "--root", project.root.path, "--output", "Again"], in: project.root)
        #expect(result.status == 0)
        let (a, b) = (TemporaryProject.tree(at: folder), TemporaryProject.tree(at: project.url("Again")))
        #expect(a == b, "two exports give the same bytes")
        let bundle = try HelpBundle(contentsOf: folder)
        let images = try #require(bundle.manifest.images)
        #expect(
            images.map(\.source) == ["invite-sent.png", "invite-sent@2x.png", "members-dark.svg", "members.svg", "pt-BR/members.svg"],
            "\(images.map(\.path))")
        for image in images {
            #expect(image.path.hasPrefix("images/"))
            #expect(a[image.path]?.count == image.size)
            #expect(bundle.manifest.files.contains { $0.path == image.path && $0.sha256 == image.sha256 }, "listed among the files")
        }
        #expect(images.first { $0.source == "invite-sent@2x.png" }.map { [$0.scale, $0.width, $0.height] } == [2, 240, 120])
        // The source files, copied byte for byte.
        let source = try Data(contentsOf: project.url("Content/images/pt-BR/members.svg"))
        #expect(a[images.first { $0.source == "pt-BR/members.svg" }!.path] == source)
    }

    @Test func fragmentsAndStructuredGuidesReferenceTheImagesRelatively() throws {
        let (project, folder) = try Self.exported()
        defer { withExtendedLifetime(project) {} }
        let bundle = try HelpBundle(contentsOf: folder)
        let fragment = try bundle.html("invite-a-teammate", locale: "pt-BR")
        #expect(fragment.contains(#"<img src="../images/pt-BR/members."#), "the locale's screenshot, relative to the fragment")
        #expect(fragment.contains(#"srcset="../images/members-dark."#))
        #expect(fragment.contains(#"width="320" height="240""#))
        #expect(try bundle.markdown("invite-a-teammate", locale: "en").contains(#"<img src="../images/members."#))

        let guide = try bundle.guide("invite-a-teammate", locale: "pt-BR")
        let step = try #require(guide.methods[0].steps.first { $0.id == "open-invite" })
        let image = try #require(step.image)
        #expect(image.alt.text == "A tela Membros, com Convidar no canto superior direito.")
        #expect(image.file.path.hasPrefix("images/pt-BR/members.") && image.file.width == 320 && image.file.height == 240)
        #expect(try bundle.imageURL(for: image).path == folder.appendingPathComponent(image.file.path).standardizedFileURL.path)
        #expect(try bundle.imageURL(for: image, dark: true).lastPathComponent.hasPrefix("members-dark."))
        let outcome = try #require(guide.outcome?.image)
        #expect(try bundle.imageURL(for: outcome, scale: 2).lastPathComponent.hasPrefix("invite-sent@2x."))
        #expect(try bundle.imageURL(for: outcome, dark: true, scale: 1).lastPathComponent.hasPrefix("invite-sent."), "no dark file: the light one")
        #expect(throws: HelpBundleError.tampered(path: "context.json", reason: "is not an image of the bundle")) { try bundle.imageURL(path: "context.json") }
    }

    @Test func theStructuredGuideCarriesTheNewerStepFields() throws {
        let (project, folder) = try Self.exported()
        defer { withExtendedLifetime(project) {} }
        let guide = try HelpBundle(contentsOf: folder).guide("invite-a-teammate", locale: "en")
        let steps = guide.methods[0].steps
        let wait = try #require(steps.first { $0.id == "wait-for-invitation" })
        #expect(wait.wait?.event?.kind == "email" && wait.wait?.event?.text?.text == "the invitation from Teamly" && wait.wait?.bound == "a-few")
        #expect(wait.text.text == "Wait for the email: the invitation from Teamly. This usually takes a few minutes.")
        #expect(steps.first { $0.id == "wait-for-join" }?.wait?.bound == "up-to")
        let accept = try #require(steps.first { $0.id == "accept" })
        #expect(accept.actor?.text == "Your teammate" && accept.channel == "email")
        let entries = try #require(guide.methods[0].troubleshooting)
        #expect(entries.map(\.id) == ["no-seats", "no-email"])
        #expect(entries[0].error == "seat-limit" && entries[0].message?.text == "You have no seats left on your plan.")
        #expect(entries[0].see == HelpGuideReference(guide: "remove-a-teammate", step: "remove", title: "Remove a teammate"))
        #expect(entries[1].steps.map(\.id) == ["check-spam", "resend"] && entries[1].steps[0].actor?.text == "Your teammate")
        #expect(guide.troubleshooting?.first?.support.map { [$0.channel, $0.url] } == ["email", "mailto:support@example.com"])
        #expect(guide.next?.count == 3 && guide.next?[2].url == "https://help.example.com/projects")
        #expect(guide.next?[0].guide?.guide == "remove-a-teammate")
        let tip = try #require(steps.first { $0.id == "send" }?.callouts.first)
        #expect(tip.text.html == #"To take someone off the team later, <a href="remove-a-teammate.html#remove">remove them</a>."#)
    }

    @Test func aChangedImageFailsVerification() throws {
        let (project, folder) = try Self.exported()
        defer { withExtendedLifetime(project) {} }
        let image = try #require(try HelpBundle(contentsOf: folder).manifest.images?.first { $0.source == "members.svg" })
        let url = folder.appendingPathComponent(image.path)
        var data = try Data(contentsOf: url)
        data[data.count / 2] ^= 0x20
        try data.write(to: url)
        #expect(throws: HelpBundleError.tampered(path: image.path, reason: "does not match its SHA-256 digest")) { try HelpBundle(contentsOf: folder) }
    }

    @Test func anImageChangedAfterOpeningIsRefusedWhenItsURLIsAskedFor() throws {
        let (project, folder) = try Self.exported()
        defer { withExtendedLifetime(project) {} }
        let bundle = try HelpBundle(contentsOf: folder)
        let image = try #require(try bundle.guide("invite-a-teammate", locale: "en").outcome?.image)
        try Data("not a png".utf8).write(to: folder.appendingPathComponent(image.file.path))
        #expect(throws: HelpBundleError.self) { try bundle.imageURL(for: image) }
    }

    @Test func anImagesListThatDisagreesWithTheFilesIsRefused() throws {
        let (project, folder) = try Self.exported()
        defer { withExtendedLifetime(project) {} }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as! [String: Any]
        var images = manifest["images"] as! [[String: Any]]
        images[0]["size"] = 1
        manifest["images"] = images
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: manifestURL)
        let path = images[0]["path"] as! String
        #expect(throws: HelpBundleError.tampered(path: path, reason: "has a size or digest in the images list that differs from its file entry")) {
            try HelpBundle(contentsOf: folder)
        }
    }
}
