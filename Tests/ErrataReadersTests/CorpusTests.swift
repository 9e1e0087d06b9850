import ErrataModel
import ErrataReaders
import ErrataTestSupport
import Testing

/// Real documentation pages read through the readers and the catalog builder.
@Suite(.requiresSharedPages) struct CorpusTests {
    enum Reader { case markdown, rst }

    private func read(_ name: String, _ reader: Reader) throws -> (grids: [Grid], catalog: Catalog) {
        let file = try ReaderTestFiles.corpus(name)
        let grids = switch reader {
        case .markdown: try MarkdownReader.readGrids(text: file.text, path: file.path)
        case .rst: try RSTReader.readGrids(text: file.text, path: file.path)
        }
        let catalog = try CatalogBuilder.build(grids, path: file.path, options: .init(service: name))
        return (grids, catalog)
    }

    private func bodyRows(_ grid: Grid) -> Int {
        grid.rows.count - (grid.headerRowCount ?? 1)
    }

    @Test func otcOCR() throws {
        let (grids, catalog) = try read("otc-ocr-errorcodes-20240403.rst", .rst)
        let grid = try #require(grids.only)
        #expect(grid.headerRowCount == 1)
        #expect(grid.caption == "Error Codes")
        #expect(bodyRows(grid) == 38)
        #expect(catalog.entries.count == 37)
        #expect(catalog.variantCount == 37)
        #expect(catalog.notes == [Note(label: "Other", text: "If other error codes cannot be rectified, contact technical support.")])
        #expect(catalog.modules.first?.name == "OCR")
        #expect(catalog.entry("AIS.0102")?.module == "OCR")
        let ais0101 = try #require(catalog.entry("AIS.0101")?.variants.only)
        #expect(ais0101.message == "The input parameter is invalid.")
        #expect(ais0101.solution == """
            Check whether the input parameters are correct. Possible causes are as follows:

            - Both **image** and **url** set, or the value format is incorrect.
            - **true** or **false** is incorrectly spelled.
            - Incorrect characters are included in the parameter value.

            For details about the parameter value format, see the request parameter description of each API.
            """)
    }

    @Test func otcAPIG() throws {
        let (grids, catalog) = try read("otc-apig-callingerrors-20241212.rst", .rst)
        let grid = try #require(grids.only)
        #expect(grid.caption == "Table 1 Error codes")
        #expect(bodyRows(grid) == 71)
        #expect(catalog.variantCount + catalog.notes.count == 71)
        #expect(catalog.notes.isEmpty)
        #expect(catalog.modules.isEmpty)
        let apig0201 = try #require(catalog.entry("APIG.0201"))
        #expect(apig0201.variants.map(\.status) == [400, 413, 414, 494, 502, 504, 500])
        #expect(apig0201.variants.first?.message == "API request error.")
        #expect(apig0201.variants.last?.message == "An unexpected error occurred")
        #expect(catalog.entry("APIG.0101")?.variants.map(\.message)
            == ["The API does not exist or has not been published in the environment.", "The API does not exist."])
        #expect(catalog.entry("APIG.0101")?.variants.map(\.status) == [404, 404])
    }

    @Test func otcModelArtsLargeTable() throws {
        let (grids, catalog) = try read("otc-modelarts-errorcodes-20250826.rst", .rst)
        let grid = try #require(grids.only)
        #expect(grid.rows.first?.map(\.text) == ["Status Code", "Error Codes", "Error Message", "Description", "Solution"])
        #expect(bodyRows(grid) == 864)
        #expect(catalog.variantCount + catalog.notes.count == 864)
        #expect(catalog.entries.count == 838)
        #expect(catalog.notes.isEmpty)
        let first = try #require(catalog.entries.first)
        #expect(first.code == "ModelArts.0116")
        #expect(first.variants == [Variant(
            message: "The expected {0} exceeds the quota limit.", description: "The expected {0} exceeds the quota limit.",
            solution: "Contact the administrator to increase the quota.", status: 100)])
        // One code on three non-adjacent rows (lines 673, 1409, 1637).
        let apiError = try #require(catalog.entry("ModelArts.4204"))
        #expect(apiError.variants.map(\.status) == [400, 404, 500])
        #expect(apiError.variants.map(\.message) == ["Request API error. %s", "API %s does not exist.", "Request API error. %s"])
        #expect(apiError.variants[2].solution == "Ensure no conflict occurs in API planning.")
        #expect(apiError.location?.line == 673)
        let backticks = catalog.entries.flatMap(\.variants).first { $0.message.contains("The character `{}` is not allowed.") }
        #expect(backticks != nil)
    }

    @Test(arguments: [("nhn-ocr-documentocr-errorcodes-20230308.md", 44), ("nhn-ocr-documentocr-errorcodes-20260818.md", 55)])
    func nhnDocumentOCR(name: String, rows: Int) throws {
        let (grids, catalog) = try read(name, .markdown)
        let grid = try #require(grids.only)
        #expect(bodyRows(grid) == rows)
        #expect(catalog.variantCount == rows)
        #expect(catalog.entries.count == rows)
        #expect(catalog.entries.prefix(2).map(\.code) == ["0", "-1"])
        // resultKey has no role: kept as the row's column.
        #expect(catalog.entry("4000001")?.variants.only == Variant(
            message: "Invalid parameter.", columns: [Column(name: "resultKey", value: "INVALID_PARAMETER")]))
        #expect(catalog.entry("-1")?.variants.only?.message == "Unknown error.")
        #expect(catalog.entry("5000002")?.variants.only?.message == "Error parsing fail.")
    }

    @Test func yandexStorage() throws {
        let (grids, catalog) = try read("yandex-storage-s3-responsecodes.md", .markdown)
        #expect(grids.count == 2)
        let grid = try #require(grids.last)
        #expect(bodyRows(grid) == 66)
        #expect(catalog.variantCount == 66)
        #expect(catalog.notes.isEmpty)
        #expect(catalog.entry("PermanentRedirect")?.variants.only == Variant(
            message: "The specified bucket should always be accessed using the address returned in the response.", status: 301))
        #expect(catalog.entry("Precondition Failed")?.variants.only?.status == 412)
        #expect(catalog.entry("InvalidDigest")?.variants.only?.message == "The hash provided in the Content-MD5 header is invalid.")
        #expect(catalog.entry("SlowDown")?.variants.only == Variant(message: "Reduce your request rate.", status: 503))
        let upload = try #require(catalog.entry("NoSuchUpload")?.variants.only)
        #expect(upload.message == "The specified multipart upload does not exist.")
        #expect(upload.description == "The specified multipart upload does not exist.\n\nThe error occurs in the following cases:\n\n"
            + "- Invalid upload ID is specified.\n- Upload is aborted.\n- Upload is complete.")
        let quota = try #require(catalog.entry("TooManyBuckets")?.variants.only)
        #expect(quota.description.hasPrefix("After creating the object, the [quota](../../concepts/limits.md) will be exceeded. "))
        #expect(quota.message.hasPrefix("After creating the object, the quota will be exceeded. Request a quota increase or"))
    }

    @Test func awsPageWithoutTableGivesOneSynthesizedGrid() throws {
        let (grids, catalog) = try read("aws-lambda-commonerrors-20221114.md", .markdown)
        let grid = try #require(grids.only)
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows.first?.map(\.text) == ["Error Code", "Description", "HTTP Status Code"])
        #expect(grid.caption == "Common Errors")
        #expect(bodyRows(grid) == 18)
        #expect(catalog.entries.count == 18)
        #expect(catalog.entry("OptInRequired")?.variants.only?.status == 403)
    }
}
