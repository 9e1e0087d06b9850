/// How the disk differs from an ``OutputPlan``. Each list is sorted by path.
public struct DriftReport: Hashable, Sendable, CustomStringConvertible {
    /// A listed file whose disk state differs from the plan.
    public struct Change: Hashable, Sendable {
        public var path: String
        public var difference: Difference

        public init(path: String, difference: Difference) {
            self.path = path
            self.difference = difference
        }
    }

    /// How a listed file differs.
    public enum Difference: Hashable, Sendable {
        /// Both versions are UTF-8 text; a unified diff from the disk (`a/`) to the plan (`b/`).
        case text(unifiedDiff: String)
        /// At least one version is not UTF-8.
        case binary
        /// The path exists but is not a regular file: `symbolic link`, `directory` or `special file`.
        case notARegularFile(kind: String)
    }

    /// Listed in the plan, absent on disk.
    public var missing: [String]
    /// Listed in the plan, present on disk with other bytes (or not a regular file).
    public var changed: [Change]
    /// Present in an owned folder, not listed in the plan (including leftover temporary files).
    public var orphaned: [String]

    public init(missing: [String] = [], changed: [Change] = [], orphaned: [String] = []) {
        self.missing = missing
        self.changed = changed
        self.orphaned = orphaned
    }

    /// True only when nothing is missing, changed or orphaned.
    public var isInSync: Bool { missing.isEmpty && changed.isEmpty && orphaned.isEmpty }

    /// One line per problem (`missing: <path>`, `changed: <path>`, `orphaned: <path>`), each
    /// changed text file followed by its unified diff. Empty when in sync.
    public var description: String {
        var lines: [String] = []
        lines += missing.map { "missing: \($0)" }
        for change in changed {
            switch change.difference {
            case .text(let diff):
                lines.append("changed: \(change.path)")
                if !diff.isEmpty { lines.append(diff.hasSuffix("\n") ? String(diff.dropLast()) : diff) }
            case .binary:
                lines.append("changed: \(change.path) (binary files differ)")
            case .notARegularFile(let kind):
                lines.append("changed: \(change.path) (is a \(kind), expected a regular file)")
            }
        }
        lines += orphaned.map { "orphaned: \($0)" }
        return lines.map { $0 + "\n" }.joined()
    }
}
