import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Foundation
import Testing

/// A column no role takes is kept per row (`Variant.columns`) and reported once per table.
@Suite struct ExtraColumnsTests {
    private func built(_ html: String) throws -> CatalogBuilder.Built {
        let grids = try HTMLReader.readGrids(data: Array(html.utf8), path: "t.html")
        return try CatalogBuilder.buildWithTables(grids, path: "t.html", options: .init(service: "S"))
    }

    /// The shape of a real page: Module / Status Code / Type / Error Code / Possible Cause, plus an
    /// owner column; the module and type cells span rows.
    @Test func typeAndOwnerColumnsAreKeptPerRow() throws {
        let result = try built("""
            <table>
            <tr><th>Module</th><th>Status Code</th><th>Type</th><th>Error Code</th><th>Possible Cause</th><th>Owner</th></tr>
            <tr><td rowspan="2">Gateway</td><td>400</td><td rowspan="2">Client <b>error</b></td><td>GW.001</td><td>The request is malformed.</td><td>API team</td></tr>
            <tr><td>401</td><td>GW.002</td><td>The token expired.</td><td></td></tr>
            </table>
            """)
        let catalog = result.catalog
        #expect(catalog.entry("GW.001")?.variants == [Variant(
            message: "The request is malformed.", statuses: [400],
            columns: [Column(name: "Type", value: "Client **error**"), Column(name: "Owner", value: "API team")])])
        // A rowspan copy is the cell's value on every row it spans; an empty cell is left out.
        #expect(catalog.entry("GW.002")?.variants.first?.columns == [Column(name: "Type", value: "Client **error**")])
        #expect(result.warnings.filter { $0.severity == .note }.map(\.description) == [
            "t.html:1: note: the table has 2 columns errata has no role for, kept as each row's columns: \"Type\", \"Owner\"",
        ])
    }

    @Test func unnamedRepeatedAndSecondRoleColumns() throws {
        let grid = Grid(rows: [
            ["Error Code", "Error Message", "Description", "Description", "", "Note", "Note"].map { Cell(text: $0) },
            ["E.1", "Busy.", "Server busy.", "More detail.", "x", "n1", "n2"].map { Cell(text: $0) },
        ], headerRowCount: 1)
        let catalog = try CatalogBuilder.build([grid], path: "p", options: .init(service: "S"))
        #expect(catalog.entry("E.1")?.variants.first?.columns == [
            Column(name: "Description", value: "More detail."), Column(name: "Column 5", value: "x"),
            Column(name: "Note", value: "n1"), Column(name: "Note (2)", value: "n2"),
        ])
        #expect(catalog.entry("E.1")?.variants.first?.description == "Server busy.")
    }

    /// A header given many times gets the next free number each time, skipping numbers another
    /// header holds literally; 20,000 columns of one name (a repeated name once cost a try for
    /// every earlier column: 16 s for a 400 KB page).
    @Test func repeatedHeadersAreNumberedInOnePass() throws {
        let headers = ["Error Code", "Error Message", "c", "c (3)", "c", "c", "c"] + Array(repeating: "c", count: 20_000)
        let grid = Grid(rows: [
            headers.map { Cell(text: $0) },
            (["E.1", "Busy."] + (2..<headers.count).map { "v\($0)" }).map { Cell(text: $0) },
        ], headerRowCount: 1)
        let catalog = try CatalogBuilder.build([grid], path: "p", options: .init(service: "S"))
        let names = catalog.entry("E.1")?.variants.first?.columns.map(\.name) ?? []
        #expect(names.prefix(5) == ["c", "c (3)", "c (2)", "c (4)", "c (5)"])
        #expect(names.count == headers.count - 2)
        #expect(Set(names).count == names.count)
        #expect(names.last == "c (20005)")
    }

    /// A cell spanning into an extra column from its left is not that column's value.
    @Test func aColspanCopyIsNotAValue() throws {
        let result = try built("""
            <table>
            <tr><th>Error Code</th><th>Error Message</th><th>Type</th></tr>
            <tr><td>E.1</td><td colspan="2">Busy.</td></tr>
            <tr><td>E.2</td><td>Gone.</td><td>Client</td></tr>
            </table>
            """)
        #expect(result.catalog.entry("E.1")?.variants.first?.columns == [])
        #expect(result.catalog.entry("E.2")?.variants.first?.columns == [Column(name: "Type", value: "Client")])
    }

    /// A table whose every role column is filled gives no note; neither does an extra column that
    /// is empty on every row.
    @Test func noNoteWithoutKeptColumns() throws {
        let result = try built("""
            <table>
            <tr><th>Error Code</th><th>Error Message</th><th>Remarks</th></tr>
            <tr><td>E.1</td><td>Busy.</td><td></td></tr>
            </table>
            """)
        #expect(result.warnings.isEmpty)
        #expect(result.catalog.entry("E.1")?.variants.first?.columns == [])
    }

    /// Without a message or description column the row has no message text: its message is empty,
    /// and the catalog is still valid.
    @Test func rowsWithoutMessageText() throws {
        let result = try built("""
            <table>
            <tr><th>Error Code</th><th>Type</th><th>HTTP Status Code</th></tr>
            <tr><td>E.1</td><td>Client</td><td>400</td></tr>
            </table>
            """)
        #expect(result.catalog.entry("E.1")?.variants == [Variant(message: "", statuses: [400], columns: [Column(name: "Type", value: "Client")])])
        #expect(try CatalogValidator.validate(result.catalog).warnings.isEmpty)
    }

    /// NHN Document OCR: resultCode / resultKey / resultMessage; resultKey used to be dropped.
    @Test(.requiresSharedPages) func nhnResultKeyIsKept() throws {
        let file = try ReaderTestFiles.corpus("nhn-ocr-documentocr-errorcodes-20260818.md")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        let result = try CatalogBuilder.buildWithTables(grids, path: file.path, options: .init(service: "NHN"))
        #expect(result.catalog.entry("4000001")?.variants.first?.columns == [Column(name: "resultKey", value: "INVALID_PARAMETER")])
        #expect(result.catalog.entries.allSatisfy { $0.variants.allSatisfy { $0.columns.map(\.name) == ["resultKey"] } })
        #expect(result.warnings.filter { $0.severity == .note }.map(\.message) == [
            "the table has a column errata has no role for, kept as each row's columns: \"resultKey\"",
        ])
    }
}
