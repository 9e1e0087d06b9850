import ErrataOpenAPIRuntime
import ErrataRuntime
import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIRuntime
import LumenArchiveErrors
import Testing

/// The swift-openapi-runtime client middleware, run by the client generated code uses
/// (`UniversalClient`) over a transport that answers with a canned response.
@Suite struct OpenAPIMiddlewareTests {
    /// Answers every request with `status`, `fields` and `body`; the body can be iterated once, as a
    /// network transport's.
    struct CannedTransport: ClientTransport {
        var status: Int
        var fields: HTTPFields = [:]
        var body: String?

        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            let stream = self.body.map { text in
                AsyncThrowingStream<HTTPBody.ByteChunk, any Error> { continuation in
                    continuation.yield(ArraySlice(text.utf8))
                    continuation.finish()
                }
            }
            return (HTTPResponse(status: .init(code: status), headerFields: fields), stream.map { HTTPBody($0, length: .unknown) })
        }
    }

    /// The operation's output: the status and the body's text, as a generated deserializer would see them.
    func send(_ transport: CannedTransport, bodyLimit: Int = 1 << 20) async throws -> (status: Int, body: String?) {
        let client = UniversalClient(
            serverURL: URL(string: "https://archive.example.com")!, transport: transport,
            middlewares: [ErrataErrorMiddleware(LumenArchiveError.self, bodyLimit: bodyLimit)])
        return try await client.send(
            input: (), forOperation: "getObject",
            serializer: { _ in (HTTPRequest(method: .get, scheme: "https", authority: "archive.example.com", path: "/objects/a"), nil) },
            deserializer: { response, body in
                guard let body else { return (response.status.code, nil) }
                return (response.status.code, try await String(collecting: body, upTo: 1 << 20))
            })
    }

    @Test func aDocumentedErrorIsThrownWrappedAndUnwrapsInOneLine() async throws {
        let transport = CannedTransport(status: 423, body: #"{"fault": {"code": "VAULT_SEALED", "text": "The vault cold-7 is sealed."}}"#)
        do {
            _ = try await send(transport)
            Issue.record("no error thrown")
        } catch {
            #expect(error is ClientError)
            let archive = try #require(LumenArchiveError(unwrapping: error))
            #expect(archive.code == .vaultSealed)
            #expect(archive.httpStatus == 423)
            #expect(archive.placeholderValues == ["cold-7"])
        }
    }

    @Test func anUndocumentedCodeIsStillTheServiceError() async throws {
        let transport = CannedTransport(status: 400, body: #"{"fault": {"code": "BAD_KEY", "text": "Bad key."}}"#)
        await #expect(throws: ClientError.self) { _ = try await send(transport) }
        do {
            _ = try await send(transport)
        } catch {
            #expect(LumenArchiveError(unwrapping: error)?.code.rawValue == "BAD_KEY")
        }
    }

    @Test func anUnrecognizedBodyPassesThroughReadable() async throws {
        let output = try await send(CannedTransport(status: 502, body: "<html>Bad gateway</html>"))
        #expect(output.status == 502)
        #expect(output.body == "<html>Bad gateway</html>")
    }

    @Test func aSuccessPassesThroughUntouched() async throws {
        // Even a body that looks like an error: a 2xx response is not read.
        let body = #"{"fault": {"code": "VAULT_SEALED", "text": "quoted"}}"#
        let output = try await send(CannedTransport(status: 200, body: body))
        #expect(output.status == 200)
        #expect(output.body == body)
        let empty = try await send(CannedTransport(status: 204))
        #expect(empty.status == 204)
        #expect(empty.body == nil)
    }

    @Test func theCodeInAHeader() async throws {
        var fields = HTTPFields()
        fields[HTTPField.Name("X-Lumen-Fault")!] = "EDGE_THROTTLED"
        do {
            _ = try await send(CannedTransport(status: 429, fields: fields, body: #"{"detail": "Too many requests from this client."}"#))
            Issue.record("no error thrown")
        } catch {
            let archive = try #require(LumenArchiveError(unwrapping: error))
            #expect(archive.code == .edgeThrottled)
            #expect(archive.info?.retryable == true)
        }
    }

    @Test func anErrorBodyOverTheLimitThrowsAndIsNoServiceError() async throws {
        let transport = CannedTransport(status: 500, body: #"{"fault": {"code": "VAULT_SEALED", "text": "\#(String(repeating: "x", count: 200))"}}"#)
        do {
            _ = try await send(transport, bodyLimit: 64)
            Issue.record("no error thrown")
        } catch {
            #expect(error is ClientError)
            #expect(LumenArchiveError(unwrapping: error) == nil)
        }
    }

    @Test func unwrappingOtherErrors() {
        let archive = LumenArchiveError(code: .objectMissing, message: "No object is stored under this key.")
        #expect(LumenArchiveError(unwrapping: archive) == archive)
        #expect(LumenArchiveError(unwrapping: CocoaError(.fileNoSuchFile)) == nil)
    }
}
