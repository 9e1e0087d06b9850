import Foundation

/// What every generated error type is (`HuaweiOCRError`): read from a response, and written as
/// one. The adapters for HTTP stacks (docs/adapters.md) are generic over it, so one adapter
/// serves every service generated for the shared runtime.
///
/// In the embedded runtime mode the protocol is the library's own internal copy
/// (`PErrataServiceError`, P being the type prefix), which no adapter knows: the adapters work
/// with libraries generated for the shared runtime only.
public protocol ErrataServiceError: Error, Sendable {
    /// Reads the body of a failed response, in any documented format, with its HTTP status and its
    /// headers (a format may read the code from a header).
    ///
    /// - Throws: the library's unrecognized-response error when the body is in none of the
    ///   documented formats.
    static func decode(_ data: Data, httpStatus: Int?, headers: [String: String]) throws -> Self

    /// The HTTP status of the response the error was read from, when known.
    var httpStatus: Int? { get }

    /// The status the documentation gives the error: that of the documentation row its message
    /// matches, else of the code's first row; nil for an undocumented code or a row without one.
    var documentedStatus: Int? { get }

    /// The body as the API sends it, in the error's documented format.
    func encodedBody() -> Data

    /// The headers a response carrying `encodedBody()` needs: its content type and, in a format
    /// whose code is a header, that header.
    var bodyHeaders: [String: String] { get }
}

extension ErrataServiceError {
    /// The status to send the error with: `httpStatus`, else `documentedStatus`, else 500.
    public var responseStatus: Int { httpStatus ?? documentedStatus ?? 500 }

    /// The service error that `error` is, or that the errors wrapping it carry (an OpenAPI
    /// client's `ClientError`, with the `ErrataOpenAPIRuntime` adapter), at any depth; nil when it
    /// is none.
    public init?(unwrapping error: any Error) {
        guard let found = ErrataErrors.unwrap(error, as: Self.self) else { return nil }
        self = found
    }
}

/// An error that carries another, as an HTTP client's error carries the error a middleware threw.
/// The adapters give it to their stacks' wrapping errors (`ClientError`, `ServerError`), so that a
/// generated code matches through them: `catch .someCode` catches the service error a client
/// throws wrapped.
public protocol ErrataWrappingError: Error {
    /// The error carried.
    var wrappedError: any Error { get }
}

/// Errors inside errors.
public enum ErrataErrors {
    /// `error` as `E`, or the `E` that wrapping errors (`ErrataWrappingError`) carry, at any depth
    /// (at most 32 wrappers); nil when there is none.
    public static func unwrap<E: Error>(_ error: any Error, as type: E.Type) -> E? {
        var current = error
        for _ in 0...32 {
            if let found = current as? E { return found }
            guard let wrapper = current as? any ErrataWrappingError else { return nil }
            current = wrapper.wrappedError
        }
        return nil
    }
}

extension ErrataBody {
    /// The headers of a response whose body is an error written in `format`: `Content-Type`
    /// (`application/json`, `application/problem+json` for problem details, `application/xml`)
    /// and, for a header format, the code in its header.
    public static func responseHeaders(code: String, format: Format) -> [String: String] {
        var headers = ["Content-Type": format.isXML ? "application/xml" : format.kind == .problemDetails ? "application/problem+json" : "application/json"]
        if case .header(let name) = format.syntax { headers[name] = code }
        return headers
    }
}
