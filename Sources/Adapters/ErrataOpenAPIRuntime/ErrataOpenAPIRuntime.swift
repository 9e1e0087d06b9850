// swift-openapi-runtime middlewares: a client's that throws a service's typed errors, a server's that
// answers them as the service documents (docs/adapters.md).
// Compiled only with the package's `OpenAPIRuntime` trait; without it this module is empty.
#if OpenAPIRuntime
public import ErrataRuntime
import ErrataHTTPTypes
public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A client middleware that turns a failed response whose body is a documented error of the
/// service into that service's error, thrown; the client then throws it wrapped in its
/// `ClientError` (`HuaweiOCRError(unwrapping:)` takes it out).
///
/// ```swift
/// let client = Client(serverURL: url, transport: URLSessionTransport(),
///                     middlewares: [ErrataErrorMiddleware(HuaweiOCRError.self)])
/// do { _ = try await client.recognize(…) }
/// catch { if let ocr = HuaweiOCRError(unwrapping: error) { … } }
/// ```
///
/// Only responses whose status `reads` accepts (by default 400 to 599) are read: any other
/// response passes through untouched. A read response whose body is in none of the documented
/// formats passes through too, its body still readable (the bytes read, given back).
public struct ErrataErrorMiddleware<ServiceError: ErrataServiceError>: ClientMiddleware {
    /// The most bytes of a response's body read; a longer body makes the request throw.
    public var bodyLimit: Int
    /// Whether a response of that status is read for an error.
    public var reads: @Sendable (Int) -> Bool

    /// A middleware for `ServiceError`, reading the bodies of responses whose status `reads`
    /// accepts (by default 400 to 599), at most `bodyLimit` bytes of each (by default 1 MiB).
    public init(
        _ serviceError: ServiceError.Type, bodyLimit: Int = 1 << 20,
        reads: @escaping @Sendable (Int) -> Bool = { (400...599).contains($0) }
    ) {
        self.bodyLimit = bodyLimit
        self.reads = reads
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard reads(response.status.code) else { return (response, responseBody) }
        var data = Data()
        if let responseBody { data = try await Data(collecting: responseBody, upTo: bodyLimit) }
        let serviceError: ServiceError
        do {
            serviceError = try ServiceError(data: data, response: response)
        } catch {
            // Not the service's error (a proxy's page, an undocumented shape): as it came.
            return (response, responseBody.map { _ in HTTPBody(data) })
        }
        throw serviceError
    }
}

/// A server middleware that answers a service error, thrown by a handler or a later middleware,
/// with the response the service documents: `httpResponse` (the error's status, else the
/// documented one, else 500; the content type, and the code's header in a header format) and
/// `encodedBody()` as the body. Any other error is rethrown as it came.
///
/// ```swift
/// try handler.registerHandlers(on: transport, middlewares: [ErrataServerErrorMiddleware(HuaweiOCRError.self)])
/// // in a handler:
/// throw HuaweiOCRError(code: .ais0101, message: "The input parameter is invalid.")
/// ```
public struct ErrataServerErrorMiddleware<ServiceError: ErrataServiceError>: ServerMiddleware {
    /// A middleware answering `ServiceError`s.
    public init(_ serviceError: ServiceError.Type) {}

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch {
            guard let serviceError = ServiceError(unwrapping: error) else { throw error }
            return (serviceError.httpResponse, HTTPBody(serviceError.encodedBody()))
        }
    }
}

/// A service error as swift-openapi-runtime's `HTTPResponseConvertible`: a handler throws it, and
/// the runtime's own `ErrorHandlingMiddleware` answers with `httpStatus` (the error's
/// `responseStatus`), `httpHeaderFields` (`bodyHeaders`) and `httpBody` (`encodedBody()`). A
/// generated error cannot conform itself: the protocol's `httpStatus: HTTPResponse.Status` is
/// another member than the error's `httpStatus: Int?` (`ErrataServerErrorMiddleware` answers the
/// unwrapped error instead).
///
/// ```swift
/// try handler.registerHandlers(on: transport, middlewares: [ErrorHandlingMiddleware()])
/// // in a handler:
/// throw ErrataOpenAPIServerError(HuaweiOCRError(code: .ais0101, message: "The input parameter is invalid."))
/// ```
public struct ErrataOpenAPIServerError<ServiceError: ErrataServiceError>: Error, HTTPResponseConvertible, CustomStringConvertible {
    /// The service error the response sends.
    public let error: ServiceError

    public init(_ error: ServiceError) {
        self.error = error
    }

    public var httpStatus: HTTPResponse.Status { error.httpResponse.status }
    public var httpHeaderFields: HTTPFields { error.httpResponse.headerFields }
    public var httpBody: HTTPBody? { HTTPBody(error.encodedBody()) }
    public var description: String { String(describing: error) }
}

// The runtime's `init?(unwrapping:)` and a generated code's `~=` (`catch .someCode`) see
// through the errors an OpenAPI client or server wraps what a middleware or handler threw in.
extension ClientError: ErrataWrappingError {
    public var wrappedError: any Error { underlyingError }
}

extension ServerError: ErrataWrappingError {
    public var wrappedError: any Error { underlyingError }
}
#endif
