import ErrataModel
@testable import ErrataReaders
import Testing

/// RST directives inside table cells: admonitions become Markdown, a directive the reader does not
/// understand is reported and its content kept, comments are dropped.
@Suite struct RSTDirectiveTests {
    func build(_ rst: String) throws -> CatalogBuilder.Built {
        let grids = try RSTReader.readGrids(text: rst, path: "p.rst")
        return try CatalogBuilder.buildWithTables(grids, path: "p.rst", options: .init(service: "S"))
    }

    static let listTable = """
        .. list-table::
           :header-rows: 1

           * - Error Code
             - Error Message
             - Solution
           * - GW.0001
             - Token expired.
             - Get a new token.

               .. note::
                  Tokens last *24 hours*.

               .. warning:: Do not share
                  a token.
           * - GW.0002
             - Quota exceeded.
             - .. image:: quota.png
                  :alt: quota

               Raise the quota.

               .. admonition:: Limits

                  - 10 per second
                  - 500 per day

               .. This comment is for the writers.
           * - GW.0003
             - Busy.
             - .. code-block:: shell

                  retry --after 5
        """

    @Test func admonitionsBecomeMarkdown() throws {
        let built = try build(Self.listTable)
        let solutions = built.catalog.entries.map { $0.variants[0].solution }
        #expect(solutions == [
            "Get a new token.\n\n**Note:** Tokens last *24 hours*.\n\n**Warning:** Do not share a token.",
            "Raise the quota.\n\n**Limits:**\n\n- 10 per second\n- 500 per day",
            "`retry --after 5`",
        ])
    }

    @Test func directivesNotUnderstoodAreReportedWithTheirLine() throws {
        let built = try build(Self.listTable)
        #expect(built.warnings.map(\.description) == [
            "p.rst:18: warning: the RST directive 'image' in a table cell is not understood; its content is kept as text (its argument \u{201C}quota.png\u{201D} left out) [unread-directive]"
        ])
    }

    @Test func gridTableCellsAndNestedDirectives() throws {
        let built = try build("""
            +----------+--------------------------------+
            | Code     | Description                    |
            +==========+================================+
            | X.1      | Failed.                        |
            |          |                                |
            |          | .. important::                 |
            |          |                                |
            |          |    Check the region.           |
            |          |                                |
            |          |    .. raw:: html               |
            |          |                                |
            |          |       <hr>                     |
            +----------+--------------------------------+
            """)
        let description = try #require(built.catalog.entry("X.1")?.variants.first?.description)
        #expect(description == "Failed.\n\n**Important:** Check the region.\n\n\\<hr>")
        #expect(built.warnings.map(\.description) == [
            "p.rst:10: warning: the RST directive 'raw' in a table cell is not understood; its content is kept as text (its argument \u{201C}html\u{201D} left out) [unread-directive]"
        ])
    }

    @Test func directivesNestedPastTheLimitAreText() {
        var lines: [String] = []
        for depth in 0..<40 { lines.append(String(repeating: " ", count: depth * 3) + ".. note::") }
        lines.append(String(repeating: " ", count: 120) + "deep")
        let parsed = RSTCellBlocks.parseReportingDirectives(lines)
        let cell = RichText.cell(parsed.blocks)
        #expect(cell.text.hasPrefix(String(repeating: "Note: ", count: RSTCellBlocks.maxDirectiveDepth)))
        #expect(cell.text.hasSuffix("deep"))
    }
}
