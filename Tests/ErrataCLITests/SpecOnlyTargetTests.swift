import ErrataTestSupport
import Foundation
import Testing

/// SwiftPM skips a target whose folder holds no Swift file, so a `*.errata.yaml` spec alone in a
/// target folder is never built: `errata import` warns at the spec and names the file to add
/// (scripts/check-walkthrough.sh builds such a target once the file is there).
@Suite struct SpecOnlyTargetTests {
    @Test func importWarnsWhenTheTargetFolderHoldsNoSwiftFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errata-target-\(UUID().uuidString)")
        let target = folder.appendingPathComponent("Sources/AcmeErrors")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = RepositoryPaths.path("Tests/Fixtures/Pages/acme-lb-nested.md").path
        let spec = "Sources/AcmeErrors/acme.errata.yaml"

        let alone = try ErrataCLI.run(["import", page, "--spec", spec], in: folder)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stderr.contains("\(spec): warning: the folder holds no .swift file"), "\(alone.stderr)")
        #expect(alone.stderr.contains("add Sources/AcmeErrors/AcmeErrors.swift"), "\(alone.stderr)")

        try Data().write(to: target.appendingPathComponent("AcmeErrors.swift"))
        let withSource = try ErrataCLI.run(["import", page, "--spec", spec], in: folder)
        #expect(withSource.status == 0, "\(withSource.stderr)")
        #expect(!withSource.stderr.contains("warning"), "\(withSource.stderr)")
    }

    /// Only build-tool plugin specs: a repository spec (`spec/x.yaml`) is no target's.
    @Test func aRepositorySpecIsNoTarget() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = RepositoryPaths.path("Tests/Fixtures/Pages/acme-lb-nested.md").path
        let result = try workspace.run("import", page, "--spec", "spec/acme.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no .swift file"), "\(result.stderr)")
    }
}
