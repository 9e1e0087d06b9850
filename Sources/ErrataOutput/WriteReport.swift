/// What ``OutputWriter/write(_:)`` did. Each list is sorted by path.
public struct WriteReport: Hashable, Sendable {
    /// Files created or replaced because their bytes differed (or they were missing).
    public var written: [String]
    /// Files whose bytes already matched; they were not touched (mtime unchanged).
    public var unchanged: [String]
    /// Orphans and leftover temporary files that were deleted.
    public var removed: [String]

    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }

    /// True when the write changed nothing on disk.
    public var changedNothing: Bool { written.isEmpty && removed.isEmpty }
}
