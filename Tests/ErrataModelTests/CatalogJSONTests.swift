import ErrataModel
import Testing

@Suite struct CatalogJSONTests {
    let catalog = Catalog(
        service: "Sample",
        source: "https://example.com/errors",
        modules: [Module(name: "OCR")],
        entries: [
            Entry(
                code: "AIS.0101", module: "OCR",
                variants: [Variant(message: "Bad {xxx}.", description: "d", solution: "s", status: 400)],
                location: SourceLocation(path: "spec.yaml", line: 3, column: 5)),
            Entry(code: "42", variants: [Variant(message: "m"), Variant(message: "n", statuses: [400, 500])]),
        ],
        notes: [Note(label: "Other", text: "Contact us.")]
    )

    @Test func roundTripsAndDropsLocations() throws {
        let json = try CatalogJSON.encode(catalog)
        let decoded = try CatalogJSON.decode(json)
        #expect(decoded == catalog)
        #expect(decoded.entries[0].location == nil)
        #expect(!json.contains("spec.yaml"))
    }

    @Test func alwaysWritesModuleAndStatusesKeys() throws {
        let json = try CatalogJSON.encode(catalog)
        #expect(json.contains("\"module\" : null"))
        #expect(json.contains("\"statuses\" : [\n\n          ]"))
        #expect(json.contains("\"statuses\" : [\n            400\n          ]"))
        #expect(json.contains("\"statuses\" : [\n            400,\n            500\n          ]"))
        #expect(!json.contains("\"status\""))
        #expect(!json.contains("alternativeMessages"), "written only when a row has some")
        #expect(!json.contains("columns"), "written only when a row has some")
        #expect(json.hasSuffix("}\n"))
    }

    @Test func alternativeMessagesAreWrittenWhenThereAreSome() throws {
        let catalog = Catalog(service: "S", entries: [Entry(code: "A", variants: [Variant(message: "m", alternativeMessages: ["n", "o"])])])
        let json = try CatalogJSON.encode(catalog)
        #expect(json.contains("\"alternativeMessages\" : [\n            \"n\",\n            \"o\"\n          ],\n          \"description\""))
        #expect(try CatalogJSON.decode(json) == catalog)
        #expect(json == (try CatalogJSON.encodeWithFoundation(catalog)))
    }

    @Test func columnsAreAnArrayInColumnOrder() throws {
        let catalog = Catalog(service: "S", entries: [Entry(code: "A", variants: [
            Variant(message: "m", columns: [Column(name: "Type", value: "Client"), Column(name: "Owner", value: "API team")]),
        ])])
        let json = try CatalogJSON.encode(catalog)
        #expect(json.contains("""
                      "columns" : [
                        {
                          "name" : "Type",
                          "value" : "Client"
                        },
                        {
                          "name" : "Owner",
                          "value" : "API team"
                        }
                      ],
                      "description" : "",
            """))
        #expect(try CatalogJSON.decode(json) == catalog)
        #expect(json == (try CatalogJSON.encodeWithFoundation(catalog)))
    }

    @Test func sameCatalogGivesSameBytes() throws {
        var reordered = catalog
        reordered.entries[0].location = SourceLocation(path: "other.yaml", line: 9)
        #expect(try CatalogJSON.encode(reordered) == CatalogJSON.encode(catalog))
    }
}

/// The hand-written writer gives exactly JSONEncoder's bytes.
@Suite struct CatalogJSONWriterTests {
    static let hostile = [
        "", "plain", "quote \" backslash \\ slash /", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}",
        "\r\n", "é café cafe\u{301}", "\u{2028}\u{2029}\u{85}", "\u{202E}\u{2066}\u{200B}\u{FEFF}", "😀 中文", "{xxx} %s ${a}",
    ]

    @Test(arguments: hostile)
    func sameBytesAsJSONEncoder(text: String) throws {
        let catalog = Catalog(
            service: text, source: text.isEmpty ? nil : text,
            errorBody: [ErrorBodyFormat(code: [text.isEmpty ? "e" : text], message: ["m"], fields: [BodyField(name: text, path: ["x", text.isEmpty ? "y" : text])])],
            modules: [Module(name: text), Module(name: "B", swiftName: text)],
            entries: [
                Entry(code: text, module: text, variants: [Variant(message: text, description: text, solution: text, status: 404), Variant(message: "x", statuses: [500, 400], alternativeMessages: [text, "y"],
                                                                                                                                    columns: [Column(name: "Z", value: text), Column(name: text.isEmpty ? "N" : text, value: "v")])],
                      swiftName: text, deprecated: true, retryable: false, remarks: text),
                Entry(code: "2", variants: [Variant(message: text)]),
            ],
            notes: [Note(label: text, text: text)])
        #expect(try CatalogJSON.encode(catalog) == CatalogJSON.encodeWithFoundation(catalog))
    }

    @Test(arguments: hostile)
    func translationsGiveTheSameBytesAsJSONEncoder(text: String) throws {
        let catalog = Catalog(
            service: "S",
            modules: [Module(name: "M", localized: ["zh-Hans": text, "de": "Modul"])],
            entries: [Entry(code: "1", module: "M", variants: [Variant(
                message: "m", description: "d",
                localized: ["zh-Hans": VariantTranslation(description: text), "de": VariantTranslation(description: text, solution: "s"), "fr": VariantTranslation(solution: text)])])],
            notes: [Note(label: "L", text: "T", localized: ["zh-Hans": NoteTranslation(label: text, text: text), "de": NoteTranslation(text: text)])],
            language: text.isEmpty ? nil : text,
            locales: [CatalogLocale(tag: "zh-Hans", source: text), CatalogLocale(tag: "de"), CatalogLocale(tag: "fr")])
        #expect(try CatalogJSON.encode(catalog) == CatalogJSON.encodeWithFoundation(catalog))
        #expect(try CatalogJSON.decode(CatalogJSON.encode(catalog)) == catalog)
    }

    @Test(arguments: hostile)
    func readingRecipeGivesTheSameBytesAsJSONEncoder(text: String) throws {
        let recipe = ReadingRecipe(
            format: text.isEmpty ? nil : .markdown,
            tables: [.init(.index(2)), .init(.caption(text)), .init(.header(text))],
            columns: [.init(.header(text), role: .status), .init(.position(5), role: .ignore)],
            errors: .headings)
        let catalog = Catalog(service: "S", entries: [Entry(code: "1", variants: [Variant(message: "m")])], reading: recipe)
        #expect(try CatalogJSON.encode(catalog) == CatalogJSON.encodeWithFoundation(catalog))
        #expect(try CatalogJSON.decode(CatalogJSON.encode(catalog)) == catalog)
        var partial = catalog
        partial.reading = ReadingRecipe(columns: [.init(.position(1), role: .code)])
        #expect(try CatalogJSON.encode(partial) == CatalogJSON.encodeWithFoundation(partial))
    }

    @Test func emptyCatalog() throws {
        let catalog = Catalog(service: "S")
        #expect(try CatalogJSON.encode(catalog) == CatalogJSON.encodeWithFoundation(catalog))
    }
}

/// The new places of the code in catalog JSON: written only when not the default, read back.
@Suite struct CatalogJSONBodyShapeTests {
    @Test func headerKindAndCodeFormAreWrittenOnlyWhenSet() throws {
        let plain = try CatalogJSON.encode(Catalog(service: "S"))
        #expect(!plain.contains("\"kind\"") && !plain.contains("\"header\"") && !plain.contains("\"codeForm\""))
        let catalog = Catalog(service: "S", errorBody: [
            ErrorBodyFormat(header: "X-Amzn-Errortype", code: [], message: ["message"], codeForm: .shapeName),
            ErrorBodyFormat(kind: .problemDetails, code: ["type"], message: ["detail"], codeForm: .lastPathSegment),
            ErrorBodyFormat(kind: .rootKey, code: [], message: ["message"]),
            ErrorBodyFormat(code: FieldPath(parsing: "errors[].extensions.code")!, message: FieldPath(parsing: "errors[].message")!),
        ])
        let json = try CatalogJSON.encode(catalog)
        #expect(json == (try CatalogJSON.encodeWithFoundation(catalog)))
        #expect(try CatalogJSON.decode(json) == catalog)
        #expect(json.contains("""
                  "code" : "",
                  "codeForm" : "shapeName",
                  "codeType" : "string",
                  "fields" : [

                  ],
                  "header" : "X-Amzn-Errortype",
            """))
        #expect(json.contains("\"kind\" : \"problemDetails\""))
        #expect(json.contains("\"code\" : \"errors[].extensions.code\""))
    }
}
