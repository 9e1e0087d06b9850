import Foundation
import HuaweiOCRErrors
import Testing
import ErrataTestSupport

/// Every generated fixture decodes through the generated library to the code, module and
/// message the documentation gives.
@Suite struct FixtureDecodingTests {
    struct IndexEntry: Decodable {
        var code: String
        var file: String
        var message: String
        var module: String?
        var statuses: [Int]
        var variant: Int
    }

    static let fixtures = RepositoryPaths.path("Generated/Fixtures/huawei-ocr")

    static func index() throws -> [IndexEntry] {
        try JSONDecoder().decode([IndexEntry].self, from: Data(contentsOf: fixtures.appendingPathComponent("index.json")))
    }

    @Test func indexListsEveryVariant() throws {
        let index = try Self.index()
        #expect(index.count == 47)
        #expect(Set(index.map(\.code)).count == 46)
        #expect(Set(index.map(\.code)) == Set(HuaweiOCRErrorCode.allDocumented.map(\.rawValue)))
    }

    @Test func everyFixtureDecodesToItsCodeModuleAndMessage() throws {
        for item in try Self.index() {
            let body = try Data(contentsOf: Self.fixtures.appendingPathComponent(item.file))
            let error = try HuaweiOCRError.decode(body, httpStatus: item.statuses.first)
            #expect(error.code.rawValue == item.code, "\(item.file)")
            #expect(error.code.isDocumented, "\(item.file)")
            #expect(error.module?.rawValue == item.module, "\(item.file)")
            #expect(error.message == item.message, "\(item.file)")
            #expect(error.variantIndex == item.variant - 1, "\(item.file)")
            #expect(error.matchedVariant?.message == item.message, "\(item.file)")
        }
    }
}
