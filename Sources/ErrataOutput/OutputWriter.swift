#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the disk match an ``OutputPlan``.
///
/// Each file is replaced atomically: its bytes go to `.<name>.errata-tmp-<hex>` in the same folder,
/// are `fsync`ed, and the temporary file is renamed over the target, so a reader (or a crash) sees
/// either the old or the new bytes, never a mix. Files whose bytes already match are not touched.
/// Every target is checked before the first rename, so a plan with a bad target writes nothing.
/// The plan as a whole is not atomic: an I/O error midway leaves earlier files new, later ones old.
public enum OutputWriter {
    /// A point in a write, reported to the internal test hook.
    enum Step: Equatable {
        /// The temporary file is complete and synced; the target is not yet replaced.
        case temporaryWritten(target: String, temporary: String)
        /// The target now holds the new bytes.
        case renamed(target: String)
        /// A stray file was deleted.
        case removed(path: String)
    }

    /// Writes every changed or missing file atomically, leaves identical files untouched, and
    /// removes orphans in owned folders and leftover temporary files. New files get mode 0644;
    /// replaced files keep their mode. Missing parent folders are created (mode 0755).
    ///
    /// - Throws: ``OutputError`` naming the path and the reason: a target that is a symbolic link,
    ///   a directory or a special file; an owned folder that is a file or a symbolic link; a folder
    ///   this user cannot write (`permission denied`); a plan listing a path twice.
    public static func write(_ plan: OutputPlan) throws -> WriteReport {
        try write(plan, hook: { _ in })
    }

    /// ``write(_:)`` with a hook called at each step; an error thrown by the hook aborts the write
    /// like an I/O error would.
    static func write(_ plan: OutputPlan, hook: (Step) throws -> Void) throws -> WriteReport {
        let resolved = try ResolvedPlan(plan)
        var report = WriteReport()
        var pending: [(file: ResolvedPlan.File, mode: mode_t)] = []
        var touchedFolders = Set<String>()
        var checkedFolders: [String: Bool] = [:]

        // Validate everything before changing anything.
        for file in resolved.files {
            let folderToModify = try checkAncestors(of: file.path, in: resolved)
            switch try FileSystem.kind(of: file.path.absolute, display: file.path.display) {
            case .missing:
                pending.append((file, 0o644))
            case .regular(let mode):
                let current = try FileSystem.readFile(file.path.absolute, display: file.path.display)
                if current == file.contents {
                    report.unchanged.append(file.path.display)
                    continue
                }
                pending.append((file, mode))
            case .symbolicLink: throw OutputError(path: file.path.display, reason: .symbolicLink)
            case .directory: throw OutputError(path: file.path.display, reason: .directory)
            case .other: throw OutputError(path: file.path.display, reason: .notARegularFile)
            }
            try requireModifiable(folderToModify, cache: &checkedFolders)
        }
        let strays = try StrayScanner.strays(in: resolved)
        for stray in strays { try requireModifiable(stray.path.parent, cache: &checkedFolders) }

        // Write.
        for (file, mode) in pending {
            let folder = file.path.parent
            try FileSystem.makeDirectories(folder.absolute, display: folder.display)
            try replace(file, mode: mode, hook: hook)
            touchedFolders.insert(folder.absolute)
            report.written.append(file.path.display)
        }
        for stray in strays {
            try FileSystem.remove(stray.path.absolute, display: stray.path.display)
            touchedFolders.insert(stray.path.parent.absolute)
            report.removed.append(stray.path.display)
            try hook(.removed(path: stray.path.display))
        }
        for folder in touchedFolders.sorted() {
            try FileSystem.syncDirectory(folder, display: folder)
        }
        removeFoldersEmptied(by: strays)
        return report
    }

    /// Checks the folders on the way to a target and returns the deepest existing one (the folder
    /// that will receive the file or its first new subfolder).
    private static func checkAncestors(of path: ResolvedPath, in plan: ResolvedPlan) throws -> ResolvedPath {
        var deepestExisting = ResolvedPath(display: "/", absolute: "/")
        for ancestor in path.ancestors {
            switch try FileSystem.kind(of: ancestor.absolute, display: ancestor.display) {
            case .missing:
                return deepestExisting
            case .directory:
                deepestExisting = ancestor
            case .symbolicLink:
                let inOwned = plan.ownedDirectories.contains {
                    $0.absolute == ancestor.absolute || PathName.isStrictlyInside(ancestor.absolute, $0.absolute)
                }
                var info = stat()
                if inOwned || stat(ancestor.absolute, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
                    throw OutputError(path: ancestor.display, reason: inOwned ? .symbolicLink : .notADirectory)
                }
                deepestExisting = ancestor
            case .regular, .other:
                throw OutputError(path: ancestor.display, reason: .notADirectory)
            }
        }
        return deepestExisting
    }

    private static func requireModifiable(_ folder: ResolvedPath, cache: inout [String: Bool]) throws {
        let allowed = cache[folder.absolute] ?? FileSystem.canModify(directory: folder.absolute)
        cache[folder.absolute] = allowed
        if !allowed { throw OutputError(path: folder.display, reason: .permissionDenied) }
    }

    /// Writes the bytes to a synced temporary file in the target's folder and renames it over the
    /// target. The temporary file is removed on any error.
    private static func replace(_ file: ResolvedPlan.File, mode: mode_t, hook: (Step) throws -> Void) throws {
        let folder = file.path.parent
        let name = PathName.lastComponent(of: file.path.absolute)
        var temporary: ResolvedPath
        var fd: Int32
        repeat {
            temporary = folder.appending(TemporaryFileName.make(for: name))
            fd = open(temporary.absolute, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        } while fd < 0 && errno == EEXIST
        if fd < 0 { throw OutputError.system("open", path: temporary.display, errno: errno) }
        var isOpen = true
        do {
            if fchmod(fd, mode) != 0 { throw OutputError.system("fchmod", path: temporary.display, errno: errno) }
            try FileSystem.writeAll(fd, file.contents, display: temporary.display)
            if fsync(fd) != 0 { throw OutputError.system("fsync", path: temporary.display, errno: errno) }
            isOpen = false
            if close(fd) != 0 { throw OutputError.system("close", path: temporary.display, errno: errno) }
            try hook(.temporaryWritten(target: file.path.display, temporary: temporary.display))
            if rename(temporary.absolute, file.path.absolute) != 0 {
                throw OutputError.system("rename", path: file.path.display, errno: errno)
            }
        } catch {
            if isOpen { close(fd) }
            unlink(temporary.absolute)
            throw error
        }
        try hook(.renamed(target: file.path.display))
    }

    /// Deletes folders inside owned folders that became empty because strays were removed.
    private static func removeFoldersEmptied(by strays: [StrayScanner.Stray]) {
        for stray in strays.reversed() {
            guard let root = stray.ownedRoot else { continue }
            var folder = stray.path.parent.absolute
            while PathName.isStrictlyInside(folder, root.absolute) && rmdir(folder) == 0 {
                folder = PathName.parent(of: folder)
            }
        }
    }
}
