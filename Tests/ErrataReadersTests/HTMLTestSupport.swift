import ErrataModel
import ErrataReaders
import Foundation
import ErrataTestSupport

/// Paths and helpers shared by the HTML reader tests.
enum HTMLTestSupport {
    /// The repository root (this file is Tests/ErrataReadersTests/HTMLTestSupport.swift).
    static let repositoryRoot = RepositoryPaths.root

    /// A real page of the shared corpus (read-only, next to the repository; tests reading it carry `.requiresSharedPages`).
    static func corpusPath(_ name: String) -> String {
        SharedPages.corpus(name).path
    }

    static func fixturePath(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/Readers/\(name)").path
    }

    static func readGrids(atPath path: String) throws -> [Grid] {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return try HTMLReader.readGrids(data: data, path: path)
    }

    static func grids(_ html: String) throws -> [Grid] {
        try HTMLReader.readGrids(data: Array(html.utf8), path: "test.html")
    }

    /// The single grid of a snippet.
    static func grid(_ html: String) throws -> Grid {
        let grids = try grids(html)
        guard grids.count == 1 else { throw Diagnostic.error("expected one table, found \(grids.count)") }
        return grids[0]
    }

    /// The diagnostic reading `bytes` throws, or nil when it reads without error.
    static func diagnostic(_ bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try HTMLReader.readGrids(data: bytes, path: "test.html")
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return Diagnostic.error("unexpected error type: \(error)")
        }
    }

    /// The rows of `grid` as plain text.
    static func texts(_ grid: Grid) -> [[String]] {
        grid.rows.map { $0.map(\.text) }
    }

    /// The first row whose cell at `column` has the text `value`.
    static func row(_ grid: Grid, column: Int, equal value: String) -> [Cell]? {
        grid.rows.first { $0.count > column && $0[column].text == value }
    }

    /// 1-based number of the first line of `text` that contains `needle`.
    static func lineNumber(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
