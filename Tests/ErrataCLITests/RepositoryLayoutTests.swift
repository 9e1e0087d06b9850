import ErrataTestSupport
import Foundation
import Testing

/// The repository checks out on a case-insensitive file system (the default on macOS and Windows).
@Suite struct RepositoryLayoutTests {
    /// Folders that are build products or tool state, not the repository's files.
    static func isIgnored(_ name: String) -> Bool {
        name == ".git" || name == ".swiftpm" || name.hasPrefix(".build")
    }

    /// Every path under `root` (relative, `/`-separated), without build products.
    static func paths(under root: URL) throws -> [String] {
        var found: [String] = []
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root : root.appendingPathComponent(relative)
            for name in try manager.contentsOfDirectory(atPath: directory.path) where !isIgnored(name) {
                let path = relative.isEmpty ? name : relative + "/" + name
                found.append(path)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), isDirectory.boolValue {
                    pending.append(path)
                }
            }
        }
        return found
    }

    /// Paths that are one path when case is ignored, grouped.
    static func caseClashes(_ paths: [String]) -> [[String]] {
        Dictionary(grouping: paths) { $0.lowercased() }.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func noTwoPathsDifferOnlyByCase() throws {
        let paths = try Self.paths(under: RepositoryPaths.root)
        #expect(paths.contains("Sources/ErrataCLI/Commands"), "the walk did not reach the sources: \(paths.count) paths")
        #expect(Self.caseClashes(paths).isEmpty, "\(Self.caseClashes(paths))")
    }

    @Test func theCheckFindsAClashAndTheWalkLeavesBuildProductsOut() throws {
        #expect(Self.caseClashes(["README.md", "Sources/Jobs", "Sources/jobs", "Tests"]) == [["Sources/Jobs", "Sources/jobs"]])
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("errata-case-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Sources/Jobs", ".build/debug", ".git/refs", "Examples/App/.build-x/debug"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        #expect(try Self.paths(under: root).sorted() == ["Examples", "Examples/App", "Sources", "Sources/Jobs"])
    }

    /// docs/architecture.md says where each thing lives: every module folder has its place there.
    @Test func theArchitectureDocumentNamesEveryModule() throws {
        let root = RepositoryPaths.root
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var folders: [String] = []
        for parent in ["Sources", "Plugins"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(parent).path)
            folders += names.filter { !$0.hasPrefix(".") }.map { "\(parent)/\($0)" }
        }
        #expect(folders.contains("Sources/ErrataModel"), "\(folders)")
        let missing = folders.filter { folder in
            let name = String(folder.split(separator: "/").last ?? "")
            return !text.contains("`\(folder)`") && !text.contains("`\(name)`") && !text.contains("`\(name)/")
        }
        #expect(missing.isEmpty, "docs/architecture.md does not name \(missing.sorted())")
    }
}
