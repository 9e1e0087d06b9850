import ErrataRuntime
import Foundation
import LumenArchiveErrors
import Testing

/// `ErrataServiceError`, which every generated error conforms to and the adapters are generic
/// over, on the invented Lumen Archive library (Tests/Fixtures/Adapters/lumen-archive.yaml): a JSON
/// body, and a code in the `x-lumen-fault` header tried after it. Always built (no trait needed).
@Suite struct ServiceErrorTests {
    /// Reads through the protocol, as an adapter does.
    func decode<E: ErrataServiceError>(_: E.Type, _ body: String, status: Int?, headers: [String: String] = [:]) throws -> E {
        try E.decode(Data(body.utf8), httpStatus: status, headers: headers)
    }

    @Test func aDocumentedCodeReadThroughTheProtocol() throws {
        let body = #"{"fault": {"code": "VAULT_SEALED", "text": "The vault cold-7 is sealed.", "trace": "t-41"}}"#
        let error = try decode(LumenArchiveError.self, body, status: 423)
        #expect(error.code == .vaultSealed)
        #expect(error.placeholderValues == ["cold-7"])
        #expect(error.trace == "t-41")
        #expect(error.httpStatus == 423)
        #expect(error.documentedStatus == 423)
        #expect(error.bodyHeaders == ["Content-Type": "application/json"])
    }

    @Test func anUndocumentedCodeKeepsItsTextAndHasNoDocumentedStatus() throws {
        let error = try decode(LumenArchiveError.self, #"{"fault": {"code": "QUOTA_GONE", "text": "Over quota."}}"#, status: 409)
        #expect(error.code == LumenArchiveErrorCode(rawValue: "QUOTA_GONE"))
        #expect(!error.code.isDocumented)
        #expect(error.documentedStatus == nil)
        #expect(error.responseStatus == 409)
        #expect(LumenArchiveError(code: "QUOTA_GONE", message: "Over quota.").responseStatus == 500)
    }

    @Test func aBodyInNoFormatThrowsTheUnrecognizedResponse() {
        #expect(throws: LumenArchiveUnrecognizedResponse(httpStatus: 502, body: "<html>Bad gateway</html>")) {
            try decode(LumenArchiveError.self, "<html>Bad gateway</html>", status: 502)
        }
    }

    @Test func theCodeInAHeaderAndBackInTheHeaderWhenWritten() throws {
        let error = try decode(
            LumenArchiveError.self, #"{"detail": "Too many requests from this client."}"#, status: 429,
            headers: ["X-Lumen-Fault": "EDGE_THROTTLED"])
        #expect(error.code == .edgeThrottled)
        #expect(error.bodyFormat == 1)
        #expect(error.matchedVariant?.message == "Too many requests from this client.")
        #expect(error.bodyHeaders == ["Content-Type": "application/json", "x-lumen-fault": "EDGE_THROTTLED"])
        #expect(String(decoding: error.encodedBody(), as: UTF8.self) == #"{"detail":"Too many requests from this client."}"#)
    }

    @Test func aMadeErrorRespondsWithTheDocumentedStatus() {
        let error = LumenArchiveError(code: .objectMissing, message: "No object is stored under this key.")
        #expect(error.httpStatus == nil)
        #expect(error.documentedStatus == 404)
        #expect(error.responseStatus == 404)
        let withStatus = LumenArchiveError(code: .objectMissing, message: "No object is stored under this key.", httpStatus: 410)
        #expect(withStatus.responseStatus == 410)
    }

    @Test func contentTypesOfTheFormats() {
        let code = [ErrataBody.Step.key("code")]
        #expect(ErrataBody.responseHeaders(code: "X", format: .init(syntax: .xml, code: code, message: [])) == ["Content-Type": "application/xml"])
        #expect(
            ErrataBody.responseHeaders(code: "X", format: .init(syntax: .json, kind: .problemDetails, code: [.key("type")], message: []))
                == ["Content-Type": "application/problem+json"])
    }
}

/// Codes matched through errors that carry the service's error, as an HTTP client's error carries
/// what its middleware threw (the adapters give the stacks' wrapping errors `ErrataWrappingError`).
@Suite struct WrappedServiceErrorTests {
    struct Carrier: ErrataWrappingError {
        var wrappedError: any Error
    }

    struct Other: Error {}

    let sealed = LumenArchiveError(code: .vaultSealed, message: "The vault cold-7 is sealed.")

    /// The `catch` clause that catches `error` when thrown.
    func caught(_ error: any Error) -> String {
        do {
            throw error
        } catch .vaultSealed {
            return "sealed"
        } catch .objectMissing {
            return "missing"
        } catch {
            return "other"
        }
    }

    @Test func catchMatchesTheCodeOfTheErrorOrOfTheErrorItCarries() {
        #expect(caught(sealed) == "sealed")
        #expect(caught(Carrier(wrappedError: sealed)) == "sealed")
        #expect(caught(Carrier(wrappedError: Carrier(wrappedError: sealed))) == "sealed")
        #expect(caught(Carrier(wrappedError: LumenArchiveError(code: .objectMissing, message: "No object is stored under this key."))) == "missing")
        #expect(caught(Carrier(wrappedError: Other())) == "other")
        #expect(caught(Other()) == "other")
    }

    @Test func unwrappingGivesTheCarriedErrorItself() {
        #expect(LumenArchiveError(unwrapping: Carrier(wrappedError: sealed)) == sealed)
        #expect(LumenArchiveError(unwrapping: Carrier(wrappedError: Other())) == nil)
        #expect(LumenArchiveError(unwrapping: Other()) == nil)
    }

    @Test func unwrappingStopsAfterThirtyTwoWrappers() {
        var deep: any Error = sealed
        for _ in 0..<32 { deep = Carrier(wrappedError: deep) }
        #expect(ErrataErrors.unwrap(deep, as: LumenArchiveError.self) == sealed)
        deep = Carrier(wrappedError: deep)
        #expect(ErrataErrors.unwrap(deep, as: LumenArchiveError.self) == nil)
    }
}
