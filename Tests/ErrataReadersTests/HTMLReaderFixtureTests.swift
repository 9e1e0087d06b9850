import ErrataModel
import ErrataReaders
import Foundation
import Testing

/// The Huawei Cloud OCR "Error Codes" page as the doc portal renders it (Tests/Fixtures/Readers/huawei-ocr.html).
@Suite struct HTMLReaderFixtureTests {
    let path = HTMLTestSupport.fixturePath("huawei-ocr.html")

    func table() throws -> Grid {
        let grids = try HTMLTestSupport.readGrids(atPath: path)
        // The page's <script> holds "<table>" in a string: it must not count.
        try #require(grids.count == 1)
        return grids[0]
    }

    @Test func headerAndShape() throws {
        let grid = try table()
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows[0].map(\.text) == ["Module", "Error Code", "Error Message", "Description", "Solution"])
        #expect(grid.rows[0].allSatisfy { $0.isHeader })
        // 46 codes on 47 rows (ModelArts.4105 twice), plus the closing "Other" note row.
        #expect(grid.rows.count - 1 == 48)
        #expect(grid.rows.allSatisfy { $0.count == 5 })
        #expect(grid.caption == "Error Codes")
        let source = try String(contentsOfFile: path, encoding: .utf8)
        #expect(grid.location == SourceLocation(path: path, line: HTMLTestSupport.lineNumber(of: "<table cellpadding", in: source)))
    }

    @Test func moduleColumnIsFilledFromRowspans() throws {
        let body = try table().rows.dropFirst().dropLast()
        let modules = body.map { $0[0].text }
        #expect(modules.filter { $0 == "OCR" }.count == 11)
        #expect(modules.filter { $0 == "Platform" }.count == 32)
        #expect(modules.filter { $0 == "APIG" }.count == 4)
        // Only the first row of each module holds the real cell; the others are copies.
        let originals = body.filter { !$0[0].isSpanCopy }.map { $0[0].text }
        #expect(originals == ["OCR", "Platform", "APIG"])
        let codes = Set(body.map { $0[1].text })
        #expect(codes.count == 46)
    }

    @Test func secondRowOfModelArts4105() throws {
        let grid = try table()
        let rows = grid.rows.filter { $0[1].text == "ModelArts.4105" }
        try #require(rows.count == 2)
        #expect(!rows[0][1].isSpanCopy)
        #expect(rows[1][1].isSpanCopy)
        #expect(rows[0][2].text == "The JSON format of the input data is incorrect.")
        #expect(rows[1].dropFirst(2).map(\.text) == [
            "Failed to obtain the temporary AK/SK",
            "The temporary AK/SK failed to be obtained.",
            "Contact technical support. (If OBS is used, check the authorization first.)",
        ])
        #expect(rows[1].dropFirst(2).allSatisfy { !$0.isSpanCopy })
    }

    @Test func noteRowSpansFourColumns() throws {
        let note = try #require(try table().rows.last)
        #expect(note.map(\.text) == ["Other"] + Array(repeating: "If other error codes are displayed, contact us.", count: 4))
        #expect(note.map(\.isSpanCopy) == [false, false, true, true, true])
    }

    @Test func cellTextIsVerbatim() throws {
        let grid = try table()
        let message = { (code: String) in HTMLTestSupport.row(grid, column: 1, equal: code)?[2].text }
        #expect(message("AIS.0119") == "Template match failed, template_id={xxx}.")
        #expect(message("AIS.0121") == "The recognition area of template is not configured, template_id={xxx}")
        #expect(message("ModelArts.4204") == "Request api error! The API XXX is not subscribed.")
        #expect(message("APIG.0308")
            == "The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute.")
        #expect(HTMLTestSupport.row(grid, column: 1, equal: "ModelArts.4302")?[3].text
            == "The serviced failed to be accessed.")
    }

    @Test func multiParagraphAndEmptyCells() throws {
        let grid = try table()
        let solution = try #require(HTMLTestSupport.row(grid, column: 1, equal: "AIS.0101")?[4])
        #expect(solution.text == """
            Check whether the input parameter is correct. Possible causes are as follows:

            For details about the parameter value format, see the request parameter description of each API.
            """)
        #expect(solution.markdown == solution.text)
        for code in ["ModelArts.4204", "APIG.0101", "APIG.0201", "APIG.0301"] {
            let row = try #require(HTMLTestSupport.row(grid, column: 1, equal: code))
            #expect(row[4].text.isEmpty && row[4].markdown.isEmpty && !row[4].isSpanCopy, "\(code)")
        }
    }

    /// The text rendering shows cross-references as plain text, so the fixture marks them up as
    /// `<span class="xref">` (links themselves are covered by HTMLCellContentTests).
    @Test func crossReferencesStayPlainText() throws {
        let grid = try table()
        let solution = try #require(HTMLTestSupport.row(grid, column: 1, equal: "AIS.0102")?[4])
        #expect(solution.text.hasSuffix("see Constraints and Limitations."))
        #expect(solution.markdown == solution.text)
        let apig = try #require(HTMLTestSupport.row(grid, column: 1, equal: "APIG.0308")?[4])
        #expect(apig.markdown.hasSuffix("Why Is a Message Stating \"APIG.0308\" Displayed When the OCR API Is Called?"))
    }

    @Test func cellsKnowTheirLine() throws {
        let grid = try table()
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let cell = try #require(HTMLTestSupport.row(grid, column: 1, equal: "AIS.0117")?[1])
        #expect(cell.location?.line == HTMLTestSupport.lineNumber(of: ">AIS.0117<", in: source))
    }
}
