import AsyncHTTPClient
import ErrataAsyncHTTPClient
import ErrataRuntime
import Foundation
import LumenArchiveErrors
import NIOCore
import NIOHTTP1
import Testing

/// The async-http-client adapter: a service error from an `HTTPClientResponse`, its body collected
/// up to a bound.
@Suite struct AsyncHTTPClientAdapterTests {
    func response(_ status: UInt, _ headers: HTTPHeaders = [:], _ body: String) -> HTTPClientResponse {
        HTTPClientResponse(status: .init(statusCode: Int(status)), headers: headers, body: .bytes(ByteBuffer(string: body)))
    }

    @Test func aDocumentedCode() async throws {
        let error = try await LumenArchiveError(
            response: response(423, ["Content-Type": "application/json"], #"{"fault": {"code": "VAULT_SEALED", "text": "The vault cold-7 is sealed."}}"#))
        #expect(error.code == .vaultSealed)
        #expect(error.httpStatus == 423)
    }

    @Test func anUndocumentedCode() async throws {
        let error = try await LumenArchiveError(response: response(400, [:], #"{"fault": {"code": "BAD_KEY", "text": "Bad key."}}"#))
        #expect(error.code.rawValue == "BAD_KEY")
        #expect(!error.code.isDocumented)
    }

    @Test func anUnrecognizedBody() async {
        await #expect(throws: LumenArchiveUnrecognizedResponse(httpStatus: 502, body: "<html>Bad gateway</html>")) {
            try await LumenArchiveError(response: response(502, [:], "<html>Bad gateway</html>"))
        }
    }

    @Test func theCodeInAHeader() async throws {
        let error = try await LumenArchiveError(response: response(429, ["x-LUMEN-fault": "EDGE_THROTTLED"], ""))
        #expect(error.code == .edgeThrottled)
    }

    @Test func aBodyOverTheBoundIsAnError() async throws {
        let body = #"{"fault": {"code": "VAULT_SEALED", "text": "\#(String(repeating: "x", count: 100))"}}"#
        await #expect(throws: NIOTooManyBytesError.self) {
            try await LumenArchiveError(response: response(423, [:], body), bodyLimit: 64)
        }
        // At the bound exactly, it reads.
        let error = try await LumenArchiveError(response: response(423, [:], body), bodyLimit: body.utf8.count)
        #expect(error.code == .vaultSealed)
    }
}
