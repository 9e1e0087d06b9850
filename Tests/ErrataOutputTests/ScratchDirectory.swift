import Foundation

/// A unique folder under the system temporary directory, deleted when released.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("errata-output-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        chmodRecursively(path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative` inside this folder.
    func url(_ relative: String) -> String { relative.isEmpty ? path : path + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let full = url(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: url(relative), withIntermediateDirectories: true)
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url(relative), withDestinationPath: destination)
    }

    func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: url(relative)).map { Array($0) }
    }

    func text(_ relative: String) -> String? {
        read(relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool {
        var info = stat()
        return lstat(url(relative), &info) == 0
    }

    func mode(_ relative: String) -> mode_t {
        var info = stat()
        lstat(url(relative), &info)
        return info.st_mode & 0o7777
    }

    func modificationSeconds(_ relative: String) -> Int {
        var info = stat()
        lstat(url(relative), &info)
        return Int(info.st_mtim.tv_sec)
    }

    /// Sets the modification time far in the past, so an untouched file is recognisable.
    func backdate(_ relative: String) {
        var times = [timeval(tv_sec: 1_000_000_000, tv_usec: 0), timeval(tv_sec: 1_000_000_000, tv_usec: 0)]
        lutimes(url(relative), &times)
    }

    /// Every non-directory entry below `relative`, as sorted paths relative to it.
    func listing(_ relative: String = "") -> [String] {
        let root = url(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let item = enumerator.nextObject() as? String {
            var info = stat()
            lstat(root + "/" + item, &info)
            if info.st_mode & S_IFMT != S_IFDIR { result.append(item) }
        }
        return result.sorted()
    }

    /// Every entry below `relative` whose name marks it as an Errata temporary file.
    func temporaryFiles(_ relative: String = "") -> [String] {
        listing(relative).filter { ($0 as NSString).lastPathComponent.contains(".errata-tmp-") }
    }

    private func chmodRecursively(_ root: String) {
        chmod(root, 0o755)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let item = enumerator.nextObject() as? String {
            var info = stat()
            if lstat(root + "/" + item, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { chmod(root + "/" + item, 0o755) }
        }
    }
}
