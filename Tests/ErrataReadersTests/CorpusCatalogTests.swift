import ErrataModel
import ErrataReaders
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// Every real page in ../shared/corpus through the front door (format detected from the file),
/// checked against its MANIFEST row count and values read off the page by hand.
@Suite(.requiresSharedPages) struct CorpusCatalogTests {
    static func read(_ name: String) throws -> Catalog {
        try CatalogStage().page(at: SharedPages.corpus(name).path).validated.catalog
    }

    /// Rows of the page's error table: one per variant, plus the note rows.
    static func rows(_ catalog: Catalog) -> Int { catalog.variantCount + catalog.notes.count }

    @Test(arguments: [
        ("huawei-ocr-errorcodes-zh-20191210.md", 36, 36),
        ("huawei-apig-errorcodes-zh-20210924.md", 185, 185),
        ("otc-ecs-errorcodes-20220427.html", 148, 147),
        ("otc-ocr-errorcodes-20240403.rst", 38, 37),
        ("otc-apig-callingerrors-20241212.rst", 71, 64),
        ("otc-modelarts-errorcodes-20250826.rst", 864, 838),
        ("nhn-ocr-documentocr-errorcodes-20230308.md", 44, 44),
        ("nhn-ocr-documentocr-errorcodes-20260818.md", 55, 55),
        ("yandex-storage-s3-responsecodes.md", 66, 66),
        // Not a table: a bold name, a description and `HTTP Status Code: N` per error.
        ("aws-lambda-commonerrors-20221114.md", 18, 18),
        // The MANIFEST says 83 for this table: it has 83 <tr>, the first of which is its header
        // row written as plain <td> cells, so 82 rows hold codes.
        ("otc-elb-statuscodes-shared-20220506.html", 82, 32),
    ])
    func pageGivesItsRowsAndCodes(name: String, rows: Int, codes: Int) throws {
        let catalog = try Self.read(name)
        #expect(Self.rows(catalog) == rows)
        #expect(catalog.entries.count == codes)
        #expect(catalog.entries.allSatisfy { !$0.variants.isEmpty && !$0.code.isEmpty })
    }

    @Test(arguments: [
        "huawei-ocr-errorcodes-zh-20191210.md", "huawei-apig-errorcodes-zh-20210924.md", "otc-ecs-errorcodes-20220427.html",
        "otc-elb-statuscodes-shared-20220506.html", "otc-modelarts-errorcodes-20250826.rst", "yandex-storage-s3-responsecodes.md",
    ])
    func catalogJSONWriterMatchesJSONEncoder(name: String) throws {
        let catalog = try Self.read(name)
        #expect(try CatalogJSON.encode(catalog) == CatalogJSON.encodeWithFoundation(catalog))
    }

    @Test func huaweiOCRChineseHeadersAndModules() throws {
        let catalog = try Self.read("huawei-ocr-errorcodes-zh-20191210.md")
        #expect(catalog.modules.map(\.name) == ["文字识别", "平台"])
        #expect(catalog.entries.first?.code == "AIS.0101")
        #expect(catalog.entries.first?.module == "文字识别")
        #expect(catalog.entries.first?.variants.first?.message == "The input parameter is invalid.")
        #expect(catalog.entries.last?.code == "ModelArts.4706")
        #expect(catalog.entries.last?.module == "平台")
    }

    @Test func huaweiAPIGKeepsTheSuccessRowAndStatuses() throws {
        let catalog = try Self.read("huawei-apig-errorcodes-zh-20210924.md")
        let success = try #require(catalog.entry("APIG.0000")?.variants.first)
        #expect(catalog.entry("APIG.0000")?.variants.count == 1)
        #expect(success == Variant(message: "Successful", description: "请求成功", solution: "无", status: 204))
        #expect(catalog.entry("APIC.9211")?.variants.first?.status == 400)
        #expect(Set(catalog.entries.map { $0.code.prefix(4) }) == ["APIG", "APIC"])
    }

    @Test func ecs1000IsOneCodeWithTwoRows() throws {
        let catalog = try Self.read("otc-ecs-errorcodes-20220427.html")
        let ecs1000 = try #require(catalog.entry("Ecs.1000"))
        #expect(ecs1000.variants.map(\.status) == [400, 404])
        #expect(ecs1000.variants.map(\.message) == ["Failed to call the Nova API because %s.", "itemNotFound: xxx could not be found."])
        #expect(ecs1000.variants[1].solution == "Check whether the resource exists.")
    }

    @Test func apig0201HasSevenStatuses() throws {
        let catalog = try Self.read("otc-apig-callingerrors-20241212.rst")
        let apig0201 = try #require(catalog.entry("APIG.0201"))
        #expect(apig0201.variants.map(\.status) == [400, 413, 414, 494, 502, 504, 500])
        #expect(apig0201.variants.first?.message == "API request error.")
    }

    @Test func elbPicksTheErrorTableAmongThree() throws {
        let catalog = try Self.read("otc-elb-statuscodes-shared-20220506.html")
        #expect(catalog.modules.map(\.name) == ["Load balancer", "Listener", "Certificate", "API version"])
        #expect(catalog.entry("ELB.0002")?.module == "Load balancer")
        #expect(catalog.entry("ELB.0002")?.variants.first?.status == 400)
    }

    @Test func otcOCRNoteAndCategories() throws {
        let catalog = try Self.read("otc-ocr-errorcodes-20240403.rst")
        #expect(catalog.notes == [Note(label: "Other", text: "If other error codes cannot be rectified, contact technical support.")])
        #expect(catalog.entry("AIS.0101")?.module == "OCR")
    }

    @Test func nhnBareIntegerCodes() throws {
        let catalog = try Self.read("nhn-ocr-documentocr-errorcodes-20260818.md")
        #expect(catalog.entry("0") != nil)
        #expect(catalog.entry("-1") != nil)
        #expect(catalog.entry("4000102") != nil)
    }

    @Test func awsErrorListWithoutATable() throws {
        let catalog = try Self.read("aws-lambda-commonerrors-20221114.md")
        #expect(catalog.entries.first?.code == "AccessDeniedException")
        #expect(catalog.entries.first?.variants == [Variant(message: "You do not have sufficient access to perform this action.", status: 400)])
        #expect(catalog.entry("InvalidClientTokenId")?.variants.first?.status == 403)
        #expect(catalog.entry("RequestExpired")?.variants.first?.message.contains("(such as for pre-signed URLs)") == true)
        #expect(catalog.modules.isEmpty)
    }
}
