#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Foundation

/// Collects one data task's response, refusing error statuses and stopping as soon as the body
/// passes the size limit (checked as data arrives, and up front from Content-Length).
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let maximumSize: Int
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private var body: [UInt8] = []
    private var contentType: String?
    private var failure: FetchFailure?
    private var isDone = false

    init(maximumSize: Int) {
        self.maximumSize = maximumSize
    }

    /// Waits until the task ends or `deadline` passes; nil on success with the body and content type.
    func wait(until deadline: DispatchTime) -> Result<(body: [UInt8], contentType: String?), FetchFailure>? {
        guard finished.wait(timeout: deadline) == .success else { return nil }
        return lock.withLock {
            if let failure { return .failure(failure) }
            return .success((body, contentType))
        }
    }

    private func finish(_ failure: FetchFailure?) {
        let signal: Bool = lock.withLock {
            guard !isDone else { return false }
            isDone = true
            if self.failure == nil { self.failure = failure }
            return true
        }
        if signal { finished.signal() }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 200
        if status >= 400 {
            finish(.httpStatus(status))
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > Int64(maximumSize) {
            finish(.tooLarge(limit: maximumSize))
            completionHandler(.cancel)
            return
        }
        lock.withLock { contentType = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge: Bool = lock.withLock {
            guard !isDone else { return false }
            if body.count + data.count > maximumSize { return true }
            body.append(contentsOf: data)
            return false
        }
        if tooLarge {
            finish(.tooLarge(limit: maximumSize))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let error else {
            finish(nil)
            return
        }
        let nsError = error as NSError
        finish(.transport(code: nsError.code, description: nsError.localizedDescription))
    }
}
