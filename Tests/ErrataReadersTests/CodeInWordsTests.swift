import ErrataModel
@testable import ErrataReaders
import Testing

/// A code cell written as words, in a row with a status and a message, is a code (warned); rows
/// that are clearly notes stay notes.
@Suite struct CodeInWordsTests {
    private func built(_ rows: [[String]]) throws -> CatalogBuilder.Built {
        let grid = Grid(rows: rows.map { $0.map { Cell(text: $0, location: SourceLocation(path: "p", line: 3)) } }, headerRowCount: 1)
        return try CatalogBuilder.buildWithTables([grid], path: "p", options: .init(service: "S"))
    }

    @Test func wordsInTheCodeColumnWithStatusAndMessage() throws {
        let result = try built([
            ["Error Code", "HTTP Status", "Error Message"],
            ["WDG.0001", "400", "Bad widget."],
            ["Request-URI Too Large", "414", "The widget URI is too long."],
            ["Other errors", "500", "Contact support."],
            ["Contact support for any other code", "", ""],
            ["Widget gone", "", "No status here."],
        ])
        #expect(result.catalog.entries.map(\.code) == ["WDG.0001", "Request-URI Too Large"])
        #expect(result.catalog.entry("Request-URI Too Large")?.variants == [Variant(message: "The widget URI is too long.", status: 414)])
        #expect(result.catalog.notes.map(\.label) == ["Other errors", "", "Widget gone"])
        #expect(result.warnings.map(\.message) == [
            "the code cell \"Request-URI Too Large\" holds words, in a row with a status and a message; read as the code \"Request-URI Too Large\", as written — check it against the API",
        ])
    }
}
