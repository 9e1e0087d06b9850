import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// Every form of the OCR page gives the catalog of `spec/huawei-ocr.yaml`.
@Suite struct CrossFormatTests {
    static let root = ErrataCLI.repoRoot

    static func spec() throws -> Catalog {
        try CatalogStage().page(at: root.appendingPathComponent("spec/huawei-ocr.yaml").path).validated.catalog
    }

    /// The parts a page can give: codes, modules and notes (service, source and body fields are the spec's).
    func expectSameTable(_ page: Catalog, _ spec: Catalog, _ name: String) {
        #expect(page.modules == spec.modules, "\(name): modules")
        #expect(page.notes == spec.notes, "\(name): notes")
        #expect(page.entries.count == spec.entries.count, "\(name): entry count")
        for (read, expected) in zip(page.entries, spec.entries) where read != expected {
            Issue.record("\(name): \(read.code) differs: \(read) vs \(expected)")
        }
    }

    /// The forms of the page in the repository (run everywhere) and the seed in ../shared (skipped where it is absent).
    static let fixturePages = [
        ("Tests/Fixtures/Readers/huawei-ocr.html", "html"),
        ("Tests/Fixtures/Readers/huawei-ocr.md", "markdown"),
        ("Tests/Fixtures/Readers/huawei-ocr.adoc", "asciidoc"),
    ]
    static let sharedPages = [
        ("../shared/seed/000_0ec234a393dc16d5.txt", "text"),
    ]

    @Test(arguments: fixturePages)
    func pageGivesTheSpecCatalog(path: String, format: String) throws {
        try expectSpecCatalog(path: path, format: format)
    }

    @Test(.requiresSharedPages, arguments: sharedPages)
    func sharedPageGivesTheSpecCatalog(path: String, format: String) throws {
        try expectSpecCatalog(path: path, format: format)
    }

    func expectSpecCatalog(path: String, format: String) throws {
        let url = Self.root.appendingPathComponent(path).standardizedFileURL
        let detected = try CatalogStage().page(at: url.path).validated.catalog
        try expectSameTable(detected, Self.spec(), path)
        let explicit = try CatalogStage().page(at: url.path, options: .init(format: .init(rawValue: format))).validated.catalog
        #expect(explicit == detected)
    }

    @Test(arguments: fixturePages.map(\.0))
    func dumpOfEveryFormIsTheSameJSON(path: String) throws {
        try expectSpecDump(path: path)
    }

    @Test(.requiresSharedPages, arguments: sharedPages.map(\.0))
    func dumpOfSharedPageIsTheSameJSON(path: String) throws {
        try expectSpecDump(path: path)
    }

    /// `errata dump` of the page, given the spec's service and source, is the JSON of `errata dump spec/huawei-ocr.yaml`.
    func expectSpecDump(path: String) throws {
        let result = try ErrataCLI.run(["dump", path, "--service", "Huawei Cloud OCR", "--source", "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html"], in: Self.root)
        #expect(result.status == 0, "\(path): \(result.stderr)")
        let spec = try ErrataCLI.run(["dump", "spec/huawei-ocr.yaml"], in: Self.root)
        #expect(spec.status == 0, "\(spec.stderr)")
        #expect(result.stdout == spec.stdout, "\(path)")
    }
}
