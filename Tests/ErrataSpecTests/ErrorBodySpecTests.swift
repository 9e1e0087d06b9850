import ErrataTestSupport
import ErrataModel
import Testing
import ErrataSpec

/// `errorBody` in a spec: one format or several, JSON key paths or XML element paths, extra
/// fields; every mistake located, from the reader (syntax) or the validator (meaning).
@Suite struct ErrorBodySpecTests {
    static let entries = "entries:\n  - {code: A.1, message: m}\n"

    func read(_ errorBody: String) throws -> Catalog {
        try SpecReader.read(data: Array(("service: S\n" + errorBody + Self.entries).utf8), path: "s.yaml")
    }

    /// What the reader and then the validator say, as printed.
    func problems(_ errorBody: String) -> [String] {
        do {
            return CatalogValidator.problems(in: try read(errorBody)).map(\.description)
        } catch let error as Diagnostics {
            return error.items.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func withoutErrorBodyTheDefaultFlatJSON() throws {
        #expect(try read("").errorBody == [.default])
        #expect(ErrorBodyFormat.default == ErrorBodyFormat(syntax: .json, code: ["error_code"], message: ["error_msg"]))
    }

    @Test func nestedJSONWithAnIntegerCodeAndFields() throws {
        let catalog = try read("""
            errorBody:
              code: error.code
              message: error.message
              codeType: integer
              fields:
                request_id: error.request_id
                dotted: meta.a\\.b
            """ + "\n")
        #expect(catalog.errorBody == [ErrorBodyFormat(
            code: ["error", "code"], message: ["error", "message"], codeType: .integer,
            fields: [BodyField(name: "request_id", path: ["error", "request_id"]), BodyField(name: "dotted", path: ["meta", "a.b"])])])
        #expect(catalog.errorBody[0].location?.description == "s.yaml:3:3")
        #expect(CatalogValidator.problems(in: catalog).isEmpty)
    }

    @Test func severalFormatsInOrderAndXMLDefaults() throws {
        let catalog = try read("""
            errorBody:
              - {code: code, message: message}
              - format: xml
                fields: {RequestId: Error.RequestId}
            """ + "\n")
        #expect(catalog.errorBody == [
            ErrorBodyFormat(code: ["code"], message: ["message"]),
            ErrorBodyFormat(syntax: .xml, code: ["Error", "Code"], message: ["Error", "Message"],
                            fields: [BodyField(name: "RequestId", path: ["Error", "RequestId"])]),
        ])
        #expect(CatalogValidator.problems(in: catalog).isEmpty)
    }

    @Test(arguments: badBodies + badShapes)
    func badErrorBodiesAreLocated(errorBody: String, expected: String) {
        let found = problems(errorBody)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
        #expect(found.allSatisfy { $0.contains(": error: ") })
    }

    static let badBodies: [(String, String)] = [
        ("errorBody:\n  format: yaml\n", "s.yaml:3:11: error: unknown errorBody.format 'yaml'; expected json or xml"),
        ("errorBody:\n  code: a..b\n", "s.yaml:3:9: error: 'errorBody.code' is not a path"),
        ("errorBody:\n  code: .a\n", "s.yaml:3:9: error: 'errorBody.code' is not a path"),
        ("errorBody:\n  message: 'a\\'\n", "s.yaml:3:12: error: 'errorBody.message' is not a path"),
        ("errorBody:\n  codeType: float\n", "s.yaml:3:13: error: unknown errorBody.codeType 'float'; expected string or integer"),
        ("errorBody:\n  fields: [a, b]\n", "s.yaml:3:11: error: expected 'errorBody.fields' to be a mapping"),
        ("errorBody:\n  mesage: m\n", "s.yaml:3:3: error: unknown key 'mesage' in 'errorBody'"),
        ("errorBody: []\n", "s.yaml:2:12: error: 'errorBody' is an empty list"),
        // The validator's rules, at the format.
        ("errorBody:\n  code: e\n  message: e\n", "s.yaml:3:3: error: errorBody: the code and the message have the same path 'e'"),
        ("errorBody:\n  code: error\n  message: error.message\n", "s.yaml:3:3: error: errorBody: the code at 'error' and the message at 'error.message' cannot both hold text"),
        ("errorBody:\n  fields: {id: error_code}\n", "s.yaml:3:3: error: errorBody: the code and the field 'id' have the same path 'error_code'"),
        ("errorBody:\n  fields: {code: x}\n", "s.yaml:3:3: error: errorBody: a field may not be named 'code'"),
        ("errorBody:\n  format: xml\n  code: Error.Code\n  message: Fault.Message\n", "s.yaml:3:3: error: errorBody: every XML path starts with the root element"),
        ("errorBody:\n  format: xml\n  code: Code\n  message: Error.Message\n", "s.yaml:3:3: error: errorBody: the code path 'Code' names the root element itself"),
        ("errorBody:\n  format: xml\n  codeType: integer\n", "s.yaml:3:3: error: errorBody: codeType applies to JSON bodies only"),
        ("errorBody:\n  format: xml\n  code: Error.1Code\n", "s.yaml:3:3: error: errorBody: the code path 'Error.1Code' holds a name that is not an XML element name"),
        ("errorBody:\n  - {code: c, message: m}\n  - {code: c, message: n}\n", "s.yaml:4:5: error: errorBody[2]: the code is at 'c' as in errorBody[1], which is tried first"),
    ]

    @Test func pathsRoundTripThroughTheirWrittenForm() {
        for components in [["a"], ["error", "code"], ["a.b", "c\\d"], ["x.", "\\.y"]] {
            let path = FieldPath(components)
            #expect(FieldPath(parsing: path.description) == path, "\(path)")
        }
        #expect(FieldPath(parsing: "") == FieldPath(steps: []), "the empty code of a header or root-key format")
        #expect(FieldPath(parsing: "a.") == nil)
        #expect(FieldPath(["error", "code"]).hasPrefix(["error"]))
        #expect(!FieldPath(["error"]).hasPrefix(["error", "code"]))
    }
}
