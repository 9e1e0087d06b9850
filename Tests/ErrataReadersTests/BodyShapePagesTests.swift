import ErrataModel
import ErrataReaders
import ErrataRuntime
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// Pages whose sample response carries the code in a header, a list, problem details, a
/// structured entry or a root key: each is read to an exact catalog (its error body inferred from
/// the sample), and the sample, cut from the page's text here independently of the readers, is
/// read by the runtime in the inferred formats to the documented code.
@Suite struct BodyShapePagesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// What reading the sample must give.
        var code: String
        var message: String
        /// Every error of the body, for a list.
        var errors: [String] = []
        var problemType: String?
        var errorInfoDomain: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "acme-blob-header", code: "ContainerMissing", message: "The container does not exist."),
        Case(name: "acme-queue-errortype", code: "QueueDoesNotExist", message: "The queue does not exist."),
        Case(name: "acme-registry-list", code: "MANIFEST_UNKNOWN", message: "manifest unknown", errors: ["MANIFEST_UNKNOWN"]),
        Case(name: "acme-graph-extensions", code: "FORBIDDEN", message: "You may not read this project.", errors: ["FORBIDDEN"]),
        Case(name: "acme-billing-problem", code: "credit-exhausted", message: "Your account has no credit left.",
             problemType: "https://billing.example.com/problems/credit-exhausted"),
        Case(name: "acme-maps-errorinfo", code: "KEY_INVALID", message: "The API key is not valid for this project.",
             errorInfoDomain: "maps.example.com"),
        Case(name: "acme-compute-rootkey", code: "serverMissing", message: "The server could not be found."),
    ]

    static let pages = RepositoryPaths.fixtures.appendingPathComponent("Pages")

    @Test(arguments: cases)
    func pageReadsToItsExactCatalog(_ test: Case) throws {
        let page = try CatalogStage().page(at: Self.pages.appendingPathComponent("\(test.name).md").path)
        let expected = try String(contentsOf: Self.pages.appendingPathComponent("Expected/\(test.name).json"), encoding: .utf8)
        #expect(try CatalogJSON.encode(page.validated.catalog) == expected)
        #expect(page.reading.inferredBody.formats == page.validated.catalog.errorBody)
    }

    @Test(arguments: cases)
    func theRuntimeReadsThePagesSampleToADocumentedCode(_ test: Case) throws {
        let path = Self.pages.appendingPathComponent("\(test.name).md")
        let catalog = try CatalogStage().page(at: path.path).validated.catalog
        let (headers, body) = try Self.sample(in: String(contentsOf: path, encoding: .utf8))
        let read = try #require(ErrataBody.read(Data(body.utf8), headers: headers, formats: RuntimeFormats.formats(catalog.errorBody)))
        #expect(read.code == test.code)
        #expect(catalog.entries.contains { $0.code == read.code }, "a documented code")
        #expect(read.message == test.message)
        if !test.errors.isEmpty { #expect(read.errors.map(\.code) == test.errors) }
        #expect(read.problem?.type == test.problemType)
        #expect(read.errorInfo?.domain == test.errorInfoDomain)
    }

    /// A header format reads the code from the header alone: a body without one still gives it,
    /// and a body without the header falls to the body format after it.
    @Test func aHeaderIsTriedBeforeTheBodyWhenTheSpecSaysSo() throws {
        let path = Self.pages.appendingPathComponent("acme-blob-header.md").path
        let formats = RuntimeFormats.formats(try CatalogStage().page(at: path).validated.catalog.errorBody)
        let bodyOnly = Data(#"{"error": {"code": "BlobLocked", "message": "The blob is locked by another writer."}}"#.utf8)
        #expect(ErrataBody.read(bodyOnly, headers: [:], formats: formats)?.code == "BlobLocked")
        #expect(ErrataBody.read(bodyOnly, headers: [:], formats: formats)?.format == 1)
        #expect(ErrataBody.read(Data(), headers: ["X-MS-Error-Code": "QuotaReached"], formats: formats)?.code == "QuotaReached")
        #expect(ErrataBody.read(bodyOnly, headers: ["x-ms-error-code": "QuotaReached"], formats: formats)?.format == 0)
    }

    /// The first fenced block of `page`: when it starts with a status line, its header lines up to
    /// the blank line and the rest as the body; else all of it as the body.
    static func sample(in page: String) throws -> (headers: [String: String], body: String) {
        let parts = page.components(separatedBy: "```")
        try #require(parts.count >= 3)
        var lines = parts[1].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()  // the info string
        var headers: [String: String] = [:]
        if lines.first?.hasPrefix("HTTP/") == true {
            lines = lines.dropFirst()
            while let line = lines.first, !line.isEmpty {
                lines = lines.dropFirst()
                let colon = try #require(line.firstIndex(of: ":"))
                headers[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return (headers, lines.joined(separator: "\n"))
    }
}
