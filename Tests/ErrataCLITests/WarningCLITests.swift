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
        #expect(result.stderr.contains("keeps the text as its column \"Status Code\" [status-not-http]\n"))
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
        #expect(result.stderr.hasSuffix(
            "error: warnings are errors with --strict (code-with-space, no-sample-body, status-not-http); nothing was written — settle them, or accept them by name with --allow-warning NAME or allowWarnings in errata.yml\n"))
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

    // MARK: Named warnings

    /// `--strict` passes when every warning is accepted by name, and fails on the first it does
    /// not accept, naming it; the names are those printed after the warnings.
    @Test func allowWarningAcceptsNamedWarnings() throws {
        let workspace = try workspace()
        var result = try workspace.run(
            "import", "page.md", "--spec", "elb.yaml", "--strict",
            "--allow-warning", "status-not-http", "--allow-warning", "code-with-space")
        #expect(result.status == 2)
        #expect(result.stderr.contains("warnings are errors with --strict (no-sample-body); nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("elb.yaml").path))
        result = try workspace.run(
            "import", "page.md", "--spec", "elb.yaml", "--strict",
            "--allow-warning", "status-not-http", "--allow-warning", "code-with-space", "--allow-warning", "no-sample-body")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[no-sample-body]"))
        #expect(FileManager.default.fileExists(atPath: workspace.url("elb.yaml").path))
    }

    @Test func unknownWarningNameIsAnErrorWithASuggestion() throws {
        let workspace = try workspace()
        var result = try workspace.run("dump", "page.md", "--strict", "--allow-warning", "no-sample-bdy")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--allow-warning: no warning is named 'no-sample-bdy'; did you mean 'no-sample-body'?"))
        result = try workspace.run("dump", "page.md", "--strict", "--allow-warning", "everything")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no warning is named 'everything' (docs/diagnostics.md lists the names)"))
        result = try workspace.run("dump", "page.md", "--allow-warning", "status-not-http")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--allow-warning names the warnings --strict accepts"))
    }

    /// `allowWarnings` in errata.yml accepts warnings for generate and check, so CI need not
    /// repeat `--allow-warning`; an unknown name there is a located error.
    @Test func errataYmlAllowsWarnings() throws {
        let workspace = try workspace()
        try Data("service: S\nentries:\n  - {code: A.1, module: 平台, message: m}\n".utf8).write(to: workspace.url("zh.yaml"))
        let config = "catalogs:\n  - spec: zh.yaml\n    swift: {output: out}\n"
        try Data(config.utf8).write(to: workspace.url("errata.yml"))
        var result = try workspace.run("generate", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("(non-ascii-name)"))
        try Data((config + "allowWarnings: [non-ascii-name]\n").utf8).write(to: workspace.url("errata.yml"))
        result = try workspace.run("generate", "--strict")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[non-ascii-name]"))
        result = try workspace.run("check", "--strict")
        #expect(result.status == 0, "\(result.stderr)")
        try Data((config + "allowWarnings:\n  - non-ascii-nam\n").utf8).write(to: workspace.url("errata.yml"))
        result = try workspace.run("generate", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("errata.yml:5:5: error: allowWarnings: no warning is named 'non-ascii-nam'; did you mean 'non-ascii-name'?"))
    }

    /// A spec with no codes yet generates (a library with none), warning at the `entries` key.
    @Test func emptyEntriesWarnAndStillGenerate() throws {
        let workspace = try workspace()
        try Data("service: S\nentries: []\n".utf8).write(to: workspace.url("empty.yaml"))
        var result = try workspace.run("generate", "--spec", "empty.yaml", "--output", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("empty.yaml:2:10: warning: the spec lists no codes; the generated library has none and takes every code for undocumented [no-entries]"))
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/Swift/EmptyErrorCode.swift").path))
        result = try workspace.run("check", "--spec", "empty.yaml", "--output", "out", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("[no-entries]"))
    }

    /// A page without a sample body leaves the spec's hand-written errorBody alone, and says so
    /// in a note: nothing left to check, so `--strict` passes.
    @Test func handWrittenErrorBodySilencesNoSampleBody() throws {
        let workspace = try workspace()
        let page = "| Error Code | Error Message |\n|---|---|\n| ELB.1001 | Bad listener. |\n"
        try Data(page.utf8).write(to: workspace.url("clean.md"))
        var result = try workspace.run("import", "clean.md", "--spec", "elb.yaml", "--strict")
        #expect(result.status == 2)
        #expect(result.stderr.contains("clean.md: warning: the page shows no sample error body"))
        #expect(result.stderr.contains("[no-sample-body]"))
        let spec = "service: S\nerrorBody:\n  code: error.code\n  message: error.message\nentries:\n  - {code: ELB.1001, message: Bad listener.}\n"
        try Data(spec.utf8).write(to: workspace.url("elb.yaml"))
        result = try workspace.run("import", "clean.md", "--spec", "elb.yaml", "--strict")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("elb.yaml:3:3: note: the page shows no sample error body; keeping the spec's errorBody"))
        #expect(!result.stderr.contains("warning"))
    }
}
