import Foundation

extension TemporaryProject {
    /// The frozen fixtures of the guide format (`Tests/FormatFixtures`): every construct, in
    /// every locale, with the repository's templates and assets.
    public static func formatFixtures() throws -> TemporaryProject {
        let fixtures = TestPaths.repository.appendingPathComponent("Tests/FormatFixtures")
        let project = try TemporaryProject(guides: [:])
        let fm = FileManager.default
        try fm.removeItem(at: project.url("Content"))
        try fm.copyItem(at: fixtures.appendingPathComponent("Content"), to: project.url("Content"))
        try fm.copyItem(at: fixtures.appendingPathComponent("waymark.yml"), to: project.url("waymark.yml"))
        return project
    }
}
