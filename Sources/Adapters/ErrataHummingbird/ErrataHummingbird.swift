// A service error as a Hummingbird response (docs/adapters.md). Compiled only with the package's
// `Hummingbird` trait; without it this module is empty.
#if Hummingbird
import ErrataHTTPTypes
public import ErrataRuntime
public import Hummingbird

/// A documented error a Hummingbird handler throws: Hummingbird answers it with the error's
/// response (`HTTPResponseError`), its status `responseStatus` and its body in the documented
/// format. A generated error cannot conform itself (its library does not know Hummingbird), so
/// a handler throws it wrapped: `throw ErrataHummingbirdError(LumenArchiveError(code: .quotaExceeded, …))`,
/// or uses `ErrataHummingbirdMiddleware`, which wraps whatever service error a handler throws.
public struct ErrataHummingbirdError<ServiceError: ErrataServiceError>: HTTPResponseError, CustomStringConvertible {
    /// The service error the response sends.
    public let error: ServiceError

    public init(_ error: ServiceError) {
        self.error = error
    }

    /// `responseStatus`: the status the error was read with, else the documented one, else 500.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: error.responseStatus) }

    /// The response: `status`, the format's headers (the content type, the code's header in a
    /// format that has one) and `encodedBody()`.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        ErrataHummingbirdResponse.response(error)
    }

    public var description: String { String(describing: error) }
}

/// Answers the errors of `ServiceError` that a route throws with their documented responses, so
/// handlers throw the generated error itself. Other errors pass on to Hummingbird unchanged.
public struct ErrataHummingbirdMiddleware<ServiceError: ErrataServiceError, Context: RequestContext>: RouterMiddleware {
    public init(_ serviceError: ServiceError.Type = ServiceError.self) {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return ErrataHummingbirdResponse.response(error)
        }
    }
}

/// A service error as a Hummingbird `Response`.
public enum ErrataHummingbirdResponse {
    /// `error`'s response: the head `ErrataHTTPTypes` makes of it (`httpResponse`: `responseStatus`
    /// and `bodyHeaders`) and `encodedBody()`; Hummingbird adds Content-Length from the body.
    public static func response(_ error: some ErrataServiceError) -> Response {
        let head = error.httpResponse
        return Response(
            status: head.status, headers: head.headerFields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.encodedBody())))
    }
}
#endif
