import Foundation
import ErrataTestSupport

/// Paths of test inputs: the shared seed and corpus next to the repository, and fixtures.
enum ReaderTestFiles {
    /// The repository root, found from this file's path.
    static let root = RepositoryPaths.root

    static func seed() throws -> (text: String, path: String) {
        try read(root.appendingPathComponent("../shared/seed/000_0ec234a393dc16d5.txt"))
    }

    static func corpus(_ name: String) throws -> (text: String, path: String) {
        try read(root.appendingPathComponent("../shared/corpus/\(name)"))
    }

    static func fixture(_ name: String) throws -> (text: String, path: String) {
        try read(root.appendingPathComponent("Tests/Fixtures/Readers/\(name)"))
    }

    private static func read(_ url: URL) throws -> (text: String, path: String) {
        let url = url.standardizedFileURL
        return (try String(contentsOf: url, encoding: .utf8), url.path)
    }
}
