import ErrataTestSupport
import Foundation
import Testing

/// Warnings through the executable: `path:line:col: warning: …` on standard error, or GitHub
/// annotations; the exit status unchanged; `--strict` makes them errors (exit 2, nothing written).
@Suite struct WarningCLITests {
    static let page = """
        | Status Code | Error Code | Error Message |
        |---|---|---|
        | 4000 | ELB.1001 | Bad listener. |
        | 404 | ELB. 1002 | Listener gone. |
        """

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try Data(Self.page.utf8).write(to: workspace.url("page.md"))
        return workspace
    }

    @Test func textWarningsLeaveTheExitStatusAlone() throws {
        let workspace = try workspace()
        let result = try workspace.run("import", "page.md", "--spec", "elb.yaml")
        #expect(result.status == 0)
        #expect(result.stderr.contains("page.md:3:3: warning: the status \"4000\" of code \"ELB.1001\" is not an HTTP status (100-599)"))
        #expect(result.stderr.contains("page.md:4:9: warning: the code cell \"ELB. 1002\" holds a space"))
        #expect(FileManager.default.fileExists(atPath: workspace.url("elb.yaml").path))
    }

    @Test func githubAnnotations() throws {
        let workspace = try workspace()
        let result = try workspace.run("dump", "page.md", "--diagnostics", "github")
        #expect(result.status == 0)
        #expect(result.stderr.contains("::warning file=page.md,line=3,col=3::the status \"4000\" of code \"ELB.1001\" is not an HTTP status"))
        #expect(result.stdout.contains("\"ELB. 1002\""))
    }

    @Test func strictMakesWarningsErrorsAndWritesNothing() throws {
        let workspace = try workspace()
        var result = try workspace.run("import", "page.md", "--spec", "elb.yaml", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("page.md:3:3: warning: the status"))
        #expect(result.stderr.hasSuffix("error: warnings are errors with --strict; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("elb.yaml").path))

        result = try workspace.run("dump", "page.md", "--strict")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)

        // A spec whose module needs a transliterated Swift name: generate warns; --strict refuses.
        let spec = "service: S\nentries:\n  - {code: A.1, module: 平台, message: m}\n"
        try Data(spec.utf8).write(to: workspace.url("zh.yaml"))
        result = try workspace.run("generate", "--spec", "zh.yaml", "--output", "out", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("zh.yaml:3:5: warning: module '平台' has no ASCII letters"))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("out").path))
        result = try workspace.run("generate", "--spec", "zh.yaml", "--output", "out")
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: module '平台'"))
    }
}
