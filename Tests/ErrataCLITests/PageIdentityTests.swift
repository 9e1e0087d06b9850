import ErrataSync
import ErrataReaders
import ErrataTestSupport
import Foundation
import Testing

/// A page names its service and is the spec's source: `import` fills both in, and
/// `check --upstream` alone compares the spec with that source.
@Suite struct PageIdentityTests {
    @Test(arguments: [
        ("Error Codes - Optical Character Recognition (OCR) - Huawei Cloud", "Optical Character Recognition (OCR)"),
        ("Acme Database Service error codes", "Acme Database Service"),
        ("AI Service > OCR > Document OCR > Error Code", "Document OCR"),
        ("Response and error codes. {{ objstorage-name }} API (S3)", "S3"),
        ("HTTP Status Codes of Shared Load Balancers", "Shared Load Balancers"),
        ("Acme Mail | Errors", "Acme Mail"),
        ("Error Codes_Optical Character Recognition_API Reference_Acme Cloud", "Optical Character Recognition"),
        ("错误码_文字识别_API参考", "文字识别"),
        ("acme_mail_errors", "acme_mail_errors"),
    ])
    func serviceNameFromTitle(title: String, service: String) {
        #expect(PageTitle.serviceName(fromTitle: title) == service)
    }

    @Test(arguments: ["Error Codes", "错误码", "Errors", "API error codes", "Common error codes"])
    func genericTitlesNameNoService(title: String) {
        #expect(PageTitle.serviceName(fromTitle: title) == nil)
    }

    /// HTML: the `<title>` names the page, else the first heading; a `<title>` inside a table does not.
    @Test func htmlTitleElementThenFirstHeading() throws {
        let table = "<table><tr><th>Error Code</th><th>Message</th></tr><tr><td>A.1</td><td>Failed.</td></tr></table>"
        let titled = try HTMLReader.read(
            data: Array("<html><head><title>Errors - Acme Mail</title></head><body><h1>Error Codes</h1>\(table)</body></html>".utf8), path: "p.html")
        #expect(titled.title == "Errors - Acme Mail")
        let headed = try HTMLReader.read(data: Array("<h1>Acme Queue errors</h1>\(table)".utf8), path: "p.html")
        #expect(headed.title == "Acme Queue errors")
        let page = try DocumentReader.readPage(
            data: Array("<title>Error Codes_Acme Mail_API Reference</title>\(table)".utf8), path: "p.html")
        #expect(page.catalog.service == "Acme Mail")
    }

    @Test func titlesOfEachFormat() {
        #expect(PageTitle.markdown("---\ntitle: \"Acme API errors\"\n---\n# Other") == "Acme API errors")
        #expect(PageTitle.markdown("Intro\n\n## Acme <a name=\"x\"></a>Mail errors {#errors}\n") == "Acme Mail errors")
        #expect(PageTitle.markdown("Acme Mail\n=========\n\ntext") == "Acme Mail")
        #expect(PageTitle.rst(":orphan:\n\n.. _x:\n\n=========\nAcme Mail\n=========\n\nText\n----\n") == "Acme Mail")
        #expect(PageTitle.text("\n\n  Acme Mail errors  \nmore") == "Acme Mail errors")
        #expect(PageTitle.markdown("no heading at all") == nil)
    }

    @Test func importNamesTheServiceAndRecordsTheSourceThenCheckUpstreamUsesIt() throws {
        let workspace = try Workspace()
        let page = RepositoryPaths.fixtures.appendingPathComponent("Pages/acme-lb-nested.md").path
        #expect(try workspace.run("import", page, "--spec", "alb.yaml").status == 0)
        let spec = try String(contentsOf: workspace.url("alb.yaml"), encoding: .utf8)
        #expect(spec.contains("service: Acme Load Balancer\nsource: \(page)\n"))
        var result = try workspace.run("check", "--spec", "alb.yaml", "--upstream")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "in sync: alb.yaml matches \(page)\n")
        result = try workspace.run("check", "--upstream", "--spec", "alb.yaml")
        #expect(result.status == 0)
        // diff without NEW and import without INPUT use the spec's source too.
        result = try workspace.run("diff", "alb.yaml")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        result = try workspace.run("import", "--spec", "alb.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("unchanged alb.yaml: 0 added, 0 removed, 0 changed\n"), "\(result.stdout)")
        // Docs and fixtures alone, for a package whose build-tool plugin makes the Swift.
        result = try workspace.run("generate", "--spec", "alb.yaml", "--output", "out", "--no-swift")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/Docs/alb.md").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("out/Swift").path))
        #expect(try workspace.run("check", "--spec", "alb.yaml", "--output", "out", "--no-swift").status == 0)
        // A spec without a source needs the page named.
        try Data(spec.replacingOccurrences(of: "source: \(page)\n", with: "").utf8).write(to: workspace.url("alb.yaml"))
        result = try workspace.run("check", "--spec", "alb.yaml", "--upstream")
        #expect(result.status == 2)
        #expect(result.stderr.contains("alb.yaml: error: the spec has no 'source' to compare with"))
    }

    @Test func importTakesAURLAndRecordsIt() throws {
        let page = try Data(contentsOf: RepositoryPaths.fixtures.appendingPathComponent("Pages/acme-storage-xml.html"))
        let server = try UpstreamTestServer(.respond(status: 200, contentType: "text/html; charset=utf-8", body: Array(page)))
        let workspace = try Workspace()
        let url = server.url("/docs/errors.html")
        let result = try workspace.run("import", url, "--spec", "aos.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        let spec = try String(contentsOf: workspace.url("aos.yaml"), encoding: .utf8)
        #expect(spec.contains("source: \(url)\n"))
        #expect(spec.contains("format: xml"))
        #expect(spec.contains("- code: BucketGone"))
    }
}
