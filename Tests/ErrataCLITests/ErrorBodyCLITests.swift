import ErrataTestSupport
import Foundation
import Testing

/// `errorBody` through the `errata` executable: inferred and reported by `import`, kept when
/// edited by hand, refused with a located message (exit 2, nothing written) when wrong.
@Suite struct ErrorBodyCLITests {
    static let pages = RepositoryPaths.fixtures.appendingPathComponent("Pages")

    @Test func badErrorBodyExitsTwoAtItsLineAndWritesNothing() throws {
        let workspace = try Workspace()
        let spec = "service: S\nerrorBody:\n  code: error.message\n  message: error.message\nentries:\n  - {code: A.1, message: m}\n"
        try Data(spec.utf8).write(to: workspace.url("bad.yaml"))
        for arguments in [["generate", "--spec", "bad.yaml", "--output", "out"],
                          ["generate", "--spec", "bad.yaml", "--swift-output", "out"],
                          ["check", "--spec", "bad.yaml", "--output", "out"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(
                "bad.yaml:3:3: error: errorBody: the code and the message have the same path 'error.message'"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: workspace.url("out").path))
        }
    }

    /// A page showing the code in a header and in the body: two formats, each reported at its
    /// sample line naming where the code is, written to the spec in the order they are tried.
    @Test func importInfersAHeaderFormatBeforeTheBody() throws {
        let workspace = try Workspace()
        let page = Self.pages.appendingPathComponent("acme-blob-header.md").path
        let result = try workspace.run("import", page, "--spec", "blob.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "\(page):13: note: error body inferred from the sample here: JSON: the code in the header `x-ms-error-code`, the message at `error.message`\n"),
            "\(result.stderr)")
        #expect(result.stderr.contains("\(page):15: note: error body inferred from the sample here: JSON: the code at `error.code`"), "\(result.stderr)")
        let written = try String(contentsOf: workspace.url("blob.yaml"), encoding: .utf8)
        #expect(written.contains("errorBody:\n- header: x-ms-error-code\n  message: error.message\n- code: error.code\n  message: error.message\n"), "\(written)")
    }

    @Test func importInfersReportsAndKeepsAHandEditedFormat() throws {
        let workspace = try Workspace()
        let page = Self.pages.appendingPathComponent("acme-lb-nested.md").path
        var result = try workspace.run("import", page, "--spec", "alb.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "\(page):7:1: note: error body inferred from the sample here: JSON: the code at `error.code`, the message at `error.message`, `request_id` at `error.request_id`\n")
        let written = try String(contentsOf: workspace.url("alb.yaml"), encoding: .utf8)
        #expect(written.contains("errorBody:\n  code: error.code\n  message: error.message\n  fields:\n    request_id: error.request_id\n"))

        // A hand edit survives a re-import, with a warning naming what the page shows.
        let edited = written.replacingOccurrences(of: "    request_id: error.request_id\n", with: "    trace: error.trace\n")
        try Data(edited.utf8).write(to: workspace.url("alb.yaml"))
        result = try workspace.run("import", page, "--spec", "alb.yaml")
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("alb.yaml:7:3: warning: kept the spec's hand-edited errorBody; the page's samples show JSON:"), "\(result.stderr)")
        #expect(try String(contentsOf: workspace.url("alb.yaml"), encoding: .utf8) == edited)

        // The spec generates a library (and docs showing the nested body).
        result = try workspace.run("generate", "--spec", "alb.yaml", "--output", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try String(contentsOf: workspace.url("out/Docs/alb.md"), encoding: .utf8)
        #expect(docs.contains("- JSON: the code at `error.code`, the message at `error.message`, `trace` at `error.trace`"))
    }

    @Test func pageWithoutASampleWarnsAndUsesTheDefault() throws {
        let workspace = try Workspace()
        let page = "table.md"
        try Data("| Code | Message |\n|---|---|\n| A.1 | Failed. |\n".utf8).write(to: workspace.url(page))
        let result = try workspace.run("import", page, "--spec", "ocr.yaml")
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(page): warning: the page shows no sample error body"))
        #expect(try String(contentsOf: workspace.url("ocr.yaml"), encoding: .utf8).contains("errorBody:\n  code: error_code\n  message: error_msg\n"))
    }

    @Test func xmlServiceGetsXMLFixtures() throws {
        let workspace = try Workspace()
        let page = Self.pages.appendingPathComponent("acme-storage-xml.html").path
        #expect(try workspace.run("import", page, "--spec", "aos.yaml").status == 0)
        let result = try workspace.run("generate", "--spec", "aos.yaml", "--output", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let body = try String(contentsOf: workspace.url("out/Fixtures/aos/BucketGone.xml"), encoding: .utf8)
        #expect(body == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>BucketGone</Code>\n  <Message>The bucket you asked for was removed.</Message>\n  <Resource>example-Resource</Resource>\n  <RequestId>00000000-0000-0000-0000-000000000000</RequestId>\n</Error>\n")
        let index = try String(contentsOf: workspace.url("out/Fixtures/aos/index.json"), encoding: .utf8)
        #expect(index.contains("\"file\" : \"BucketGone.xml\""))
        #expect(index.contains("\"statuses\" : [\n      404\n    ]"))
    }
}
