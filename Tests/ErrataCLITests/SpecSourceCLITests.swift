import ErrataTestSupport
import Foundation
import Testing

/// A spec's relative `source:` is read from the spec's folder, whatever folder errata runs in.
@Suite struct SpecSourceCLITests {
    /// A workspace with `pages/api.md` imported into `spec/api.yaml` from the workspace's root.
    func importedWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.url("pages"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepositoryPaths.fixtures.appendingPathComponent("Readers/Recipe/acme-queue-createqueue.md"),
            to: workspace.url("pages/api.md"))
        let result = try workspace.run("import", "pages/api.md", "--spec", "spec/api.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        return workspace
    }

    @Test func importRecordsThePagesPathFromTheSpecsFolder() throws {
        let workspace = try importedWorkspace()
        defer { workspace.remove() }
        let spec = try String(contentsOf: workspace.url("spec/api.yaml"), encoding: .utf8)
        #expect(spec.contains("\nsource: ../pages/api.md\n"), "\(spec)")
    }

    @Test func checkUpstreamFindsTheSourceFromAnyFolder() throws {
        let workspace = try importedWorkspace()
        defer { workspace.remove() }
        let fromRoot = try workspace.run("check", "--upstream", "--spec", "spec/api.yaml")
        #expect(fromRoot.status == 0, "\(fromRoot.stdout)\(fromRoot.stderr)")
        let fromSpec = try ErrataCLI.run(["check", "--upstream", "--spec", "api.yaml"], in: workspace.url("spec"))
        #expect(fromSpec.status == 0, "\(fromSpec.stdout)\(fromSpec.stderr)")
        try FileManager.default.createDirectory(at: workspace.url("elsewhere"), withIntermediateDirectories: true)
        let fromElsewhere = try ErrataCLI.run(["diff", "../spec/api.yaml"], in: workspace.url("elsewhere"))
        #expect(fromElsewhere.status == 0, "\(fromElsewhere.stdout)\(fromElsewhere.stderr)")
        // The page changes: found from the spec's folder too, naming the page by a path that works here.
        let page = try String(contentsOf: workspace.url("pages/api.md"), encoding: .utf8)
        try page.replacingOccurrences(of: "QueueAlreadyExists", with: "QueueExistsAlready")
            .write(to: workspace.url("pages/api.md"), atomically: true, encoding: .utf8)
        let drift = try ErrataCLI.run(["check", "--upstream", "--spec", "api.yaml"], in: workspace.url("spec"))
        #expect(drift.status == 1, "\(drift.stdout)\(drift.stderr)")
        #expect(drift.stdout.contains("../pages/api.md"), "\(drift.stdout)")
    }
}
