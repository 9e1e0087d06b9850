#if canImport(Glibc)
import Foundation
import Glibc

/// A tiny HTTP server on 127.0.0.1 and an ephemeral port, for tests of fetching pages.
///
/// It answers `connections` connections, one at a time on a background thread, each the same
/// way, then closes. It stops by itself when no client connects for `idleSeconds`, so a test
/// that fails early never leaves it running.
public final class UpstreamTestServer: @unchecked Sendable {
    public enum Behavior: Sendable {
        /// Answer with this status and body (with its Content-Length).
        case respond(status: Int, contentType: String, body: [UInt8])
        /// Read the request, then send nothing for `seconds` (or until the client hangs up).
        case stall(seconds: Double)
        /// Answer 200 without Content-Length and send up to `total` bytes in 64 KiB chunks, until
        /// the client hangs up, pausing `pause` seconds between chunks (as a remote server would).
        case stream(total: Int, pause: Double = 0)
        /// Answer 200 declaring a Content-Length of `declaredLength`, then send `body`.
        case declare(declaredLength: Int, body: [UInt8])
    }

    public let port: UInt16
    private let listener: Int32
    private let behavior: Behavior
    private let connections: Int
    private let idleSeconds: Double
    private let lock = NSLock()
    private let stopped = DispatchSemaphore(value: 0)
    private var sent = 0

    public init(_ behavior: Behavior, connections: Int = 1, idleSeconds: Double = 10) throws {
        self.behavior = behavior
        self.connections = connections
        self.idleSeconds = idleSeconds
        (listener, port) = try Self.listen()
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Body bytes written to clients so far.
    public var bytesSent: Int { lock.withLock { sent } }

    /// Waits (at most `seconds`) for the server to have answered its connections and closed.
    @discardableResult
    public func waitUntilStopped(seconds: Double = 15) -> Bool {
        stopped.wait(timeout: .now() + seconds) == .success
    }

    /// A port on 127.0.0.1 that nothing listens on: bound, then closed.
    public static func closedPort() throws -> UInt16 {
        let (socket, port) = try listen()
        close(socket)
        return port
    }

    // MARK: Serving

    private func serve() {
        defer {
            close(listener)
            stopped.signal()
        }
        for _ in 0..<connections {
            guard wait(for: listener, seconds: idleSeconds) else { return }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        readRequest(client)
        switch behavior {
        case .respond(let status, let contentType, let body):
            let head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Error")\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            _ = write(Array(head.utf8), to: client, counted: false)
            _ = write(body, to: client, counted: true)
        case .stall(let seconds):
            _ = wait(for: client, seconds: seconds)  // returns early when the client hangs up
        case .stream(let total, let pause):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
            guard write(Array(head.utf8), to: client, counted: false) else { return }
            let chunk = Array(repeating: UInt8(ascii: "a"), count: 64 << 10)
            var remaining = total
            while remaining > 0, write(Array(chunk.prefix(remaining)), to: client, counted: true) {
                remaining -= chunk.count
                if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            }
        case .declare(let declaredLength, let body):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(declaredLength)\r\nConnection: close\r\n\r\n"
            _ = write(Array(head.utf8), to: client, counted: false)
            _ = write(body, to: client, counted: true)
        }
    }

    /// Reads until the end of the request head (or 5 seconds, or 64 KiB).
    private func readRequest(_ client: Int32) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < 64 << 10, wait(for: client, seconds: 5) {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            received += buffer.prefix(count)
            if received.count >= 4, received.suffix(4) == Array("\r\n\r\n".utf8) { return }
        }
    }

    /// Writes all of `bytes`; false when the client has gone.
    private func write(_ bytes: [UInt8], to client: Int32, counted: Bool) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            offset += count
            if counted { lock.withLock { sent += count } }
        }
        return true
    }

    /// Whether `socket` became readable (or hung up) within `seconds`.
    private func wait(for socket: Int32, seconds: Double) -> Bool {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(seconds * 1000)) > 0
    }

    private static func listen() throws -> (Int32, UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0, Glibc.listen(socket, 8) == 0 else {
            close(socket)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return (socket, UInt16(bigEndian: address.sin_port))
    }
}
#endif
