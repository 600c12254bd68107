import WaymarkGuide

extension GuideDocumentBuilder {
    /// The text a link to a guide or step shows in this locale: another guide's title, or the
    /// title of this guide's method, step or troubleshooting entry (issue 15).
    public func linkTitle(_ reference: GuideReference, in guide: Guide) -> String {
        guard let other = reference.guide, other != guide.id else { return anchorTitle(reference.anchor ?? "", in: guide) }
        return guideTitles.title(of: other) ?? other
    }
}
