// A service error from async-http-client's `HTTPClientResponse` (docs/adapters.md). Compiled only
// with the package's `AsyncHTTPClient` trait; without it this module is empty.
#if AsyncHTTPClient
public import AsyncHTTPClient
public import ErrataRuntime
import Foundation
import NIOCore
import NIOHTTP1

extension ErrataServiceError {
    /// The error of a failed response: its body, collected up to `bodyLimit` bytes (by default
    /// 1 MiB), its status and its headers (a documented format may read the code from a header).
    ///
    /// - Throws: NIO's `NIOTooManyBytesError` when the body is longer than `bodyLimit`; the
    ///   library's unrecognized-response error (`HuaweiOCRUnrecognizedResponse`) when the body
    ///   is in none of the documented formats; what reading the body throws.
    public init(response: HTTPClientResponse, bodyLimit: Int = 1 << 20) async throws {
        let buffer = try await response.body.collect(upTo: bodyLimit)
        var headers: [String: String] = [:]
        for (name, value) in response.headers {
            let key = name.lowercased()
            headers[key] = headers[key].map { $0 + ", " + value } ?? value
        }
        self = try Self.decode(Data(buffer.readableBytesView), httpStatus: Int(response.status.code), headers: headers)
    }
}
#endif
