#if canImport(Glibc)
import ErrataTestSupport
import Foundation
import Testing

/// `errata check --upstream URL` end to end, against pages served on the loopback interface.
@Suite struct UpstreamCheckTests {
    static let page = ErrataCLI.repoRoot.appendingPathComponent("Tests/Fixtures/Readers/huawei-ocr.md")

    func pageBytes(_ edit: (String) -> String = { $0 }) throws -> [UInt8] {
        Array(edit(try String(contentsOf: Self.page, encoding: .utf8)).utf8)
    }

    @Test func pageInSyncExitsZero() throws {
        let server = try UpstreamTestServer(.respond(status: 200, contentType: "text/markdown; charset=utf-8", body: pageBytes()))
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("check", "--upstream", server.url("/api-ocr/huawei-ocr.md"), "--spec", "spec/huawei-ocr.yaml")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "in sync: spec/huawei-ocr.yaml matches \(server.url("/api-ocr/huawei-ocr.md"))\n")
    }

    @Test func changedPageExitsOneWithTheDiff() throws {
        let body = try pageBytes {
            $0.replacingOccurrences(of: "| AIS.0105 | Recognition failed. |", with: "| AIS.0105 | Recognition failed, retry. |")
        }
        let server = try UpstreamTestServer(.respond(status: 200, contentType: "text/markdown", body: body), connections: 2)
        let workspace = try Workspace()
        defer { workspace.remove() }
        // errata.yml has one catalog: --upstream applies to its spec.
        let result = try workspace.run("check", "--upstream", server.url("/huawei-ocr.md"))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("spec/huawei-ocr.yaml differs from \(server.url("/huawei-ocr.md")):"))
        #expect(result.stdout.contains(#"MESSAGE_CHANGED [breaking] message: "Recognition failed." → "Recognition failed, retry.""#), "\(result.stdout)")
        #expect(result.stdout.contains("0 added, 0 removed, 1 changed"))

        let github = try workspace.run("check", "--upstream", server.url("/huawei-ocr.md"), "--report-format", "github")
        #expect(github.status == 1)
        let specLines = try String(contentsOf: workspace.url("spec/huawei-ocr.yaml"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(specLines.firstIndex { $0 == "- code: AIS.0105" }) + 1
        #expect(github.stdout.hasPrefix("::error file=spec/huawei-ocr.yaml,line=\(line),col=3,title=MESSAGE_CHANGED (breaking)::AIS.0105: message:"), "\(github.stdout)")
    }

    @Test func serverDownExitsTwoSayingConnectionRefused() throws {
        let url = "http://127.0.0.1:\(try UpstreamTestServer.closedPort())/page.md"
        let result = try ErrataCLI.run(["check", "--upstream", url, "--spec", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(url): error: cannot connect to 127.0.0.1:"), "\(result.stderr)")
        #expect(result.stderr.contains("connection refused"))
    }

    @Test func tooSlowServerExitsTwoAfterTheTimeout() throws {
        let server = try UpstreamTestServer(.stall(seconds: 8))
        let result = try ErrataCLI.run(
            ["check", "--upstream", server.url("/slow.md"), "--spec", "spec/huawei-ocr.yaml", "--timeout", "1"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(server.url("/slow.md")): error: timed out after 1 seconds"), "\(result.stderr)")
    }

    @Test func notFoundExitsTwoWithTheStatus() throws {
        let server = try UpstreamTestServer(.respond(status: 404, contentType: "text/html", body: Array("<h1>Not Found</h1>".utf8)))
        let result = try ErrataCLI.run(["check", "--upstream", server.url("/gone.html"), "--spec", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(server.url("/gone.html")): error: the server answered HTTP 404"), "\(result.stderr)")
    }

    @Test func oversizePageExitsTwo() throws {
        // No Content-Length: the limit (32 MiB) can only be noticed while the body streams in.
        let server = try UpstreamTestServer(.stream(total: 40 << 20))
        let result = try ErrataCLI.run(["check", "--upstream", server.url("/huge.html"), "--spec", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(server.url("/huge.html")): error: the page is larger than the limit of 33554432 bytes"), "\(result.stderr)")
    }

    @Test func declaredOversizePageIsRefusedFromItsHeader() throws {
        let server = try UpstreamTestServer(.declare(declaredLength: 1 << 30, body: Array("<table>".utf8)))
        let result = try ErrataCLI.run(["check", "--upstream", server.url("/huge.html"), "--spec", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the page is larger than the limit"), "\(result.stderr)")
    }

    @Test func upstreamNeedsExactlyOneCatalog() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var config = try String(contentsOf: workspace.url("errata.yml"), encoding: .utf8)
        // Several catalogs of one spec are one spec.
        #expect(try workspace.run("check", "--upstream", Self.page.path).status == 0)
        try FileManager.default.copyItem(at: workspace.url("spec/huawei-ocr.yaml"), to: workspace.url("spec/other.yaml"))
        config += "  - spec: spec/other.yaml\n    name: second\n    docs: Generated/Second\n"
        try config.write(to: workspace.url("errata.yml"), atomically: true, encoding: .utf8)
        let result = try workspace.run("check", "--upstream", Self.page.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the configuration has 2 specs; pass --spec FILE"), "\(result.stderr)")
        #expect(try workspace.run("check", "--upstream", Self.page.path, "--spec", "spec/huawei-ocr.yaml").status == 0)
    }

    /// A spec the validator refuses is refused as generate refuses it (exit 2, the located error),
    /// by check --upstream, diff and dump alike, instead of being compared or printed.
    @Test func aSpecTheValidatorRefusesIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let spec = try String(contentsOf: workspace.url("spec/huawei-ocr.yaml"), encoding: .utf8)
        try spec.replacingOccurrences(of: "  message: error_msg\n", with: "  message: error_code\n")
            .write(to: workspace.url("spec/huawei-ocr.yaml"), atomically: true, encoding: .utf8)
        let error = "spec/huawei-ocr.yaml:8:3: error: errorBody: the code and the message have the same path 'error_code'\n"
        for arguments in [
            ["check", "--upstream", Self.page.path, "--spec", "spec/huawei-ocr.yaml"], ["diff", "spec/huawei-ocr.yaml", Self.page.path],
            ["dump", "spec/huawei-ocr.yaml"], ["generate"],
        ] {
            let result = try workspace.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == error, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func otherColumnsAndStatusListsOfThePageAreCompared() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try DiffReportTests.gatewayOld.write(to: workspace.url("spec/gateway.yaml"), atomically: true, encoding: .utf8)
        // The spec's table as a page, with `GW.100`'s and `GW.200`'s cells as given.
        func page(type: String, statuses: String) throws {
            try """
                # Errors

                | Status Code | Error Code | Error Message | Type | Owner |
                |---|---|---|---|---|
                | 401 | GW.100 | Bad token. | \(type) | |
                | \(statuses) | GW.200 | Upstream down. | Server error | |
                | 429 | GW.300 | Quota exceeded. | Client error | Billing |
                | 400 | GW.400 | Bad body. | | |

                """.write(to: workspace.url("page.md"), atomically: true, encoding: .utf8)
        }
        try page(type: "Client error", statuses: "502")
        let inSync = try workspace.run("check", "--upstream", "page.md", "--spec", "spec/gateway.yaml")
        #expect(inSync.status == 0, "\(inSync.stdout)\(inSync.stderr)")

        try page(type: "Auth error", statuses: "503/502")
        let drift = try workspace.run("check", "--upstream", "page.md", "--spec", "spec/gateway.yaml")
        #expect(drift.status == 1, "\(drift.stdout)\(drift.stderr)")
        #expect(drift.stdout.contains(#"COLUMN_CHANGED [documentation] column changed: "Type: Client error" → "Type: Auth error""#), "\(drift.stdout)")
        #expect(drift.stdout.contains(#"STATUS_CHANGED [documentation] status: "502" → "503, 502""#), "\(drift.stdout)")
        #expect(try workspace.run("check", "--upstream", "page.md", "--spec", "spec/gateway.yaml", "--fail-on", "breaking").status == 0)

        try page(type: "", statuses: "502")
        let github = try workspace.run("check", "--upstream", "page.md", "--spec", "spec/gateway.yaml", "--report-format", "github")
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::warning file=spec/gateway.yaml,line=4,col=3,title=COLUMN_REMOVED (documentation)::GW.100: column removed: \"Type: Client error\"\n"), "\(github.stdout)")
        #expect(github.stdout.split(separator: "\n").count == 2, "one annotation and the summary: \(github.stdout)")
    }

    @Test func handEditedFieldsAreNotDrift() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let specURL = workspace.url("spec/huawei-ocr.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
            .replacingOccurrences(of: "- code: AIS.0105\n  module: OCR\n", with: "- code: AIS.0105\n  module: OCR\n  swiftName: recognitionFailed\n  retryable: true\n  remarks: Retried.\n")
            .replacingOccurrences(of: "service: Huawei Cloud OCR", with: "service: OCR")
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        let result = try workspace.run("check", "--upstream", Self.page.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
#endif
