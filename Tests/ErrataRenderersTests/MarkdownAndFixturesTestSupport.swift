import ErrataModel
import ErrataRenderers
import Foundation
import Testing
import ErrataTestSupport

/// Paths, the docs sample catalog and golden-file comparison for the Markdown and fixtures tests.
enum DocsTestSupport {
    /// The repository root, found from this file's path.
    static let root = RepositoryPaths.root

    /// A body with documented fields beside the code and message (a request id at the top, a
    /// status and a resource next to the code), and two codes: one with statuses, one without.
    static let catalogWithBodyFields = Catalog(
        service: "Acme",
        errorBody: [ErrorBodyFormat(code: ["error", "code"], message: ["error", "message"], fields: [
            BodyField(name: "request_id", path: ["request_id"]),
            BodyField(name: "status", path: ["error", "status"]),
            BodyField(name: "resource", path: ["error", "resource"]),
        ])],
        entries: [
            Entry(code: "Busy", variants: [Variant(message: "Try again.", statuses: [503, 500])]),
            Entry(code: "Gone", variants: [Variant(message: "Removed.")]),
        ])

    static let goldenRoot = root.appendingPathComponent("Tests/Fixtures/Golden")

    /// `Tests/Fixtures/Catalogs/docs-sample.json`, decoded.
    static func sampleCatalog() throws -> Catalog {
        try CatalogJSON.decode(sampleJSON())
    }

    static func sampleJSON() throws -> String {
        let url = root.appendingPathComponent("Tests/Fixtures/Catalogs/docs-sample.json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `ERRATA_UPDATE_GOLDEN=1` rewrites golden files instead of comparing.
    static var updatingGolden: Bool {
        ProcessInfo.processInfo.environment["ERRATA_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `files` with the golden files under `folder` (paths relative to it): same set of
    /// files, byte-equal contents. With `ERRATA_UPDATE_GOLDEN=1`, replaces the golden files instead.
    static func expectGolden(
        _ files: [RenderedFile], in folder: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let base = goldenRoot.appendingPathComponent(folder)
        if updatingGolden {
            try writeGolden(files, to: base)
            return
        }
        let expectedPaths = try goldenPaths(under: base)
        let actualPaths = Set(files.map(\.path))
        if actualPaths != expectedPaths {
            Issue.record(
                """
                Rendered files differ from golden files in \(base.path).
                Missing from golden: \(actualPaths.subtracting(expectedPaths).sorted())
                Not rendered: \(expectedPaths.subtracting(actualPaths).sorted())
                Run `ERRATA_UPDATE_GOLDEN=1 swift test` to accept the new output.
                """,
                sourceLocation: sourceLocation)
        }
        for file in files where expectedPaths.contains(file.path) {
            let data = try Data(contentsOf: base.appendingPathComponent(file.path))
            let expected = String(decoding: data, as: UTF8.self)
            if let difference = firstDifference(expected: expected, actual: file.contents) {
                Issue.record(
                    """
                    \(file.path) differs from its golden file at line \(difference.line):
                      golden:   \(difference.expected)
                      rendered: \(difference.actual)
                    Run `ERRATA_UPDATE_GOLDEN=1 swift test` to accept the new output.
                    """,
                    sourceLocation: sourceLocation)
            }
        }
    }

    private static func writeGolden(_ files: [RenderedFile], to base: URL) throws {
        let manager = FileManager.default
        for path in try goldenPaths(under: base) {
            try manager.removeItem(at: base.appendingPathComponent(path))
        }
        for file in files {
            let url = base.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }

    /// Paths of the regular files under `base`, relative to it.
    private static func goldenPaths(under base: URL) throws -> Set<String> {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: base.path) else { return [] }
        var paths = Set<String>()
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base.appendingPathComponent(path).path
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.insert(path)
            }
        }
        return paths
    }

    struct Difference {
        var line: Int
        var expected: String
        var actual: String
    }

    /// The first line where the two texts differ (1-based), lines shown with escapes; nil when equal.
    static func firstDifference(expected: String, actual: String) -> Difference? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let lhs = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let rhs = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if lhs != rhs {
                return Difference(line: index + 1, expected: lhs.debugDescription, actual: rhs.debugDescription)
            }
        }
        return Difference(line: expectedLines.count, expected: "(bytes differ)", actual: "(bytes differ)")
    }
}
