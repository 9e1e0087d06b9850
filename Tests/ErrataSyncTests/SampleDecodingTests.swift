import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataSpec
import ErrataRenderers
import ErrataTestSupport
import Foundation
import Testing

/// Page in, working error library out: each page is read as `errata import` reads it (the error
/// body format inferred from the page's own sample response), its Swift library is generated and
/// compiled, and the program decodes the sample the page shows, cut from the page's text here,
/// independently of the readers.
@Suite struct SampleDecodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var page: URL
        /// Type prefix of this page's library (all cases compile into one program).
        var prefix: String
        /// The sample: from the first `from` (or the `{` enclosing it) to the `to` after it.
        var from: String
        var to: String
        var enclosingBraces = false
        /// `<pre>` content is HTML-escaped on the page.
        var htmlEscaped = false
        var httpStatus: Int
        /// What decoding must give.
        var code: String
        var documented = true
        var fields: String = ""
        var syntax: ErrorBodyFormat.Syntax = .json
        var testDescription: String { page.lastPathComponent }
    }

    static let pages = RepositoryPaths.fixtures.appendingPathComponent("Pages")

    static let fixtureCases: [Case] = [
        Case(page: pages.appendingPathComponent("acme-lb-nested.md"), prefix: "ALB", from: "{\n  \"error\"", to: "}\n}",
             httpStatus: 409, code: "ALB.2004", fields: "request_id=5f0c2a9e-1d7b-4c1e-9a52-8f3e2b6d4a10"),
        Case(page: pages.appendingPathComponent("acme-storage-xml.html"), prefix: "AOS", from: "&lt;?xml", to: "&lt;/Error&gt;",
             htmlEscaped: true, httpStatus: 404, code: "BucketGone", fields: "RequestId=A1B2C3D4E5,Resource=/photos", syntax: .xml),
        Case(page: pages.appendingPathComponent("acme-db-gateway.rst"), prefix: "ADB", from: "\"ADB.0103\"", to: "}",
             enclosingBraces: true, httpStatus: 409, code: "ADB.0103"),
        Case(page: pages.appendingPathComponent("acme-db-gateway.rst"), prefix: "ADBGateway", from: "{\"error_code\"", to: "}",
             httpStatus: 401, code: "GW.0401"),
        Case(page: pages.appendingPathComponent("acme-pay-integer.md"), prefix: "Pay", from: "{\"status\"", to: "}}",
             httpStatus: 402, code: "1042", fields: "status=failed,trace=t-77"),
    ]

    static let corpusCases: [Case] = [
        Case(page: SharedPages.seed, prefix: "Seed", from: "\"error_msg\"", to: "}", enclosingBraces: true,
             httpStatus: 400, code: "AIS.0101"),
        Case(page: SharedPages.corpus("otc-ocr-errorcodes-20240403.rst"), prefix: "OTCOCR", from: "\"error_code\": \"AIS.0101\"",
             to: "}", enclosingBraces: true, httpStatus: 400, code: "AIS.0101"),
        // The Chinese page's sample shows a code its own table does not list.
        Case(page: SharedPages.corpus("huawei-ocr-errorcodes-zh-20191210.md"), prefix: "OCRZh", from: "\"error_code\": \"AIS.0005\"",
             to: "}", enclosingBraces: true, httpStatus: 400, code: "AIS.0005", documented: false),
        Case(page: SharedPages.corpus("yandex-storage-s3-responsecodes.md"), prefix: "S3", from: "<?xml", to: "</Error>",
             httpStatus: 404, code: "NoSuchKey", fields: "RequestId=4442587FB7D0A2F9,Resource=/mybucket/myfoto.jpg", syntax: .xml),
    ]

    @Test func fixturePagesDecodeTheirOwnSamples() throws {
        try check(Self.fixtureCases)
    }

    @Test(.requiresSharedPages) func corpusPagesDecodeTheirOwnSamples() throws {
        try check(Self.corpusCases)
    }

    /// The Chinese OCR page imports and generates with no hand edits (its modules have Chinese
    /// names), and its library decodes a body of a code it documents, explained in Chinese.
    @Test(.requiresSharedPages) func chinesePageLibraryDecodesADocumentedCode() throws {
        let page = SharedPages.corpus("huawei-ocr-errorcodes-zh-20191210.md")
        let validated = try CatalogStage().page(at: page.path).validated
        let catalog = validated.catalog
        let files = try SwiftRenderer.render(validated, options: SwiftRenderOptions(typePrefix: "OCR", specPath: "ocr.yaml"))
        let main = """
            import Foundation
            let error = try OCRError.decode(Data(#"{"error_code": "AIS.0101", "error_msg": "The input parameter is invalid."}"#.utf8), httpStatus: 400)
            print(error.code == .ais0101, error.module.map { String(describing: $0) } ?? "nil", error.failureReason ?? "nil")
            """
        let output = try SwiftCompiler.compileAndRun(files.map { ($0.path, $0.contents) } + [("main.swift", main)])
        let entry = try #require(catalog.entry("AIS.0101"))
        #expect(output == "true wenZiShiBie \(entry.variants[0].description)\n")
        #expect(entry.variants[0].description.unicodeScalars.contains { $0.value >= 0x4E00 })
    }

    func check(_ cases: [Case]) throws {
        var sources: [(name: String, contents: String)] = []
        var main = "import Foundation\n\nfunc line(_ parts: [String]) { print(parts.joined(separator: \"|\")) }\n"
        var expected: [String] = []
        for item in cases {
            let read = try CatalogStage().page(at: item.page.path)
            #expect(read.reading.inferredBody.formats.first?.syntax == item.syntax, "\(item.page.lastPathComponent): no sample inferred")
            let files = try SwiftRenderer.render(read.validated, options: SwiftRenderOptions(typePrefix: item.prefix, specPath: "x.yaml"))
            sources += files.map { ($0.path, $0.contents) }
            let sample = try Self.sample(item)
            main += """

                do {
                    let body = Data(base64Encoded: "\(Data(sample.utf8).base64EncodedString())")!
                    let error = try \(item.prefix)Error.decode(body, httpStatus: \(item.httpStatus))
                    let row = error.matchedVariant ?? error.info?.variants.first
                    let fields = error.fields.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: ",")
                    line([error.code.rawValue, String(error.httpStatus ?? 0), String(error.code.isDocumented),
                          row?.status.map { String($0) } ?? "none", error.failureReason == nil ? "no reason" : "reason", fields])
                    let again = try \(item.prefix)Error.decode(error.encodedBody(), httpStatus: \(item.httpStatus))
                    line(["round trip", String(again == error)])
                    for junk in ["<html><body>502 Bad Gateway</body></html>", "", "{\\"unrelated\\": 1}"] {
                        do {
                            _ = try \(item.prefix)Error.decode(Data(junk.utf8), httpStatus: 502)
                            line(["decoded junk", junk])
                        } catch let response as \(item.prefix)UnrecognizedResponse {
                            line(["unrecognized", String(response.httpStatus ?? 0), String(response.body == junk)])
                        }
                    }
                }

                """
            let entry = read.validated.catalog.entry(item.code)
            let status = entry.map { entry in
                (entry.variants.first { !$0.message.isEmpty && sample.contains($0.message) } ?? entry.variants[0]).status
            }
            expected.append([
                item.code, String(item.httpStatus), String(item.documented),
                status.map { $0.map { String($0) } ?? "none" } ?? "none", item.documented ? "reason" : "no reason", item.fields,
            ].joined(separator: "|"))
            expected.append("round trip|true")
            expected += Array(repeating: "unrecognized|502|true", count: 3)
            #expect((entry != nil) == item.documented)
        }
        let output = try SwiftCompiler.compileAndRun(sources + [("main.swift", main)])
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }

    /// The sample body as the page shows it, cut by the case's markers.
    static func sample(_ item: Case) throws -> String {
        let text = try String(contentsOf: item.page, encoding: .utf8)
        let found = try #require(text.range(of: item.from), "\(item.page.lastPathComponent): no \(item.from)")
        let start = item.enclosingBraces ? try #require(text[..<found.lowerBound].lastIndex(of: "{")) : found.lowerBound
        let end = try #require(text.range(of: item.to, range: found.upperBound..<text.endIndex)).upperBound
        let cut = String(text[start..<end])
        guard item.htmlEscaped else { return cut }
        return cut.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
