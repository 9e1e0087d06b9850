#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ErrataModel
import Foundation

/// Fetches a documentation page over HTTP or HTTPS, with a time limit and a size limit.
public enum PageFetcher {
    public static let defaultTimeout: Double = 30
    /// 32 MiB.
    public static let defaultMaximumSize = 32 << 20

    /// A fetched page.
    public struct Page: Sendable {
        public var body: [UInt8]
        /// The `Content-Type` header, when the server sent one.
        public var contentType: String?
    }

    /// Fetches `url`, following redirects.
    ///
    /// - Throws: a `Diagnostic` located at the URL saying what went wrong: connection refused,
    ///   DNS failure, HTTP status 400 or more (with the status), timeout (`timeout` seconds for
    ///   the whole transfer), or a body larger than `maximumSize` bytes (the transfer stops as
    ///   soon as it passes the limit).
    public static func fetch(_ url: URL, timeout: Double = defaultTimeout, maximumSize: Int = defaultMaximumSize) throws -> Page {
        let location = SourceLocation(path: url.absoluteString)
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host else {
            throw Diagnostic.error("not an http or https URL", at: location)
        }
        guard timeout > 0 else { throw Diagnostic.error("the timeout must be more than 0 seconds", at: location) }
        let delegate = FetchDelegate(maximumSize: maximumSize)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("errata/\(ErrataVersion.current)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        // URLSession enforces the timeout; this deadline only guards against it not doing so.
        let outcome = delegate.wait(until: .now() + timeout + 1)
        switch outcome {
        case .success(let page)?:
            return Page(body: page.body, contentType: page.contentType)
        case .failure(let failure)?:
            let reported: FetchFailure = if case .transport(let code, _) = failure, URLError.Code(rawValue: code) == .timedOut {
                .timedOut(seconds: timeout)
            } else {
                failure
            }
            throw Diagnostic.error(reported.message(host: host, port: url.port), at: location)
        case nil:
            task.cancel()
            throw Diagnostic.error(FetchFailure.timedOut(seconds: timeout).message(host: host, port: url.port), at: location)
        }
    }
}
