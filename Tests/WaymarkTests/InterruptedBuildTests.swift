import Foundation
import Testing
import WaymarkTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Builds that were killed, that run at the same time, or that hit a full disk or a mount
/// point: the next build cleans up only what is provably Waymark's, a second build into one
/// folder stops, and every failure says what happened in words.
@Suite struct InterruptedBuildTests {
    static func makeLeftover(_ project: TemporaryProject, _ name: String, marker: Bool) throws {
        try project.write("\(name)/en/index.html", "<p>half a site</p>")
        if marker { try project.write("\(name)/.waymark-site", "This folder is a help site built by waymark\n") }
    }

    @Test func theNextBuildRemovesWhatKilledBuildsLeftAndOnlyThat() throws {
        let project = try TemporaryProject.seed()
        #expect(try runWaymark(["build"], in: project.root).status == 0)
        // What `kill -9` during a build leaves: a staging folder (marker written first) and a retired site.
        try Self.makeLeftover(project, ".Site.waymark-tmp-999999", marker: true)
        try Self.makeLeftover(project, ".Site.waymark-old-999998", marker: true)
        // Not provably ours: no marker.
        try Self.makeLeftover(project, ".Site.waymark-tmp-999997", marker: false)
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains("waymark-") }.sorted()
        #expect(names == [".Site.waymark-tmp-999997"])
    }

    @Test func aRealKilledBuildLeavesAFolderTheNextBuildRemoves() throws {
        var guides: [String: String] = [:]
        for index in 0..<300 { guides["g\(index).yaml"] = minimalGuide(id: "g\(index)") }
        let project = try TemporaryProject(guides: guides)
        #expect(try runWaymark(["build"], in: project.root).status == 0)
        // Kill the build the moment its staging folder appears.
        let process = Process()
        process.executableURL = TestPaths.waymarkBinary
        process.arguments = ["build"]
        process.currentDirectoryURL = project.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = project.url(".Site.waymark-tmp-\(process.processIdentifier)/.waymark-site").path
        while process.isRunning && !FileManager.default.fileExists(atPath: staging) { usleep(200) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let leftover = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains(".waymark-") }
        try #require(!leftover.isEmpty, "no build was killed while writing")
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains(".waymark-") }.isEmpty)
    }

    @Test func aSecondBuildIntoTheSameFolderStopsWhileTheFirstHoldsTheLock() throws {
        let project = try TemporaryProject.seed()
        #expect(try runWaymark(["build"], in: project.root).status == 0)
        let before = projectSnapshot(project.root)
        // The lock a running build holds: flock on the folder that holds Site/.
        let descriptor = open(project.root.path, O_RDONLY)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try runWaymark(["build"], in: project.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Site: error: another waymark build is writing a site next to Site right now [site.locked]"), "\(result.stderr)")
        #expect(changedPaths(before, projectSnapshot(project.root)).isEmpty)
        flock(descriptor, LOCK_UN)
        #expect(try runWaymark(["build"], in: project.root).status == 0)
    }

    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-mount-probe-\(getpid())")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard mount("tmpfs", probe.path, "tmpfs", 0, "size=64k") == 0 else { return false }
        umount(probe.path)
        return true
    }()

    func withTmpfs(size: String, at folder: URL, _ body: () throws -> Void) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #require(mount("tmpfs", folder.path, "tmpfs", 0, "size=\(size)") == 0, "mount: \(String(cString: strerror(errno)))")
        defer { umount(folder.path) }
        try body()
    }

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func aFullDiskSaysSoAndLeavesNothingBehind() throws {
        let project = try TemporaryProject.seed()
        let disk = project.url("disk")
        try withTmpfs(size: "16k", at: disk) {
            let result = try runWaymark(["build", "--output", "disk/Site"], in: project.root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
            #expect(result.stderr.contains("there was no previous site, and nothing was left behind"), "\(result.stderr)")
            #expect(!result.stderr.contains("error 1") && !result.stderr.contains("FastFileWriting"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
        }
    }

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func anOutputFolderThatIsAMountPointSaysSoInWords() throws {
        let project = try TemporaryProject.seed()
        try withTmpfs(size: "4m", at: project.url("Site")) {
            #expect(try runWaymark(["build"], in: project.root).status == 2, "the first build cannot swap a mount point either")
            try project.write("Site/.waymark-site", "marker\n")
            let before = projectSnapshot(project.url("Site"))
            let result = try runWaymark(["build"], in: project.root)
            #expect(result.status == 2)
            #expect(result.stderr.contains("Device or resource busy"), "\(result.stderr)")
            #expect(result.stderr.contains("the previous site was left as it was"))
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(changedPaths(before, projectSnapshot(project.url("Site"))).isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains(".waymark-") }.isEmpty)
    }
}
