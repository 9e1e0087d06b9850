#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the output stage refused or failed to write or check a path.
///
/// The description always names the path and the reason, e.g.
/// `Sources/Gen/Codes.swift: is a symbolic link; refusing to follow it`.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with ``path``.
    public enum Reason: Hashable, Sendable {
        /// The path is a symbolic link; the output stage never follows one.
        case symbolicLink
        /// A file target is a directory.
        case directory
        /// An owned folder (or a folder on the way to a target) is not a directory.
        case notADirectory
        /// The path is neither a regular file nor a directory (FIFO, socket, device).
        case notARegularFile
        /// The folder (or file) cannot be written or read by this user.
        case permissionDenied
        /// The plan lists the same file twice.
        case listedTwice
        /// The plan lists this path as a file and also something inside it (or as an owned folder).
        case conflictsWith(String)
        /// The path is empty, or it is `/` used as an owned folder.
        case invalidPath
        /// Any other system call failure: the call's name and `errno`.
        case system(operation: String, errno: Int32)
    }

    /// The path as given in the plan (lexically normalized).
    public var path: String
    /// Why it was refused.
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// Maps a failed system call's `errno` to a reason.
    static func system(_ operation: String, path: String, errno code: Int32) -> OutputError {
        let reason: Reason
        switch code {
        case EACCES, EPERM, EROFS: reason = .permissionDenied
        case ENOTDIR: reason = .notADirectory
        case EISDIR: reason = .directory
        case ELOOP: reason = .symbolicLink
        default: reason = .system(operation: operation, errno: code)
        }
        return OutputError(path: path, reason: reason)
    }

    public var description: String {
        "\(path): \(reasonText)"
    }

    /// Why, without the path: `permission denied`.
    public var reasonText: String {
        switch reason {
        case .symbolicLink: return "is a symbolic link; refusing to follow it"
        case .directory: return "is a directory, expected a regular file"
        case .notADirectory: return "is not a directory"
        case .notARegularFile: return "is not a regular file"
        case .permissionDenied: return "permission denied"
        case .listedTwice: return "is listed more than once in the output plan"
        case .conflictsWith(let other): return "conflicts with \(other) in the output plan"
        case .invalidPath: return "is not a valid output path"
        case .system(let operation, let code):
            return "\(operation) failed: \(String(cString: strerror(code)))"
        }
    }
}
