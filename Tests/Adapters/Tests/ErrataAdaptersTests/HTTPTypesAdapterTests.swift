import ErrataHTTPTypes
import ErrataRuntime
import Foundation
import HTTPTypes
import LumenArchiveErrors
import Testing

/// The swift-http-types adapter: a service error from an `HTTPResponse` and its body's bytes, and
/// a service error as a response's head.
@Suite struct HTTPTypesAdapterTests {
    func response(_ status: Int, _ fields: [(String, String)] = []) -> HTTPResponse {
        var headerFields = HTTPFields()
        for (name, value) in fields { headerFields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return HTTPResponse(status: .init(code: status), headerFields: headerFields)
    }

    @Test func aDocumentedCode() throws {
        let body = Data(#"{"fault": {"code": "OBJECT_MISSING", "text": "No object is stored under this key."}}"#.utf8)
        let error = try LumenArchiveError(data: body, response: response(404, [("Content-Type", "application/json")]))
        #expect(error.code == .objectMissing)
        #expect(error.httpStatus == 404)
        #expect(error.matchedVariant?.statuses == [404])
    }

    @Test func anUndocumentedCode() throws {
        let body = Data(#"{"fault": {"code": "SHELF_FULL", "text": "The shelf is full."}}"#.utf8)
        let error = try LumenArchiveError(data: body, response: response(507))
        #expect(error.code.rawValue == "SHELF_FULL")
        #expect(error.info == nil)
    }

    @Test func anUnrecognizedBody() {
        #expect(throws: LumenArchiveUnrecognizedResponse(httpStatus: 503, body: "upstream down")) {
            try LumenArchiveError(data: Data("upstream down".utf8), response: response(503))
        }
    }

    @Test func theCodeInAHeaderInAnyCaseAndOnABodilessResponse() throws {
        let error = try LumenArchiveError(data: Data(), response: response(429, [("X-LUMEN-FAULT", "EDGE_THROTTLED")]))
        #expect(error.code == .edgeThrottled)
        #expect(error.message == "")
        #expect(error.bodyFormat == 1)
    }

    @Test func repeatedFieldsAreJoined() {
        let fields = response(200, [("Vary", "Accept"), ("vary", "Origin"), ("X-One", "1")]).headerFields
        #expect(ErrataHTTPFields.dictionary(fields) == ["vary": "Accept, Origin", "x-one": "1"])
    }

    @Test func anErrorAsAResponseHead() throws {
        let sealed = LumenArchiveError(code: .vaultSealed, message: "The vault cold-7 is sealed.")
        #expect(sealed.httpResponse.status.code == 423)
        #expect(sealed.httpResponse.headerFields[.contentType] == "application/json")
        let throttled = LumenArchiveError(code: .edgeThrottled, message: "Too many requests from this client.", bodyFormat: 1)
        let head = throttled.httpResponse
        #expect(head.status.code == 429)
        #expect(head.headerFields[HTTPField.Name("x-lumen-fault")!] == "EDGE_THROTTLED")
        // What is sent reads back as the same error.
        let read = try LumenArchiveError(data: throttled.encodedBody(), response: head)
        #expect(read.code == .edgeThrottled)
        #expect(read.message == throttled.message)
    }
}
