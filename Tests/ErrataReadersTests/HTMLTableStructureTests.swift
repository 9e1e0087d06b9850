import ErrataModel
import ErrataReaders
import Testing

/// Table structure: spans, header rows, captions, nesting.
@Suite struct HTMLTableStructureTests {
    @Test func colspanAndRowspanTogether() throws {
        let grid = try HTMLTestSupport.grid("""
            <table>
            <tr><th>A</th><th>B</th><th>C</th></tr>
            <tr><td rowspan="2" colspan="2">x</td><td>1</td></tr>
            <tr><td>2</td></tr>
            <tr><td>a</td><td>b</td><td>c</td></tr>
            </table>
            """)
        #expect(HTMLTestSupport.texts(grid) == [["A", "B", "C"], ["x", "x", "1"], ["x", "x", "2"], ["a", "b", "c"]])
        #expect(grid.rows.map { $0.map(\.isSpanCopy) } == [
            [false, false, false], [false, true, false], [true, true, false], [false, false, false],
        ])
        #expect(grid.headerRowCount == 1)
    }

    @Test func spanInLastColumnAndRowspanEndsWithItsGroup() throws {
        let grid = try HTMLTestSupport.grid("""
            <table><thead><tr><td>h1</td><td rowspan="3">h2</td></tr></thead>
            <tbody><tr><td>a</td><td rowspan="0">z</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></tbody></table>
            """)
        #expect(HTMLTestSupport.texts(grid) == [["h1", "h2"], ["a", "z"], ["b", "z"], ["c", "z"]])
        #expect(grid.headerRowCount == 1)
    }

    @Test func absurdSpansAreClamped() throws {
        let grid = try HTMLTestSupport.grid(#"<table><tr><td colspan="99999999">x</td></tr><tr><td rowspan="-3">y</td></tr></table>"#)
        #expect(grid.rows[0].count == 1000)
        #expect(grid.rows[0].dropFirst().allSatisfy { $0.isSpanCopy && $0.text == "x" })
        #expect(HTMLTestSupport.texts(grid)[1] == ["y"])
    }

    @Test func headerOfThCellsWithoutThead() throws {
        let grid = try HTMLTestSupport.grid("""
            <table><tr><th>Code</th><th>Message</th></tr><tr><th>Sub</th><th>Head</th></tr>
            <tr><td>E1</td><td>m</td></tr></table>
            """)
        #expect(grid.headerRowCount == 2)
        #expect(grid.rows[2].allSatisfy { !$0.isHeader })
    }

    @Test func captionAndPlainFirstRowIsUnmarked() throws {
        let grid = try HTMLTestSupport.grid("""
            <h2>Ignored heading</h2>
            <table><caption><b>Table 3 </b>Error codes</caption><tr><td>Code</td><td>Message</td></tr>
            <tr><td>E1</td><td>m</td></tr></table>
            """)
        #expect(grid.headerRowCount == nil)
        #expect(grid.caption == "Table 3 Error codes")
        #expect(HTMLTestSupport.texts(grid) == [["Code", "Message"], ["E1", "m"]])
    }

    @Test func nearestPrecedingHeadingIsTheCaption() throws {
        let grids = try HTMLTestSupport.grids("""
            <h1>Page</h1><h2>Error <b>codes</b></h2><p>Intro.</p><table><tr><td>a</td></tr></table>
            <table><tr><td>b</td></tr></table>
            """)
        #expect(grids.map(\.caption) == ["Error codes", "Error codes"])
        #expect(try HTMLTestSupport.grid("<table><tr><td>a</td></tr></table>").caption == nil)
    }

    @Test func nestedTableIsItsOwnGridAndTextOfTheOuterCell() throws {
        let grids = try HTMLTestSupport.grids("""
            <table><tr><td>outer <table><tr><td>in1</td><td>in<b>2</b></td></tr><tr><td>in3</td></tr></table> tail</td>
            <td>next</td></tr><tr><td>row 2</td><td>x</td></tr></table>
            """)
        try #require(grids.count == 2)
        #expect(HTMLTestSupport.texts(grids[0]) == [["outer\n\nin1 in2\n\nin3\n\ntail", "next"], ["row 2", "x"]])
        #expect(grids[0].rows[0][0].markdown == "outer\n\nin1 in**2**\n\nin3\n\ntail")
        #expect(HTMLTestSupport.texts(grids[1]) == [["in1", "in2"], ["in3"]])
    }

    @Test func omittedEndTagsAreFine() throws {
        let grid = try HTMLTestSupport.grid("<table><tr><td>a<td>b<tr><td>c<td>d</table>")
        #expect(HTMLTestSupport.texts(grid) == [["a", "b"], ["c", "d"]])
    }

    @Test func headersAttributeIsIgnored() throws {
        let grid = try HTMLTestSupport.grid("""
            <table><tr><th id="h1">A</th><th id="h2">B</th></tr>
            <tr><td rowspan="2" headers="h1">m</td><td headers="h2">1</td></tr>
            <tr><td headers="h1">2</td></tr></table>
            """)
        #expect(HTMLTestSupport.texts(grid) == [["A", "B"], ["m", "1"], ["m", "2"]])
    }

    @Test func locationsGiveLines() throws {
        let grids = try HTMLTestSupport.grids("<p>x</p>\n\n<table>\n<tr>\n<td>a</td>\n<td>\nb</td></tr></table>")
        let grid = try #require(grids.first)
        #expect(grid.location == SourceLocation(path: "test.html", line: 3))
        #expect(grid.rows[0].map { $0.location?.line } == [5, 6])
    }

    @Test func tableInScriptOrAfterHTMLEnd() throws {
        let grids = try HTMLTestSupport.grids("""
            <html><head><script>var t = "<table><tr><td>no</td></tr></table>";</script></head>
            <body><p>x</p></body></html>
            <table><tr><td>late</td></tr></table>
            """)
        try #require(grids.count == 1)
        #expect(HTMLTestSupport.texts(grids[0]) == [["late"]])
        #expect(grids[0].location?.line == 3)
    }
}
