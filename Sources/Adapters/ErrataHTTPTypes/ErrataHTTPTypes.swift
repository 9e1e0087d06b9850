// A service error from and to swift-http-types' `HTTPResponse` (docs/adapters.md). Compiled only
// with the package's `HTTPTypes` trait; without it this module is empty.
#if HTTPTypes
public import ErrataRuntime
public import Foundation
public import HTTPTypes

extension ErrataServiceError {
    /// The error of a failed response: its body's bytes, its status and its header fields (a
    /// documented format may read the code from a header).
    ///
    /// - Throws: the library's unrecognized-response error (`HuaweiOCRUnrecognizedResponse`)
    ///   when the body is in none of the documented formats.
    public init(data: Data, response: HTTPResponse) throws {
        self = try Self.decode(data, httpStatus: response.status.code, headers: ErrataHTTPFields.dictionary(response.headerFields))
    }

    /// The head of a response sending the error: `responseStatus` (the status it was read with,
    /// else the documented one, else 500) and `bodyHeaders` (the content type, and the code's
    /// header in a format that has one). The body is `encodedBody()`.
    public var httpResponse: HTTPResponse {
        HTTPResponse(status: HTTPResponse.Status(code: responseStatus), headerFields: ErrataHTTPFields.fields(bodyHeaders))
    }
}

/// Header fields as the runtime reads and writes them: a dictionary keyed by field name.
public enum ErrataHTTPFields {
    /// `fields` by name; a name sent more than once has its values joined with `, ` (RFC 9110).
    public static func dictionary(_ fields: HTTPFields) -> [String: String] {
        var headers: [String: String] = [:]
        for field in fields {
            let name = field.name.canonicalName
            if let value = headers[name] {
                headers[name] = value + ", " + field.value
            } else {
                headers[name] = field.value
            }
        }
        return headers
    }

    /// `headers` as header fields, in name order; a name that is no valid field name is left out.
    public static func fields(_ headers: [String: String]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return fields
    }
}
#endif
