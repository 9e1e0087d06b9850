import Foundation
import ErrataTestSupport

/// Paths of test inputs: the shared seed and corpus next to the repository, and fixtures.
enum ReaderTestFiles {
    /// The repository root, found from this file's path.
    static let root = RepositoryPaths.root

    /// The seed page in ../shared (tests reading it carry `.requiresSharedPages`).
    static func seed() throws -> (text: String, path: String) {
        try read(SharedPages.seed)
    }

    /// A page of ../shared/corpus (tests reading it carry `.requiresSharedPages`).
    static func corpus(_ name: String) throws -> (text: String, path: String) {
        try read(SharedPages.corpus(name))
    }

    static func fixture(_ name: String) throws -> (text: String, path: String) {
        try read(root.appendingPathComponent("Tests/Fixtures/Readers/\(name)"))
    }

    private static func read(_ url: URL) throws -> (text: String, path: String) {
        let url = url.standardizedFileURL
        return (try String(contentsOf: url, encoding: .utf8), url.path)
    }
}
