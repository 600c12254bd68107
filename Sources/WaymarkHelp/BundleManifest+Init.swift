// Initializers for the exporter (same package); apps decode manifests and never make them.

extension BundleManifest {
    package init(content: ContentVersion, generator: String, sourceLocale: String, locales: [Locale], files: [File], images: [Image] = []) {
        self.format = HelpBundleFormat.formatName
        self.schemaVersion = HelpBundleFormat.schemaVersion
        self.content = content
        self.generator = generator
        self.sourceLocale = sourceLocale
        self.locales = locales
        self.search = HelpBundleFormat.searchPath
        self.context = HelpBundleFormat.contextPath
        self.webView = HelpBundleFormat.webViewPath
        self.stylesheet = HelpBundleFormat.stylesheetPath
        self.files = files
        self.images = images.isEmpty ? nil : images
    }
}

extension BundleManifest.Completeness {
    package init(current: Int, stale: Int, missing: Int) {
        self.current = current
        self.stale = stale
        self.missing = missing
        let total = current + stale + missing
        self.percent = total == 0 ? 100 : current * 100 / total
    }
}

extension BundleManifest.Guide {
    package init(
        id: String, title: String, summary: String, topic: String?, surfaces: [String], platforms: [String],
        translation: String, locale: String
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.topic = topic
        self.surfaces = surfaces
        self.platforms = platforms
        self.translation = translation
        self.html = "\(locale)/\(id).html"
        self.markdown = "\(locale)/\(id).md"
        self.json = "\(locale)/\(id).json"
        self.script = "\(locale)/\(id).js"
    }
}
