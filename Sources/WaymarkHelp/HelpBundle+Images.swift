import Foundation

extension HelpBundle {
    /// The file URL of an image a structured guide references, for an image view: the dark-mode
    /// file when `dark` is true and the guide has one, the high-density file when `scale` is 2 or
    /// more and there is one. The file is verified against its digest again before the URL is
    /// returned, so a file changed after the bundle was opened is refused.
    ///
    /// ```swift
    /// let guide = try bundle.guide("invite-a-teammate", locale: "pt-BR")
    /// if let image = guide.methods[0].steps[0].image {
    ///     let url = try bundle.imageURL(for: image, dark: traits.userInterfaceStyle == .dark, scale: Int(traits.displayScale))
    ///     // draw url at image.file.width × image.file.height points, with image.alt.text as its label
    /// }
    /// ```
    public func imageURL(for image: HelpImage, dark: Bool = false, scale: Int = 1) throws(HelpBundleError) -> URL {
        let file = dark ? image.dark ?? image.file : image.file
        return try imageURL(path: scale >= 2 ? file.path2x ?? file.path : file.path)
    }

    /// The file URL of an image file of the bundle by its path (`images/members.3f2a9c41d0b7.png`),
    /// after verifying its size and digest; `.tampered` for a path the manifest does not list as an image.
    public func imageURL(path: String) throws(HelpBundleError) -> URL {
        guard manifest.images?.contains(where: { $0.path == path }) == true else { throw .tampered(path: path, reason: "is not an image of the bundle") }
        _ = try read(path)
        return url.appendingPathComponent(path)
    }

    /// Every image the manifest lists is a file it lists, with the same size and digest.
    static func checkImages(_ manifest: BundleManifest, digests: [String: BundleManifest.File]) throws(HelpBundleError) {
        for image in manifest.images ?? [] {
            guard let file = digests[image.path] else { throw .tampered(path: image.path, reason: "is named by the manifest but has no digest") }
            guard file.size == image.size, file.sha256 == image.sha256 else {
                throw .tampered(path: image.path, reason: "has a size or digest in the images list that differs from its file entry")
            }
        }
    }
}
