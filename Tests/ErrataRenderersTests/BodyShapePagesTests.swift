import ErrataModel
import ErrataReaders
import ErrataRenderers
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

/// The generated library of each shape page, all seven in one program (shared runtime), reads
/// the page's sample response through its own API — `decode(_:httpStatus:headers:)` — to the
/// documented code, and keeps what the shape carries: every error of a list, problem details, a
/// structured entry. The same programs with the embedded runtime print the same.
@Suite struct BodyShapeLibraryTests {
    static func prefix(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func program(_ runtime: SwiftRuntimeMode) throws -> (files: [RenderedFile], main: String, expected: String) {
        var files: [RenderedFile] = []
        var main = "import Foundation\n"
        var expected = ""
        for test in BodyShapePagesTests.cases {
            let path = BodyShapePagesTests.pages.appendingPathComponent("\(test.name).md")
            let validated = try CatalogStage().page(at: path.path).validated
            let prefix = Self.prefix(test.name)
            let options = SwiftRenderOptions(typePrefix: prefix, accessLevel: .public, specPath: "\(test.name).yaml", runtime: runtime)
            files += try SwiftRenderer.render(validated, options: options)
            let (headers, body) = try BodyShapePagesTests.sample(in: String(contentsOf: path, encoding: .utf8))
            let catalog = validated.catalog
            var extras: [String] = []
            if catalog.errorBody.contains(where: { $0.code.listPrefix != nil }) { extras.append(#"error.errors.map(\.code.rawValue)"#) }
            if catalog.errorBody.contains(where: { $0.kind == .problemDetails }) { extras.append(#"error.problem?.type ?? "-""#) }
            if catalog.errorBody.contains(where: { $0.kind == .errorInfo }) { extras.append(#"error.errorInfo?.domain ?? "-""#) }
            main += """
                do {
                    let body = \(swiftString(body))
                    let headers: [String: String] = [\(headers.isEmpty ? ":" : headers.sorted { $0.key < $1.key }.map { "\(swiftString($0.key)): \(swiftString($0.value))" }.joined(separator: ", "))]
                    let error = try \(prefix)Error.decode(Data(body.utf8), httpStatus: 400, headers: headers)
                    print(\(swiftString(test.name)), error.code.rawValue, error.code.isDocumented, error.message\(extras.map { ", " + $0 }.joined()))
                }

                """
            var line = "\(test.name) \(test.code) true \(test.message)"
            if catalog.errorBody.contains(where: { $0.code.listPrefix != nil }) {
                line += " " + "[" + (test.errors.isEmpty ? [test.code] : test.errors).map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            }
            if catalog.errorBody.contains(where: { $0.kind == .problemDetails }) { line += " " + (test.problemType ?? "-") }
            if catalog.errorBody.contains(where: { $0.kind == .errorInfo }) { line += " " + (test.errorInfoDomain ?? "-") }
            expected += line + "\n"
        }
        return (files, main, expected)
    }

    static func swiftString(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            default: scalar.isASCII ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
            }
        }.joined() + "\""
    }

    @Test(arguments: [SwiftRuntimeMode.shared, .embedded])
    func eachShapesLibraryReadsItsPagesSample(runtime: SwiftRuntimeMode) throws {
        let (files, main, expected) = try Self.program(runtime)
        #expect(try SwiftTestSupport.compileAndRun(files, main: main) == expected)
    }
}
