#if canImport(Glibc)
import ErrataTestSupport
import ErrataSync
import ErrataModel
import Foundation
import Testing

/// `PageFetcher` on its own: the body, the size limit checked while streaming, and errors.
@Suite struct UpstreamFetcherTests {
    @Test func fetchReturnsTheBodyAndContentType() throws {
        let body = Array("<table><tr><td>x</td></tr></table>".utf8)
        let server = try UpstreamTestServer(.respond(status: 200, contentType: "text/html; charset=utf-8", body: body))
        let page = try PageFetcher.fetch(try #require(URL(string: server.url("/p.html"))), timeout: 5)
        #expect(page.body == body)
        #expect(page.contentType == "text/html; charset=utf-8")
    }

    @Test func sizeLimitStopsTheTransferWhileItStreams() throws {
        // 1 ms between chunks: all 64 MiB would take over a second to send; the client stops far earlier.
        let total = 64 << 20
        let server = try UpstreamTestServer(.stream(total: total, pause: 0.001))
        #expect(throws: Diagnostic.self) {
            try PageFetcher.fetch(try #require(URL(string: server.url("/big"))), timeout: 10, maximumSize: 100_000)
        }
        #expect(server.waitUntilStopped())
        // Had the whole body been read before checking its size, the server would have sent all of it.
        #expect(server.bytesSent < total, "sent \(server.bytesSent) of \(total) bytes")
        print("streamed \(server.bytesSent) bytes before the client hung up")
    }

    @Test func errorsNameTheURL() throws {
        let server = try UpstreamTestServer(.respond(status: 503, contentType: "text/plain", body: []))
        let url = server.url("/down")
        let error = try #require(throws: Diagnostic.self) { try PageFetcher.fetch(try #require(URL(string: url)), timeout: 5) }
        #expect(error.description.hasPrefix("\(url): error: the server answered HTTP 503"), "\(error)")
        let notHTTP = try #require(throws: Diagnostic.self) { try PageFetcher.fetch(try #require(URL(string: "ftp://example.com/x")), timeout: 5) }
        #expect(notHTTP.message == "not an http or https URL")
    }

    @Test func pageFromAURLIsReadInTheFormatItsNameOrTypeSays() throws {
        let markdown = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/Readers/huawei-ocr.md"))
        let server = try UpstreamTestServer(.respond(status: 200, contentType: "text/plain", body: Array(markdown)))
        let catalog = try UpstreamPage.read(server.url("/docs/huawei-ocr.md?lang=en"), fetch: .init(timeout: 5)).catalog
        #expect(catalog.entries.count == 46)
        #expect(catalog.source == server.url("/docs/huawei-ocr.md?lang=en"))
    }
}
#endif
