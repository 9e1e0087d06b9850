import ErrataModel
import ErrataReaders
import ErrataRenderers
import Testing
import ErrataSpec

/// The spec renderer is the inverse of the spec reader, for any text.
@Suite struct SpecRendererTests {
    func roundTrip(_ catalog: Catalog) throws -> Catalog {
        let yaml = try SpecRenderer.render(CatalogValidator.validate(catalog))
        return try SpecReader.read(data: Array(yaml.utf8), path: "x.yaml")
    }

    @Test(arguments: [
        "NO", "yes", "0101", "1e3", "~", "null", "", " leading", "trailing ", "- dash", "# hash", "key: value",
        "{xxx}", "[a]", "*star", "&anchor", "!tag", "%percent", "@at", "`tick`", "'single'", "\"double\"",
        "line\nbreak", "two\n\nparagraphs", "trailing newline\n", "\ttab", "nul\u{0}byte", "del\u{7F}", "bell\u{7}",
        "crlf\r\nline", "lone\rcr", "nel\u{85}", "ls\u{2028}ps\u{2029}", "bidi\u{202E}\u{2066}", "zw\u{200B}\u{FEFF}",
        "中文错误信息", "emoji 🚫", "café", "cafe\u{301}", "a: b # c", "ends with colon:", "---", "...",
    ])
    func anyTextReadsBackExactly(text: String) throws {
        // Codes may not be empty in a spec; messages (a row without message text) and descriptions may.
        let required = text.isEmpty ? "E" : text
        let catalog = Catalog(
            service: "S",
            entries: [Entry(code: required, variants: [Variant(message: text, description: text, solution: text)])])
        let back = try roundTrip(catalog)
        let variant = try #require(back.entries.first?.variants.first)
        #expect(Array(back.entries[0].code.unicodeScalars) == Array(required.unicodeScalars))
        #expect(Array(variant.message.unicodeScalars) == Array(text.unicodeScalars))
        #expect(Array(variant.description.unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test func everyFieldSurvives() throws {
        let catalog = Catalog(
            service: "Svc", source: "https://example.com/e",
            errorBody: [ErrorBodyFormat(code: ["code"], message: ["msg"])],
            modules: [Module(name: "A", swiftName: "alpha"), Module(name: "B")],
            entries: [
                Entry(code: "A.1", module: "A", variants: [Variant(message: "m", status: 400), Variant(message: "n", solution: "s", status: 404)],
                      swiftName: "one", deprecated: true, retryable: false, remarks: "r"),
                Entry(code: "B.1", module: "B", variants: [Variant(message: "x", description: "d")]),
            ],
            notes: [Note(label: "Other", text: "Contact us."), Note(text: "Unlabelled.")])
        #expect(try roundTrip(catalog) == catalog)
    }

    /// One status is written as a scalar, several as a flow list, none not at all; all read back.
    @Test func statusesAreAScalarOrAFlowList() throws {
        let catalog = Catalog(service: "S", entries: [
            Entry(code: "A.1", variants: [Variant(message: "m", statuses: [400])]),
            Entry(code: "A.2", variants: [Variant(message: "m", statuses: [400, 500]), Variant(message: "n")]),
        ])
        let yaml = try SpecRenderer.render(CatalogValidator.validate(catalog), header: "")
        #expect(yaml.hasSuffix("""
            entries:
            - code: A.1
              message: m
              status: 400
            - code: A.2
              variants:
              - message: m
                status: [400, 500]
              - message: n

            """))
        #expect(try roundTrip(catalog) == catalog)
    }

    @Test func alternativeMessagesFollowTheMessage() throws {
        let catalog = Catalog(service: "S", entries: [
            Entry(code: "A.1", variants: [Variant(message: "m", statuses: [400], alternativeMessages: ["n", "0101", "two\nlines"])]),
        ])
        let yaml = try SpecRenderer.render(CatalogValidator.validate(catalog), header: "")
        #expect(yaml.contains("""
            - code: A.1
              message: m
              alternativeMessages:
              - n
              - "0101"
            """))
        #expect(try roundTrip(catalog) == catalog)
    }

    /// Columns are a mapping in the row's column order; names YAML would read otherwise are quoted.
    @Test func columnsAreAMappingInOrder() throws {
        let catalog = Catalog(service: "S", entries: [
            Entry(code: "A.1", variants: [Variant(message: "", columns: [
                Column(name: "Type", value: "Client **error**"), Column(name: "NO", value: "0101"),
                Column(name: "a: b", value: "two\n\nparagraphs"), Column(name: "Column 5", value: "x"),
            ])]),
        ])
        let yaml = try SpecRenderer.render(CatalogValidator.validate(catalog), header: "")
        #expect(yaml.contains("""
            - code: A.1
              message: ""
              columns:
                Type: Client **error**
                "NO": "0101"
                'a: b': |-
            """) || yaml.contains("""
            - code: A.1
              message: ""
              columns:
                Type: Client **error**
                "NO": "0101"
                "a: b": |-
            """), "\(yaml)")
        #expect(try roundTrip(catalog) == catalog)
    }

    @Test func singleRowCodesUseTheShortForm() throws {
        let yaml = try SpecRenderer.render(CatalogValidator.validate(Catalog(service: "S", entries: [Entry(code: "A.1", variants: [Variant(message: "m")])])), header: "")
        #expect(yaml == """
            version: 1
            service: S
            errorBody:
              code: error_code
              message: error_msg
            entries:
            - code: A.1
              message: m

            """)
    }
}
