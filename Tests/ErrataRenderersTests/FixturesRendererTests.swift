import ErrataModel
@testable import ErrataRenderers
import Foundation
import Testing

@Suite struct FixturesRendererTests {
    let options = FixturesRenderOptions(baseName: "huawei-ocr")

    struct IndexRow: Decodable, Equatable {
        var file: String
        var code: String
        var module: String?
        var message: String
        var statuses: [Int]
        var variant: Int
    }

    @Test func sampleMatchesGoldenFiles() throws {
        let files = try FixturesRenderer.render(CatalogValidator.validate(DocsTestSupport.sampleCatalog()), options: options)
        try DocsTestSupport.expectGolden(files, in: "Fixtures")
    }

    @Test func oneFilePerVariantPlusIndex() throws {
        let catalog = try DocsTestSupport.sampleCatalog()
        let files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        #expect(files.count == catalog.variantCount + 1)
        #expect(files.allSatisfy { $0.path.hasPrefix("huawei-ocr/") })
        #expect(files.map(\.path) == files.map(\.path).sorted())
        let paths = Set(files.map(\.path))
        #expect(paths.contains("huawei-ocr/ModelArts.4105.json") && paths.contains("huawei-ocr/ModelArts.4105_v2.json"))
        #expect(paths.contains("huawei-ocr/index.json"))
    }

    @Test func everyFixtureDecodesToItsCodeAndMessage() throws {
        try expectFixturesDecode(DocsTestSupport.sampleCatalog())
        let nasty = Catalog(
            service: "S", errorBody: [ErrorBodyFormat(code: ["resultCode"], message: ["result/Message"])],
            entries: [
                Entry(code: "A/\"B\"\\", variants: [Variant(message: "q\"uote\\ \u{0} \t\n\r \u{2028} </script> 😀"),
                                                     Variant(message: "")]),
                Entry(code: "", variants: [Variant(message: "empty code")]),
                Entry(code: "é", variants: [Variant(message: "e\u{301}")]),
                Entry(code: "o\u{301}", variants: [Variant(message: "decomposed")]),
            ])
        try expectFixturesDecode(nasty)
    }

    @Test func bodyFormatIsSortedPrettyJSONWithUnescapedSlashes() throws {
        let catalog = Catalog(service: "S", entries: [Entry(code: "AIS/1", variants: [Variant(message: "a/b")])])
        let files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        let body = try #require(files.first { $0.path == "huawei-ocr/AIS_2F1.json" })
        #expect(body.contents == "{\n  \"error_code\" : \"AIS/1\",\n  \"error_msg\" : \"a/b\"\n}\n")
    }

    @Test func indexListsEveryVariantSortedByFile() throws {
        let catalog = try DocsTestSupport.sampleCatalog()
        let files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        let index = try #require(files.first { $0.path == "huawei-ocr/index.json" })
        #expect(index.contents.hasSuffix("]\n"))
        #expect(index.contents.contains("\"module\" : null") && !index.contents.contains("\"status\""))
        let rows = try JSONDecoder().decode([IndexRow].self, from: Data(index.contents.utf8))
        #expect(rows.map(\.file) == rows.map(\.file).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(rows.map { "huawei-ocr/" + $0.file }) == Set(files.map(\.path)).subtracting([index.path]))
        var expected: [IndexRow] = []
        for entry in catalog.entries {
            for (position, variant) in entry.variants.enumerated() {
                let row = try #require(rows.first { $0.code == entry.code && $0.variant == position + 1 })
                expected.append(IndexRow(file: row.file, code: entry.code, module: entry.module,
                                         message: variant.message, statuses: variant.statuses,
                                         variant: position + 1))
            }
        }
        #expect(Set(expected.map(\.file)).count == rows.count)
        for row in expected { #expect(rows.contains(row)) }
        let second = try #require(rows.first { $0.file == "ModelArts.4105_v2.json" })
        #expect(second.variant == 2 && second.message == "Failed to obtain the temporary AK/SK")
    }

    /// One status field: `statuses`, all of the row's in order (the first is what to answer the
    /// body with), `[]` when the page gives none; no `status` beside it.
    @Test func indexGivesEveryStatusInOneField() throws {
        let catalog = Catalog(service: "S", entries: [
            Entry(code: "A", variants: [Variant(message: "Busy.", statuses: [503, 500])]),
            Entry(code: "B", variants: [Variant(message: "None.")]),
        ])
        let files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        let index = try #require(files.first { $0.path == "huawei-ocr/index.json" })
        let rows = try JSONDecoder().decode([IndexRow].self, from: Data(index.contents.utf8))
        #expect(rows.map(\.statuses) == [[503, 500], []])
        let keys = try #require(JSONSerialization.jsonObject(with: Data(index.contents.utf8)) as? [[String: Any]])
        #expect(keys.map { $0.keys.sorted() } == Array(repeating: ["code", "file", "message", "module", "statuses", "variant"], count: 2))
    }

    /// Every documented field of the body is in each fixture, at its path, with a placeholder:
    /// the row's status for a status field, a zero UUID for a request id, `example-<name>` else.
    @Test func fixturesCarryEveryDocumentedField() throws {
        let catalog = try CatalogValidator.validate(DocsTestSupport.catalogWithBodyFields)
        let files = try FixturesRenderer.render(catalog, options: options)
        #expect(files[0].contents == """
            {
              "error" : {
                "code" : "Busy",
                "message" : "Try again.",
                "resource" : "example-resource",
                "status" : "503"
              },
              "request_id" : "00000000-0000-0000-0000-000000000000"
            }

            """)
        // A row without a status has no status to give: the field gets the generic placeholder.
        #expect(files[1].contents.contains("\"status\" : \"example-status\""))
        #expect(try FixturesRenderer.render(catalog, options: options) == files)
    }

    @Test func namesDoNotDependOnEntryOrder() throws {
        var catalog = try DocsTestSupport.sampleCatalog()
        let forward = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        catalog.entries.reverse()
        let backward = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        #expect(forward.filter { !$0.path.hasSuffix("/index.json") } == backward.filter { !$0.path.hasSuffix("/index.json") })
        #expect(forward == backward)
    }

    /// The validator refuses them, so no two fixtures ever share a name.
    @Test func duplicateCodesAreAnError() {
        let catalog = Catalog(service: "S", entries: [Entry(code: "A", variants: [Variant(message: "1")]),
                                                       Entry(code: "A", variants: [Variant(message: "2")])])
        #expect(throws: Diagnostics.self) { try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options) }
    }

    @Test func nestedJSONAndXMLBodies() throws {
        var catalog = Catalog(
            service: "S", errorBody: [ErrorBodyFormat(code: ["error", "code"], message: ["error", "message"], codeType: .integer)],
            entries: [Entry(code: "42", variants: [Variant(message: "<a & b>", status: 409)])])
        var files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        #expect(files.map(\.path) == ["huawei-ocr/42.json", "huawei-ocr/index.json"])
        #expect(files[0].contents == "{\n  \"error\" : {\n    \"code\" : 42,\n    \"message\" : \"<a & b>\"\n  }\n}\n")
        #expect(files[1].contents.contains("\"statuses\" : [\n      409\n    ]"))
        catalog.errorBody = [ErrorBodyFormat(syntax: .xml, code: ["Error", "Code"], message: ["Error", "Message"])]
        files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        #expect(files.map(\.path) == ["huawei-ocr/42.xml", "huawei-ocr/index.json"])
        #expect(files[0].contents == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>42</Code>\n  <Message>&lt;a &amp; b&gt;</Message>\n</Error>\n")
    }

    @Test(arguments: ["", ".", "..", "a/b"])
    func invalidBaseNamesAreErrors(_ baseName: String) {
        #expect(throws: Diagnostic.self) {
            try FixturesRenderer.render(CatalogValidator.validate(Catalog(service: "S")), options: FixturesRenderOptions(baseName: baseName))
        }
    }

    private func expectFixturesDecode(_ catalog: Catalog) throws {
        let files = try FixturesRenderer.render(CatalogValidator.validate(catalog), options: options)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        let names = try FixtureFileNames.names(for: catalog.entries)
        for (entry, fileNames) in zip(catalog.entries, names) {
            for (variant, name) in zip(entry.variants, fileNames) {
                let contents = try #require(byPath["huawei-ocr/\(name)"])
                #expect(contents.hasSuffix("}\n") && !contents.contains("\r\n"))
                let body = try JSONDecoder().decode([String: String].self, from: Data(contents.utf8))
                #expect(body.count == 2)
                // Compare scalars: String equality would treat "é" and "e\u{301}" as equal.
                let format = try #require(catalog.errorBody.first)
                #expect(body[format.code.last].map { Array($0.unicodeScalars) } == Array(entry.code.unicodeScalars))
                #expect(body[format.message.last].map { Array($0.unicodeScalars) } == Array(variant.message.unicodeScalars))
            }
        }
    }
}

/// The placeholder a documented field gets in sample bodies: from its name alone, deterministic.
@Suite struct SampleFieldValueTests {
    @Test(arguments: [
        ("request_id", 400, "00000000-0000-0000-0000-000000000000"),
        ("RequestId", nil, "00000000-0000-0000-0000-000000000000"),
        ("traceId", 400, "00000000-0000-0000-0000-000000000000"),
        ("status", 409, "409"),
        ("http_status", 503, "503"),
        ("StatusCode", nil, "example-StatusCode"),
        ("Resource", 404, "example-Resource"),
        ("requests", 404, "example-requests"),
    ] as [(String, Int?, String)])
    func placeholderFollowsTheName(_ name: String, _ status: Int?, _ expected: String) {
        #expect(ErrorBodyText.sampleValue(of: name, status: status) == expected)
    }
}
