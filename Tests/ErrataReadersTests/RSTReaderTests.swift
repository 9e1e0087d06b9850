import ErrataModel
@testable import ErrataReaders
import Testing

@Suite struct RSTReaderTests {
    @Test func spannedCellsAreCopiesMarkedAsSuch() throws {
        let text = """
        Codes
        =====

        .. table:: **Table 2** Codes

           +------+------------+-----------+
           |Module| Code       | Message   |
           +======+============+===========+
           | A    | X.1        | First     |
           |      +------------+-----------+
           |      | X.2        | Second    |
           +------+------------+-----------+
           | Other| Contact us.            |
           +------+------------------------+
        """
        let grid = try #require(RSTReader.readGrids(text: text, path: "r.rst").only)
        #expect(grid.caption == "Table 2 Codes")
        #expect(grid.headerRowCount == 1)
        #expect(grid.location == SourceLocation(path: "r.rst", line: 6, column: 4))
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["Module", "Code", "Message"], ["A", "X.1", "First"], ["A", "X.2", "Second"], ["Other", "Contact us.", "Contact us."],
        ])
        #expect(grid.rows[2][0].isSpanCopy)
        #expect(grid.rows[3][2].isSpanCopy)
        #expect(!grid.rows[2][1].isSpanCopy)
        #expect(grid.rows[1][1].location == SourceLocation(path: "r.rst", line: 9, column: 13))
        let catalog = try CatalogBuilder.build([grid], path: "r.rst", options: .init(service: "S"))
        #expect(catalog.entries.map(\.code) == ["X.1", "X.2"])
        #expect(catalog.entries.map(\.module) == ["A", "A"])
        #expect(catalog.notes == [Note(label: "Other", text: "Contact us.")])
    }

    @Test func multiLineCellsWithListsAndInlineMarkup() throws {
        let text = """
        +---------+------------------------------------------+
        | Code    | Solution                                 |
        +=========+==========================================+
        | E.1     | First **bold** and ``code_x`` and        |
        |         | `site <https://e.x/p>`_ and              |
        |         | :ref:`Endpoints <ocr_03_0062>`, 4\\ *xx*. |
        |         |                                          |
        |         | -  one                                   |
        |         |    continued                             |
        |         | -  two                                   |
        |         |                                          |
        |         | #. first                                 |
        |         | #. second                                |
        +---------+------------------------------------------+
        """
        let grid = try #require(RSTReader.readGrids(text: text, path: "r.rst").only)
        let cell = grid.rows[1][1]
        #expect(cell.markdown == """
            First **bold** and `code_x` and [site](https://e.x/p) and Endpoints, 4*xx*.

            - one continued
            - two

            1. first
            2. second
            """)
        #expect(cell.text == "First bold and code_x and site and Endpoints, 4xx.\n\none continued\n\ntwo\n\nfirst\n\nsecond")
    }

    @Test func literalAsterisksAndBackquotesStayText() {
        let cell = RichText.cell([.paragraph(RSTInline.parse("a * b, 2*3*4 and \\`{}\\` kept"))])
        #expect(cell.text == "a * b, 2*3*4 and `{}` kept")
        #expect(cell.markdown == "a \\* b, 2\\*3\\*4 and \\`{}\\` kept")
    }

    @Test func listTableWithHeaderRows() throws {
        let text = """
        Errors
        ------

        .. note::

           .. list-table:: Error codes
              :header-rows: 1
              :widths: 10 30

              * - Code
                - Message
              * - Q.1
                - Quota exceeded.

                  Try later.
              * - Q.2
                -
        After.
        """
        let grid = try #require(RSTReader.readGrids(text: text, path: "l.rst").only)
        #expect(grid.caption == "Error codes")
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows.map { $0.map(\.text) } == [["Code", "Message"], ["Q.1", "Quota exceeded.\n\nTry later."], ["Q.2", ""]])
        #expect(grid.rows[1][0].location == SourceLocation(path: "l.rst", line: 12, column: 11))
    }

    @Test func wideCharactersCountAsTwoColumns() throws {
        let text = """
        +--------+----------+
        | 错误码 | 错误信息 |
        +========+==========+
        | E.1    | 参数错误 |
        +--------+----------+
        """
        let grid = try #require(RSTReader.readGrids(text: text, path: "w.rst").only)
        #expect(grid.rows.map { $0.map(\.text) } == [["错误码", "错误信息"], ["E.1", "参数错误"]])
    }
}
