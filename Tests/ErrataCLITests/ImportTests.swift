import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataTestSupport
import Foundation
import Testing
import ErrataSpec

/// `errata import`: creating a spec from a page, and updating one without losing hand edits.
@Suite struct ImportTests {
    static let seed = SharedPages.seed

    @Test(.requiresSharedPages) func importingTheSeedCreatesTheBundledSpec() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(
            "import", Self.seed.path, "--spec", "spec/new.yaml", "--service", "Huawei Cloud OCR",
            "--source", "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("created spec/new.yaml: 46 added, 0 removed, 0 changed"), "\(result.stdout)")
        let created = try CatalogStage().spec(at: workspace.url("spec/new.yaml").path).catalog
        let bundled = try CatalogStage().spec(at: workspace.url("spec/huawei-ocr.yaml").path).catalog
        #expect(created == bundled)
    }

    @Test(.requiresSharedPages) func reimportingTheSamePageChangesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let spec = workspace.url("spec/huawei-ocr.yaml")
        let before = try FileManager.default.attributesOfItem(atPath: spec.path)[.modificationDate] as? Date
        let result = try workspace.run("import", Self.seed.path, "--spec", "spec/huawei-ocr.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("unchanged spec/huawei-ocr.yaml: 0 added, 0 removed, 0 changed"), "\(result.stdout)")
        #expect(try FileManager.default.attributesOfItem(atPath: spec.path)[.modificationDate] as? Date == before)
    }

    @Test(.requiresSharedPages) func newerPageUpdatesTheSpecAndKeepsHandEdits() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Hand edits in the spec.
        let specURL = workspace.url("spec/huawei-ocr.yaml")
        var spec = try String(contentsOf: specURL, encoding: .utf8)
        spec = spec.replacingOccurrences(of: "- code: AIS.0105\n  module: OCR\n", with: "- code: AIS.0105\n  module: OCR\n  swiftName: recognitionFailed\n  retryable: true\n  remarks: Retried by the SDK.\n")
        spec = spec.replacingOccurrences(of: "- code: ModelArts.4204\n  module: Platform\n", with: "- code: ModelArts.4204\n  module: Platform\n  deprecated: true\n")
        spec = spec.replacingOccurrences(of: "- OCR\n", with: "- name: OCR\n  swiftName: recognition\n")
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        // A newer page: one message reworded, one code gone, one code new.
        var page = try String(contentsOf: Self.seed, encoding: .utf8)
        page = page.replacingOccurrences(of: "Recognition failed. |", with: "Recognition failed, try again. |")
        page = page.replacingOccurrences(of: "AIS.0120 |\nClassification failed. |\nThe image category failed to be entered. |\nCheck whether the template in the classifier matches the input image. |\n|\n", with: "")
        page = page.replacingOccurrences(of: "AIS.0122 |", with: "AIS.0123 |\nThe image is blurred. |\nThe image is not sharp enough. |\nTake a sharper picture. |\n|\nAIS.0122 |")
        let newer = workspace.url("newer.txt")
        try page.write(to: newer, atomically: true, encoding: .utf8)

        let result = try workspace.run("import", "newer.txt", "--spec", "spec/huawei-ocr.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added: AIS.0123"))
        #expect(result.stdout.contains("removed: AIS.0120"))
        #expect(result.stdout.contains("changed: AIS.0105 (message)"))
        #expect(result.stdout.contains("updated spec/huawei-ocr.yaml: 1 added, 1 removed, 1 changed"), "\(result.stdout)")

        let updated = try CatalogStage().spec(at: specURL.path).catalog
        #expect(updated.service == "Huawei Cloud OCR")
        #expect(updated.source == "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html")
        #expect(updated.entries.count == 46)
        let ais0105 = try #require(updated.entry("AIS.0105"))
        #expect(ais0105.variants[0].message == "Recognition failed, try again.")
        #expect(ais0105.swiftName == "recognitionFailed")
        #expect(ais0105.retryable == true)
        #expect(ais0105.remarks == "Retried by the SDK.")
        #expect(updated.entry("ModelArts.4204")?.deprecated == true)
        #expect(updated.modules.first == Module(name: "OCR", swiftName: "recognition"))
        #expect(updated.entry("AIS.0123")?.variants[0].solution == "Take a sharper picture.")
        #expect(updated.entry("AIS.0120") == nil)
        #expect(try String(contentsOf: specURL, encoding: .utf8).hasPrefix("# Errata spec"), "the spec's comment header is kept")
    }

    /// The AWS page lists its errors without a table (bold name, description, `HTTP Status Code: N`).
    @Test(.requiresSharedPages) func realPageWithoutATableImportsItsErrorList() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let lambda = SharedPages.corpus("aws-lambda-commonerrors-20221114.md")
        let result = try workspace.run("import", lambda.path, "--spec", "spec/aws.yaml", "--service", "AWS Lambda")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("created spec/aws.yaml: 18 added, 0 removed, 0 changed"), "\(result.stdout)")
        let spec = try CatalogStage().spec(at: workspace.url("spec/aws.yaml").path).catalog
        #expect(spec.entries.count == 18)
        #expect(spec.entries.allSatisfy { $0.variants.count == 1 && $0.variants[0].status != nil })
        #expect(spec.entry("ThrottlingException")?.variants.first?.message == "The request was denied due to request throttling.")
        #expect(spec.entry("ServiceUnavailable")?.variants.first?.status == 503)
    }

    @Test func pageWithoutAnErrorTableIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let specURL = workspace.url("spec/huawei-ocr.yaml")
        let before = try Data(contentsOf: specURL)
        let html = workspace.url("tables.html")
        try Data("<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>b</td></tr></table><table><tr><th>Region</th></tr><tr><td>x</td></tr></table>".utf8).write(to: html)
        let noCodes = try workspace.run("import", "tables.html", "--spec", "spec/huawei-ocr.yaml")
        #expect(noCodes.status == 2)
        #expect(noCodes.stderr.contains("tables.html: error: 2 tables; none has an error-code column"), "\(noCodes.stderr)")
        #expect(noCodes.stderr.contains("Name"), "the message lists the headers it saw")
        #expect(try Data(contentsOf: specURL) == before)
    }

    /// A spec with translations updated from its page (here the same table as a spec without
    /// them, Tests/Fixtures/Specs/acme-vision-en.yaml): its language, locales and translations stay,
    /// and neither `check --upstream` nor `diff` sees a difference.
    @Test func updatingASpecKeepsItsTranslations() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fixtures = RepositoryPaths.fixtures.appendingPathComponent("Specs")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("acme-vision.yaml"), to: workspace.url("vision.yaml"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("acme-vision-en.yaml"), to: workspace.url("page.yaml"))
        let translated = try CatalogStage().spec(at: workspace.url("vision.yaml").path).catalog

        let check = try workspace.run("check", "--upstream", "page.yaml", "--spec", "vision.yaml")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try workspace.run("diff", "vision.yaml", "page.yaml").stdout == "no differences\n")

        let result = try workspace.run("import", "page.yaml", "--spec", "vision.yaml", "--page-format", "spec")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(": 0 added, 0 removed, 0 changed\n"), "\(result.stdout)")
        let updated = try CatalogStage().spec(at: workspace.url("vision.yaml").path).catalog
        #expect(updated == translated)
        #expect(updated.language == "en")
        #expect(updated.localeTags == ["zh-Hans", "de"])
        #expect(updated.notes[0].localized["zh-Hans"]?.label == "其他")
    }
}
