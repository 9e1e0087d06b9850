import ErrataModel
import ErrataReaders
import ErrataSpec
import ErrataTestSupport
import Testing

/// Real pages whose columns get their roles from header names compared loosely.
@Suite(.requiresSharedPages) struct CorpusColumnRolesTests {
    /// The API reference's error table heads its status column `HttpCode`: every row has its
    /// status, and no row keeps an "HttpCode" column.
    @Test func alibabaHttpCodeIsTheStatus() throws {
        let page = try CatalogStage().page(at: SharedPages.corpus("alibaba-nat-createnatgateway-errorcodes-20210426.md").path).reading
        let catalog = page.catalog
        #expect(catalog.entries.count == 23)
        #expect(catalog.entries.allSatisfy { $0.variants.allSatisfy { $0.statuses.count == 1 && $0.columns.isEmpty } })
        #expect(catalog.entry("InvalidVPCStatus")?.variants.first?.statuses == [400])
        #expect(catalog.entry("InvalidRegionId.NotFound")?.variants.first?.statuses == [404])
        #expect(!page.warnings.contains { $0.message.contains("HttpCode") })
        #expect(page.tables.map(\.index) == [2])
        #expect(page.tables.first?.columns.map(\.role) == [.status, .code, .message, .description])
    }
}
