import ErrataHummingbird
import ErrataRuntime
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LumenArchiveErrors
import Testing

/// The Hummingbird adapter: a route throws a service error (wrapped, or through the middleware),
/// and the client receives the documented response.
@Suite struct HummingbirdAdapterTests {
    /// An application whose routes throw: `/wrapped` an `ErrataHummingbirdError` of `error`, `/thrown`
    /// the error itself through `ErrataHummingbirdMiddleware`, `/other` another error, `/ok` nothing.
    func application(throwing error: LumenArchiveError) -> some ApplicationProtocol {
        let router = Router()
        router.get("/wrapped") { _, _ -> String in throw ErrataHummingbirdError(error) }
        router.group().add(middleware: ErrataHummingbirdMiddleware(LumenArchiveError.self))
            .get("/thrown") { _, _ -> String in throw error }
            .get("/other") { _, _ -> String in throw HTTPError(.badRequest) }
            .get("/ok") { _, _ in "stored bytes" }
        return Application(router: router)
    }

    /// Status, headers and body text of a GET of `path`.
    func get(_ path: String, from app: some ApplicationProtocol) async throws -> (Int, HTTPFields, String) {
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                (response.status.code, response.headers, String(buffer: response.body))
            }
        }
    }

    @Test(arguments: ["/wrapped", "/thrown"])
    func aDocumentedErrorIsAnsweredWithItsDocumentedStatusAndBody(path: String) async throws {
        let app = application(throwing: LumenArchiveError(code: .vaultSealed, message: "The vault cold-7 is sealed."))
        let (status, headers, body) = try await get(path, from: app)
        #expect(status == 423)
        #expect(headers[.contentType] == "application/json")
        #expect(body == #"{"fault":{"code":"VAULT_SEALED","text":"The vault cold-7 is sealed."}}"#)
        #expect(headers[.contentLength] == String(body.utf8.count))
        // A client reads it back as the same error.
        let read = try LumenArchiveError.decode(Data(body.utf8), httpStatus: status, headers: [:])
        #expect(read.code == .vaultSealed && read.placeholderValues == ["cold-7"])
    }

    @Test func anUndocumentedCodeIsAnsweredWith500UnlessItHasAStatus() async throws {
        let plain = application(throwing: LumenArchiveError(code: "SHELF_FULL", message: "The shelf is full."))
        #expect(try await get("/thrown", from: plain).0 == 500)
        let given = application(throwing: LumenArchiveError(code: "SHELF_FULL", message: "The shelf is full.", httpStatus: 507))
        #expect(try await get("/wrapped", from: given).0 == 507)
    }

    @Test func aHeaderFormatSendsTheCodeInItsHeader() async throws {
        let error = LumenArchiveError(code: .edgeThrottled, message: "Too many requests from this client.", bodyFormat: 1)
        let (status, headers, body) = try await get("/thrown", from: application(throwing: error))
        #expect(status == 429)
        #expect(headers[HTTPField.Name("x-lumen-fault")!] == "EDGE_THROTTLED")
        #expect(body == #"{"detail":"Too many requests from this client."}"#)
    }

    @Test func otherErrorsAndSuccessesPassThrough() async throws {
        let app = application(throwing: LumenArchiveError(code: .vaultSealed, message: "The vault cold-7 is sealed."))
        #expect(try await get("/other", from: app).0 == 400)
        let (status, _, body) = try await get("/ok", from: app)
        #expect(status == 200 && body == "stored bytes")
    }
}
