import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

@Suite struct TextReaderTests {
    private func seedCatalog() throws -> Catalog {
        let seed = try ReaderTestFiles.seed()
        let grids = try TextReader.readGrids(text: seed.text, path: seed.path)
        return try CatalogBuilder.build(grids, path: seed.path, options: .init(service: "Huawei Cloud OCR"))
    }

    @Test(.requiresSharedPages) func seedGridHasHeaderRowsAndShortNoteRow() throws {
        let seed = try ReaderTestFiles.seed()
        let grids = try TextReader.readGrids(text: seed.text, path: seed.path)
        let grid = try #require(grids.only)
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows.first?.map(\.text) == ["Module", "Error Code", "Error Message", "Description", "Solution"])
        // 46 code rows + ModelArts.4105's second row + the note row.
        #expect(grid.rows.count == 1 + 47 + 1)
        #expect(grid.rows.last?.map(\.text) == ["Other", "If other error codes are displayed, contact us."])
        #expect(grid.location?.line == 10)
    }

    @Test(.requiresSharedPages) func mergedCellsLandInTheirColumns() throws {
        let seed = try ReaderTestFiles.seed()
        let rows = try #require(TextReader.readGrids(text: seed.text, path: seed.path).only).rows
        let second = rows[2].map(\.text)
        // Merged cells are copies of the cells above them, marked as span copies (as in HTML).
        #expect(second == ["OCR", "AIS.0102", "The image format is not supported.",
                           "The image format is not supported, or the value of image is not a Base64 encoded string.",
                           "Check the image format. For details about the image formats supported by each service, see Constraints and Limitations."])
        let apig0101 = try #require(rows.first { $0.count > 1 && $0[1].text == "APIG.0101" }).map(\.text)
        #expect(apig0101 == ["APIG", "APIG.0101", "The API does not exist or has not been published in the environment.",
                             "The API does not exist or has not been published.", ""])
        let apig0201 = try #require(rows.first { $0.count > 1 && $0[1].text == "APIG.0201" }).map(\.text)
        #expect(rows[2][0].isSpanCopy && !rows[2][1].isSpanCopy)
        #expect(apig0201 == ["APIG", "APIG.0201", "Backend timeout.", "Request timed out.", ""])
        let secondMessage = try #require(rows.first { $0.count > 2 && $0[2].text.hasPrefix("Failed to obtain the temporary") })
        #expect(secondMessage.map(\.text) == ["Platform", "ModelArts.4105", "Failed to obtain the temporary AK/SK",
                                              "The temporary AK/SK failed to be obtained.",
                                              "Contact technical support. (If OBS is used, check the authorization first.)"])
        #expect(secondMessage[0].isSpanCopy && secondMessage[1].isSpanCopy && !secondMessage[2].isSpanCopy)
        #expect(secondMessage[2].location == SourceLocation(path: seed.path, line: 102, column: 1))
    }

    @Test(.requiresSharedPages) func seedCatalogHasCodesModulesAndNote() throws {
        let catalog = try seedCatalog()
        #expect(catalog.entries.count == 46)
        #expect(catalog.variantCount == 47)
        #expect(catalog.modules.map(\.name) == ["OCR", "Platform", "APIG"])
        let codesByModule = Dictionary(grouping: catalog.entries, by: { $0.module ?? "" }).mapValues { $0.map(\.code) }
        #expect(codesByModule["OCR"] == ["AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "AIS.0105", "AIS.0117",
                                         "AIS.0118", "AIS.0119", "AIS.0120", "AIS.0121", "AIS.0122"])
        #expect(codesByModule["APIG"] == ["APIG.0101", "APIG.0201", "APIG.0301", "APIG.0308"])
        #expect(codesByModule["Platform"]?.count == 31)
        #expect(codesByModule["Platform"]?.first == "ModelArts.0203")
        #expect(codesByModule["Platform"]?.last == "ModelArts.6201")
        #expect(catalog.notes == [Note(label: "Other", text: "If other error codes are displayed, contact us.")])
    }

    @Test(.requiresSharedPages) func seedCatalogKeepsCellTextVerbatim() throws {
        let catalog = try seedCatalog()
        let variants4105 = try #require(catalog.entry("ModelArts.4105")).variants
        #expect(variants4105.map(\.message) == ["The JSON format of the input data is incorrect.",
                                                "Failed to obtain the temporary AK/SK"])
        #expect(variants4105[1].solution == "Contact technical support. (If OBS is used, check the authorization first.)")
        let ais0101 = try #require(catalog.entry("AIS.0101")?.variants.only)
        #expect(ais0101.solution == "Check whether the input parameter is correct. Possible causes are as follows:\n\n"
            + "For details about the parameter value format, see the request parameter description of each API.")
        let apig0201 = try #require(catalog.entry("APIG.0201")?.variants.only)
        #expect(apig0201 == Variant(message: "Backend timeout.", description: "Request timed out.", solution: "", status: nil))
        #expect(catalog.entry("ModelArts.4204")?.variants.only?.solution == "")
        #expect(catalog.entry("AIS.0119")?.variants.only?.message == "Template match failed, template_id={xxx}.")
        #expect(catalog.entry("ModelArts.4204")?.variants.only?.message == "Request api error! The API XXX is not subscribed.")
        #expect(catalog.entry("APIG.0308")?.variants.only?.message
            == "The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute.")
        #expect(catalog.entry("AIS.0117")?.variants.only?.solution == "Check whether classifier_id or template_id is specified.")
        #expect(catalog.entry("AIS.0101")?.location?.line == 17)
    }

    @Test func textTableWithoutTrailingEmptyCellsNeedsNoAlignment() throws {
        let text = """
        Intro line.
        Code |
        Message |
        ---|---|
        A.1 |
        First |
        A.2 |
        Second
        line |
        After the table.
        """
        let grid = try #require(TextReader.readGrids(text: text, path: "t.txt").only)
        #expect(grid.rows.map { $0.map(\.text) } == [["Code", "Message"], ["A.1", "First"], ["A.2", "Second\n\nline"]])
        #expect(grid.caption == "Intro line.")
    }

    @Test func noDelimiterLineMeansNoTable() throws {
        #expect(try TextReader.readGrids(text: "a | b\nc | d\n", path: "t.txt").isEmpty)
    }
}

extension Collection {
    /// The single element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
