import ErrataModel
import ErrataRenderers
import ErrataRuntime
import ErrataTestSupport
import Foundation
import Testing

/// Fixtures and the Markdown page for bodies in every shape (the catalogs the shape pages read
/// to): golden files per shape, and every fixture, with its index row's headers, read by the
/// runtime in the catalog's formats to its own code and message.
@Suite struct BodyShapeOutputTests {
    static let names = [
        "acme-blob-header", "acme-queue-errortype", "acme-registry-list", "acme-graph-extensions",
        "acme-billing-problem", "acme-maps-errorinfo", "acme-compute-rootkey",
    ]

    struct IndexRow: Decodable {
        var file: String
        var code: String
        var message: String
        var headers: [String: String]?
    }

    static func catalog(_ name: String) throws -> ValidatedCatalog {
        let url = RepositoryPaths.fixtures.appendingPathComponent("Pages/Expected/\(name).json")
        return try CatalogValidator.validate(CatalogJSON.decode(String(contentsOf: url, encoding: .utf8)))
    }

    @Test(arguments: names)
    func fixturesAndPageMatchGoldenFiles(name: String) throws {
        let validated = try Self.catalog(name)
        let fixtures = try FixturesRenderer.render(validated, options: FixturesRenderOptions(baseName: name))
        let page = try MarkdownRenderer.render(validated, options: MarkdownRenderOptions(baseName: name, specPath: "\(name).yaml"))
        try DocsTestSupport.expectGolden(fixtures + page, in: "BodyShapes/\(name)")
    }

    @Test(arguments: names)
    func everyFixtureReadsBackToItsCode(name: String) throws {
        let validated = try Self.catalog(name)
        let files = try FixturesRenderer.render(validated, options: FixturesRenderOptions(baseName: name))
        let index = try #require(files.first { $0.path == "\(name)/index.json" })
        let rows = try JSONDecoder().decode([IndexRow].self, from: Data(index.contents.utf8))
        let formats = RuntimeFormats.formats(validated.catalog.errorBody)
        #expect(rows.count == validated.catalog.variantCount)
        for row in rows {
            let body = try #require(files.first { $0.path == "\(name)/\(row.file)" })
            let read = ErrataBody.read(Data(body.contents.utf8), headers: row.headers ?? [:], formats: formats)
            #expect(read?.code == row.code, "\(row.file)")
            #expect(read?.message == row.message, "\(row.file)")
        }
        #expect(rows.allSatisfy { ($0.headers != nil) == (validated.catalog.errorBody[0].header != nil) })
    }
}

/// How a body is written where a path goes into a list, and that the runtime reads it back.
@Suite struct ErrorBodyListTextTests {
    func format(_ code: String, _ message: String, syntax: ErrorBodyFormat.Syntax = .json) -> ErrorBodyFormat {
        ErrorBodyFormat(syntax: syntax, code: FieldPath(parsing: code)!, message: FieldPath(parsing: message)!)
    }

    @Test func anIndexIsWrittenAfterEmptyElementsAndReadThere() throws {
        let format = format("errors[1].code", "errors[1].message")
        let text = try ErrorBodyText.render(format, code: "E", message: "m")
        #expect(text == "{\n  \"errors\" : [\n    {\n\n    },\n    {\n      \"code\" : \"E\",\n      \"message\" : \"m\"\n    }\n  ]\n}\n")
        let read = ErrataBody.read(Data(text.utf8), formats: [RuntimeFormats.format(format)])
        #expect(read?.code == "E" && read?.message == "m")
    }

    @Test func anXMLListIsRepeatedElements() throws {
        let format = format("Response.Errors.Error[].Code", "Response.Errors.Error[].Message", syntax: .xml)
        let text = try ErrorBodyText.render(format, code: "E", message: "m")
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Errors>
                <Error>
                  <Code>E</Code>
                  <Message>m</Message>
                </Error>
              </Errors>
            </Response>

            """)
        #expect(ErrataBody.read(Data(text.utf8), formats: [RuntimeFormats.format(format)])?.code == "E")
    }

    @Test func aHeaderFormatsBodyHoldsNoCode() throws {
        let format = ErrorBodyFormat(header: "x-error-code", code: [], message: ["message"])
        #expect(try ErrorBodyText.render(format, code: "E", message: "m") == "{\n  \"message\" : \"m\"\n}\n")
        #expect(ErrorBodyText.example(of: [format]) == (format, "x-error-code"))
    }
}
