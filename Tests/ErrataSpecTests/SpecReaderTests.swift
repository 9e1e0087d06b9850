import ErrataModel
import Foundation
import Testing
import ErrataTestSupport
import ErrataSpec

@Suite struct SpecReaderTests {
    static let repoRoot = RepositoryPaths.root

    func read(_ yaml: String, path: String = "spec/x.yaml") throws -> Catalog {
        try SpecReader.read(data: Array(yaml.utf8), path: path)
    }

    /// The diagnostics a bad spec gives, as printed.
    func problems(_ yaml: String) -> [String] {
        do {
            _ = try read(yaml)
            return []
        } catch let error as Diagnostics {
            return error.items.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func bundledOCRSpecHoldsTheSeedTable() throws {
        let catalog = try CatalogStage().spec(at: Self.repoRoot.appendingPathComponent("spec/huawei-ocr.yaml").path).catalog
        #expect(catalog.entries.count == 46)
        #expect(catalog.variantCount == 47)
        #expect(catalog.modules.map(\.name) == ["OCR", "Platform", "APIG"])
        #expect(catalog.errorBody == [ErrorBodyFormat(code: ["error_code"], message: ["error_msg"])])
        #expect(catalog.notes == [Note(label: "Other", text: "If other error codes are displayed, contact us.")])
        let byModule = Dictionary(grouping: catalog.entries, by: { $0.module ?? "" }).mapValues(\.count)
        #expect(byModule == ["OCR": 11, "Platform": 31, "APIG": 4])
        let split = try #require(catalog.entry("ModelArts.4105"))
        #expect(split.variants.map(\.message) == ["The JSON format of the input data is incorrect.", "Failed to obtain the temporary AK/SK"])
        #expect(catalog.entry("AIS.0119")?.variants.first?.message == "Template match failed, template_id={xxx}.")
        #expect(catalog.entry("ModelArts.4204")?.variants.first?.message == "Request api error! The API XXX is not subscribed.")
        #expect(catalog.entry("AIS.0101")?.variants.first?.solution == """
            Check whether the input parameter is correct. Possible causes are as follows:

            For details about the parameter value format, see the request parameter description of each API.
            """)
        #expect(catalog.entry("ModelArts.4706")?.variants.first?.message == "The Obs file is not exist.")
        #expect(catalog.entry("APIG.0201")?.variants.first?.solution == "")
        #expect(catalog.entries.first?.location == SourceLocation(path: Self.repoRoot.appendingPathComponent("spec/huawei-ocr.yaml").path, line: 15, column: 3))
    }

    @Test func singleVariantShorthandEqualsVariantsList() throws {
        let short = try read("service: S\nentries:\n  - code: A.1\n    message: m\n    status: 404\n")
        let long = try read("service: S\nentries:\n  - code: A.1\n    variants:\n      - message: m\n        status: 404\n")
        #expect(short == long)
        #expect(short.entries[0].variants == [Variant(message: "m", status: 404)])
    }

    /// `status` is one status or a list of them; none is `~` or `[]`.
    @Test func statusIsOneOrSeveral() throws {
        let catalog = try read("""
            service: S
            entries:
              - {code: A.1, message: m, status: 400}
              - {code: A.2, message: m, status: [400, 500]}
              - code: A.3
                message: m
                status:
                  - 503
                  - 429
              - {code: A.4, message: m, status: []}
              - {code: A.5, message: m, status: ~}
            """)
        #expect(catalog.entries.map { $0.variants[0].statuses } == [[400], [400, 500], [503, 429], [], []])
    }

    @Test func alternativeMessagesAreAList() throws {
        let catalog = try read("""
            service: S
            entries:
              - code: A.1
                message: Token is null.
                alternativeMessages:
                  - Project is wrong.
                  - "NO"
              - code: A.2
                variants:
                  - {message: m, alternativeMessages: [n]}
                  - {message: o}
            """)
        #expect(catalog.entries[0].variants == [Variant(message: "Token is null.", alternativeMessages: ["Project is wrong.", "NO"])])
        #expect(catalog.entries[1].variants == [Variant(message: "m", alternativeMessages: ["n"]), Variant(message: "o")])
    }

    @Test func columnsKeepTheirOrderAndMessagesMayBeEmpty() throws {
        let catalog = try read("""
            service: S
            entries:
              - code: A.1
                message: ""
                status: 400
                columns:
                  Type: Client error
                  Owner: API team
                  "1": one
            """)
        #expect(catalog.entries[0].variants == [Variant(message: "", statuses: [400], columns: [
            Column(name: "Type", value: "Client error"), Column(name: "Owner", value: "API team"), Column(name: "1", value: "one"),
        ])])
        // The key is still required: a row's message is written out, empty or not.
        #expect(problems("service: S\nentries:\n  - code: A.1\n    columns: {Type: a}\n") == [
            "spec/x.yaml:3:5: error: code 'A.1' has no 'message'",
        ])
    }

    @Test func yaml11SurprisesStayStrings() throws {
        let catalog = try read("""
            service: S
            entries:
              - code: NO
                message: yes
              - code: 0101
                message: 1e3
              - code: 1e3
                message: ~x
              - code: "null"
                message: "null"
            """)
        #expect(catalog.entries.map(\.code) == ["NO", "0101", "1e3", "null"])
        #expect(catalog.entries.map { $0.variants[0].message } == ["yes", "1e3", "~x", "null"])
    }

    @Test func modulesAreDeclaredByUseWhenNotListed() throws {
        let catalog = try read("service: S\nentries:\n  - {code: A.1, module: B, message: m}\n  - {code: A.2, module: A, message: m}\n")
        #expect(catalog.modules.map(\.name) == ["B", "A"])
    }

    @Test func handEditedFieldsAreRead() throws {
        let catalog = try read("""
            service: S
            entries:
              - code: A.1
                message: m
                swiftName: custom
                deprecated: true
                retryable: false
                remarks: Seen in **production**.
            """)
        let entry = catalog.entries[0]
        #expect(entry.swiftName == "custom")
        #expect(entry.deprecated == true)
        #expect(entry.retryable == false)
        #expect(entry.remarks == "Seen in **production**.")
    }

    @Test(arguments: [
        ("service: S\nentries:\n  - code: A.1\n    message: [unclosed\n", "spec/x.yaml:5:1: error: invalid YAML"),
        ("service: S\nentries:\n  - code: A.1\n    mesage: m\n", "spec/x.yaml:4:5: error: unknown key 'mesage' in an entry"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n  - code: A.1\n    message: n\n", "spec/x.yaml:5:5: error: duplicate code 'A.1' (first defined at line 3)"),
        ("service: S\nentries:\n  - message: m\n", "spec/x.yaml:3:5: error: missing required key 'code'"),
        ("service: S\nentries:\n  - code: A.1\n", "spec/x.yaml:3:5: error: code 'A.1' has no 'message'"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    message: n\n", "spec/x.yaml:4:5: error: duplicate key 'message'"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    status: 999\n", "spec/x.yaml:5:13: error: expected 'status' to be an HTTP status code"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    status: [400, 99]\n", "spec/x.yaml:5:19: error: expected 'status' to be an HTTP status code"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    status: [400, 400]\n", "spec/x.yaml:5:19: error: status 400 is listed twice"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    status:\n      - 500\n      - [400]\n", "spec/x.yaml:7:9: error: expected each item of 'status' to be an HTTP status code"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    alternativeMessages: [n, m]\n", "spec/x.yaml:5:30: error: the message \"m\" of code 'A.1' is listed twice"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    alternativeMessages: [n, '']\n", "spec/x.yaml:5:30: error: 'alternativeMessages' must not be empty"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    alternativeMessages: n\n", "spec/x.yaml:5:26: error: expected 'alternativeMessages' to be a list"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    columns: {Type: a, Type: b}\n", "spec/x.yaml:5:15: error: duplicate key 'Type'"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    columns: {Type: }\n", "spec/x.yaml:5:21: error: 'columns.Type' must not be empty"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    columns: [Type]\n", "spec/x.yaml:5:14: error: expected 'columns' of code 'A.1' to be a mapping"),
        ("service: S\nmodules: [A]\nentries:\n  - {code: A.1, module: B, message: m}\n", "spec/x.yaml:4:5: error: module 'B' of code 'A.1' is not listed under 'modules'"),
        ("service: S\nentries:\n  - code: A.1\n    message: m\n    deprecated: yes\n", "spec/x.yaml:5:17: error: expected 'deprecated' to be true or false"),
        ("entries: []\n", "spec/x.yaml:1:1: error: missing required key 'service'"),
        ("service: S\nentries:\n  - code:\n    message: m\n", "spec/x.yaml:3:10: error: 'code' must not be empty"),
        ("service: S\nentries:\n  - code: A.1\n    message: {a: b}\n", "spec/x.yaml:4:14: error: expected 'message' to be a string, not a mapping"),
        ("version: 2\nservice: S\nentries: []\n", "spec/x.yaml:1:10: error: unsupported spec version '2'"),
    ])
    func invalidSpecIsRefusedWithPosition(yaml: String, expected: String) {
        let found = problems(yaml)
        #expect(found.contains { $0.hasPrefix(expected) }, "got \(found)")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = problems("service: S\nentries:\n  - code: A.1\n    mesage: m\n  - code: A.2\n")
        #expect(found.count == 2, "got \(found)")
    }

    @Test func bytesThatAreNotUTF8AreRefused() {
        #expect(throws: Diagnostic.self) { try SpecReader.read(data: [0x73, 0x3A, 0x20, 0xFF, 0x0A], path: "x.yaml") }
        #expect(throws: Diagnostic.self) { try SpecReader.read(data: Array("service: S\0\n".utf8), path: "x.yaml") }
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let yaml = "\u{FEFF}service: S\r\nentries:\r\n  - code: A.1\r\n    message: m\r\n"
        let catalog = try read(yaml)
        #expect(catalog.entries.map(\.code) == ["A.1"])
        #expect(catalog.entries[0].variants[0].message == "m")
    }
}
