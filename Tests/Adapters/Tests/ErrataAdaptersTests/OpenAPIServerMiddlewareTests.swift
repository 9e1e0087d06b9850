import ErrataOpenAPIRuntime
import ErrataRuntime
import Foundation
import HTTPTypes
@_spi(Generated) import OpenAPIRuntime
import LumenArchiveErrors
import Testing

/// The swift-openapi-runtime server middleware, run by the server generated code uses
/// (`UniversalServer`) around a handler that throws.
@Suite struct OpenAPIServerMiddlewareTests {
    /// A handler whose one operation throws `error`, or answers 200 when it is nil.
    struct Handler: Sendable {
        var error: (any Error & Sendable)?

        func getObject(_: Void) async throws -> String {
            if let error { throw error }
            return "stored bytes"
        }
    }

    /// The response to a GET, through the server and `middlewares` (by default errata's).
    func respond(
        throwing error: (any Error & Sendable)?,
        middlewares: [any ServerMiddleware] = [ErrataServerErrorMiddleware(LumenArchiveError.self)]
    ) async throws -> (HTTPResponse, String?) {
        let server = UniversalServer(handler: Handler(error: error), middlewares: middlewares)
        let (response, body) = try await server.handle(
            request: HTTPRequest(method: .get, scheme: "https", authority: "archive.example.com", path: "/objects/a"),
            requestBody: nil, metadata: ServerRequestMetadata(), forOperation: "getObject",
            using: { handler in handler.getObject },
            deserializer: { _, _, _ in () },
            serializer: { output, _ in (HTTPResponse(status: .ok), HTTPBody(output)) })
        guard let body else { return (response, nil) }
        return (response, try await String(collecting: body, upTo: 1 << 20))
    }

    @Test func aDocumentedErrorIsAnsweredWithItsDocumentedStatusAndBody() async throws {
        let (response, body) = try await respond(throwing: LumenArchiveError(code: .vaultSealed, message: "The vault cold-7 is sealed."))
        #expect(response.status.code == 423)
        #expect(response.headerFields[.contentType] == "application/json")
        #expect(body == #"{"fault":{"code":"VAULT_SEALED","text":"The vault cold-7 is sealed."}}"#)
        // The client side reads it back as the same error.
        let read = try LumenArchiveError.decode(Data((body ?? "").utf8), httpStatus: 423, headers: [:])
        #expect(read.code == .vaultSealed && read.placeholderValues == ["cold-7"])
    }

    @Test func anUndocumentedCodeIsAnsweredWith500UnlessItHasAStatus() async throws {
        let (plain, _) = try await respond(throwing: LumenArchiveError(code: "SHELF_FULL", message: "The shelf is full."))
        #expect(plain.status.code == 500)
        let (given, _) = try await respond(throwing: LumenArchiveError(code: "SHELF_FULL", message: "The shelf is full.", httpStatus: 507))
        #expect(given.status.code == 507)
    }

    @Test func aHeaderFormatSendsTheCodeInItsHeader() async throws {
        let error = LumenArchiveError(code: .edgeThrottled, message: "Too many requests from this client.", bodyFormat: 1)
        let (response, body) = try await respond(throwing: error)
        #expect(response.status.code == 429)
        #expect(response.headerFields[HTTPField.Name("x-lumen-fault")!] == "EDGE_THROTTLED")
        #expect(body == #"{"detail":"Too many requests from this client."}"#)
    }

    @Test func aWrappedErrorIsAnsweredByTheRuntimesErrorHandlingMiddleware() async throws {
        let error = LumenArchiveError(code: .edgeThrottled, message: "Too many requests from this client.", bodyFormat: 1)
        let (response, body) = try await respond(throwing: ErrataOpenAPIServerError(error), middlewares: [ErrorHandlingMiddleware()])
        #expect(response.status.code == 429)
        #expect(response.headerFields[HTTPField.Name("x-lumen-fault")!] == "EDGE_THROTTLED")
        #expect(response.headerFields[.contentType] == "application/json")
        #expect(body == #"{"detail":"Too many requests from this client."}"#)
    }

    @Test func otherErrorsAndSuccessesPassThrough() async throws {
        await #expect(throws: ServerError.self) { _ = try await respond(throwing: CocoaError(.fileNoSuchFile)) }
        let (response, body) = try await respond(throwing: nil)
        #expect(response.status == .ok)
        #expect(body == "stored bytes")
    }
}
