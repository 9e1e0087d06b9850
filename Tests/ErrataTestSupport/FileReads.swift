import Foundation

/// Reads files from disk and counts the reads of each path: a test double of a stage's file reading
/// (`CatalogStage(contents:)`), to show how often a job reads an input.
public final class FileReads: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    public init() {}

    /// The file's bytes, or nil when it cannot be read; counted either way.
    public func contents(_ path: String) -> [UInt8]? {
        lock.withLock { counts[path, default: 0] += 1 }
        return FileManager.default.contents(atPath: path).map(Array.init)
    }

    /// How many times `path` was read.
    public func count(_ path: String) -> Int {
        lock.withLock { counts[path] ?? 0 }
    }
}
