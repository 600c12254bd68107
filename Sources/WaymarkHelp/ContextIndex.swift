/// The context index (`context.json`): for each surface, screen, element and action of the
/// product, the steps that document it, best first.
public struct ContextIndex: Codable, Sendable, Hashable {
    /// The index's schema version (the bundle's).
    public var schemaVersion: Int
    /// surface → screen → element → action → ranked steps.
    public var surfaces: [String: [String: [String: [String: [Entry]]]]]

    /// A step that documents an action, and the platforms where it does.
    public struct Entry: Codable, Sendable, Hashable {
        /// The guide's id, the method's and the step's anchors.
        public var guide: String, method: String, step: String
        /// Where this step documents the action (empty: every platform of the surface).
        public var platforms: [String]

        package init(guide: String, method: String, step: String, platforms: [String]) {
            (self.guide, self.method, self.step, self.platforms) = (guide, method, step, platforms)
        }
    }

    package init(surfaces: [String: [String: [String: [String: [Entry]]]]]) {
        self.schemaVersion = HelpBundleFormat.schemaVersion
        self.surfaces = surfaces
    }
}
