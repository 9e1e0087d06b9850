import ErrataModel
import ErrataReaders
import ErrataSpec
import ErrataSync
import ErrataTestSupport
import Foundation
import Testing

/// The page jobs get their catalogs from `CatalogStage`: each input read once, every catalog
/// validated, pages and specs alike.
@Suite struct PageStageTests {
    static let page = RepositoryPaths.path("Tests/Fixtures/Readers/huawei-ocr.md").path

    /// A folder holding the OCR spec with `source:` naming the OCR page by its absolute path.
    static func workspace() throws -> (folder: URL, spec: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errata-stage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: RepositoryPaths.path("spec/huawei-ocr.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "source: https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html", with: "source: \(page)")
        #expect(text.contains("source: \(page)\n"))
        let spec = folder.appendingPathComponent("ocr.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: spec))
        return (folder, spec)
    }

    /// How often `job` reads the workspace's spec and its page, given a stage that counts.
    static func reads(_ job: (_ spec: String, _ stage: CatalogStage) throws -> Void) throws -> (spec: Int, page: Int) {
        let (folder, spec) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reads = FileReads()
        try job(spec, CatalogStage(contents: reads.contents))
        return (reads.count(spec), reads.count(page))
    }

    /// `check --upstream` and `diff` without a page: the spec is read once, and names the page.
    @Test func withoutAPageTheSpecIsReadOnceAndComparedWithItsSource() throws {
        let jobs: [(String, CatalogStage) throws -> (page: String, changes: CatalogChanges)] = [
            { spec, stage in
                let result = try UpstreamCheckJob.run(spec: spec, stage: stage)
                return (result.upstream, result.changes)
            },
            { spec, stage in
                let result = try DiffJob.run(old: spec, stage: stage)
                return (result.new, result.changes)
            },
        ]
        for job in jobs {
            var compared: (page: String, changes: CatalogChanges)?
            let counts = try Self.reads { compared = try job($0, $1) }
            #expect(counts == (1, 1))
            #expect(compared?.page == Self.page)
            #expect(compared?.changes.isEmpty == true)
        }
    }

    @Test func checkUpstreamWithALocaleReadsTheSpecOnce() throws {
        // The spec has no such locale: refused after the one read.
        let counts = try Self.reads { spec, stage in
            #expect(throws: Diagnostic.self) { try UpstreamCheckJob.run(spec: spec, locale: "de", stage: stage) }
        }
        #expect(counts == (1, 0))
    }

    /// A spec the reader accepts but the validator refuses is not compared with its page.
    @Test func checkUpstreamRefusesASpecTheValidatorRefuses() throws {
        let (folder, spec) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: spec, encoding: .utf8)
        let samePath = text.replacingOccurrences(of: "  message: error_msg\n", with: "  message: error_code\n")
        #expect(samePath != text)
        try Data(samePath.utf8).write(to: URL(fileURLWithPath: spec))
        do {
            _ = try UpstreamCheckJob.run(spec: spec)
            Issue.record("an invalid spec was compared")
        } catch let error as Diagnostics {
            #expect(error.items.map(\.message) == ["errorBody: the code and the message have the same path 'error_code'"])
            #expect(error.items.first?.location?.line == 8)
        }
    }

    @Test func aPageComesBackValidatedWithTheReadersWarnings() throws {
        let page = try CatalogStage().page(at: Self.page)
        #expect(page.validated.catalog == page.reading.catalog)
        #expect(page.validated.catalog.entries.count == 46)
        #expect(page.validated.warnings == page.reading.warnings)
        // A page the validator refuses: a spec read where a page may be, listing a code twice.
        let spec = Array("service: S\nentries:\n  - code: A\n    message: a\n  - code: A\n    message: b\n".utf8)
        #expect(throws: Diagnostics.self) { try CatalogStage.page(data: spec, path: "old.yaml") }
    }

    @Test func aPageIsReadOnceThroughTheStage() throws {
        let reads = FileReads()
        _ = try CatalogStage(contents: reads.contents).page(at: Self.page)
        #expect(reads.count(Self.page) == 1)
        #expect(throws: Diagnostic.error("cannot read the input (no such file, or not readable)", at: SourceLocation(path: "/gone.md"))) {
            try CatalogStage(contents: reads.contents).page(at: "/gone.md")
        }
    }
}
