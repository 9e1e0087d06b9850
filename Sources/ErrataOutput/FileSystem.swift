#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `lstat(2)` found at a path. Symbolic links are never followed.
enum FileKind: Equatable {
    case missing
    case regular(mode: mode_t)
    case directory
    case symbolicLink
    case other

    var isMissing: Bool { self == .missing }
}

/// Thin, error-mapping wrappers over the POSIX calls the output stage needs.
/// `display` is the path named in errors; `path` is the one the call uses.
enum FileSystem {
    static func kind(of path: String, display: String) throws -> FileKind {
        var info = stat()
        if lstat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .missing }
            throw OutputError.system("lstat", path: display, errno: code)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(mode: info.st_mode & 0o7777)
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Reads a regular file without following a symbolic link.
    static func readFile(_ path: String, display: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw OutputError.system("open", path: display, errno: errno) }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw OutputError.system("read", path: display, errno: errno)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes all bytes to `fd`, retrying on partial writes and `EINTR`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], display: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.system("write", path: display, errno: errno)
                }
                offset += count
            }
        }
    }

    /// Creates `path` and any missing parents with mode 0755. Existing directories are fine.
    static func makeDirectories(_ path: String, display: String) throws {
        if try kind(of: path, display: display) == .directory { return }
        let parent = PathName.parent(of: path)
        if parent != path { try makeDirectories(parent, display: PathName.parent(of: display)) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw OutputError.system("mkdir", path: display, errno: errno)
        }
    }

    /// Flushes a directory's entries (the renames in it) to disk.
    static func syncDirectory(_ path: String, display: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw OutputError.system("open", path: display, errno: errno) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL {
            throw OutputError.system("fsync", path: display, errno: errno)
        }
    }

    static func remove(_ path: String, display: String) throws {
        if unlink(path) != 0 && errno != ENOENT {
            throw OutputError.system("unlink", path: display, errno: errno)
        }
    }

    /// True when this process may create and delete entries in the directory.
    static func canModify(directory path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    /// The names in a directory, without `.` and `..`, sorted.
    static func entries(of path: String, display: String) throws -> [String] {
        guard let dir = opendir(path) else { throw OutputError.system("opendir", path: display, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
