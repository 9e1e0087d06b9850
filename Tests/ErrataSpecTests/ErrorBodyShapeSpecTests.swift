import ErrataModel
import ErrataSpec
import Testing

/// `errorBody` places of the code beyond a path of keys: a response header, lists, a root key,
/// problem details, structured entries, and the code's form; their defaults, mistakes located,
/// combinations refused, and every shape written back as it was read.
extension ErrorBodySpecTests {
    @Test func eachShapeReadsWithItsDefaults() throws {
        let catalog = try read("""
            errorBody:
              - header: X-Amzn-Errortype
                message: message
                codeForm: shapeName
              - kind: problemDetails
                codeForm: lastPathSegment
                fields: {status: status}
              - kind: errorInfo
              - kind: rootKey
              - code: errors[].extensions.code
                message: errors[].message
            """ + "\n")
        #expect(catalog.errorBody == [
            ErrorBodyFormat(header: "X-Amzn-Errortype", code: [], message: ["message"], codeForm: .shapeName),
            ErrorBodyFormat(kind: .problemDetails, code: ["type"], message: ["detail"], codeForm: .lastPathSegment,
                            fields: [BodyField(name: "status", path: ["status"])]),
            ErrorBodyFormat(kind: .errorInfo, code: FieldPath(parsing: "error.details[@type$=ErrorInfo].reason")!, message: ["error", "message"]),
            ErrorBodyFormat(kind: .rootKey, code: [], message: ["message"]),
            ErrorBodyFormat(code: FieldPath(parsing: "errors[].extensions.code")!, message: FieldPath(parsing: "errors[].message")!),
        ])
        #expect(CatalogValidator.problems(in: catalog).isEmpty)
    }

    @Test func everyShapeIsWrittenBackByteForByte() throws {
        let spec = """
            version: 1
            service: S
            errorBody:
            - header: x-ms-error-code
              message: error.message
            - format: xml
              header: X-Amzn-Errortype
              message: Error.Message
              codeForm: shapeName
            - kind: rootKey
              message: message
              fields:
                status: code
            - kind: problemDetails
              code: type
              message: detail
              codeForm: lastPathSegment
            - kind: problemDetails
              code: error_code
              message: title
            - kind: errorInfo
              code: error.details[@type$=ErrorInfo].reason
              message: error.message
              fields:
                status: error.status
            - code: errors[0].code
              message: errors[0].message
              fields:
                detail: errors[0].detail
            - code: errors[].extensions.code
              message: errors[].message
              codeType: integer
            entries:
            - code: A.1
              message: m

            """
        let catalog = try SpecReader.read(data: Array(spec.utf8), path: "s.yaml")
        let validated = try CatalogValidator.validate(catalog)
        #expect(try SpecRenderer.render(validated, header: "") == spec)
        #expect(try CatalogJSON.decode(CatalogJSON.encode(catalog)) == catalog)
    }

    /// Mistakes in the new keys, located (read by `badErrorBodiesAreLocated`).
    static let badShapes: [(String, String)] = [
        ("errorBody:\n  header: x ms error\n", "s.yaml:3:11: error: 'errorBody.header' is not a header name"),
        ("errorBody:\n  header: 'x-error:'\n", "s.yaml:3:11: error: 'errorBody.header' is not a header name"),
        ("errorBody:\n  kind: nested\n", "s.yaml:3:9: error: unknown errorBody.kind 'nested'; expected plain, rootKey, problemDetails or errorInfo"),
        ("errorBody:\n  codeForm: uri\n", "s.yaml:3:13: error: unknown errorBody.codeForm 'uri'; expected asIs, shapeName or lastPathSegment"),
        ("errorBody:\n  code: 'errors[x].code'\n", "s.yaml:3:9: error: 'errorBody.code' is not a path"),
        ("errorBody:\n  code: 'errors[0.code'\n", "s.yaml:3:9: error: 'errorBody.code' is not a path"),
        ("errorBody:\n  code: 'errors.[0]'\n", "s.yaml:3:9: error: 'errorBody.code' is not a path"),
        // The validator's combinations, at the format.
        ("errorBody:\n  kind: rootKey\n  code: error.code\n", "s.yaml:3:3: error: errorBody: with kind rootKey the code is the body's only key; remove the code path 'error.code'"),
        ("errorBody:\n  kind: rootKey\n  codeForm: shapeName\n", "s.yaml:3:3: error: errorBody: with kind rootKey the code is the body's key, taken as is"),
        ("errorBody:\n  format: xml\n  kind: problemDetails\n  code: Error.Code\n", "s.yaml:3:3: error: errorBody: kind problemDetails reads JSON bodies (application/problem+json) only"),
        ("errorBody:\n  kind: problemDetails\n  code: error.type\n", "s.yaml:3:3: error: errorBody: with kind problemDetails the code is a top-level member"),
        ("errorBody:\n  kind: errorInfo\n  code: error.details[0].code\n", "s.yaml:3:3: error: errorBody: with kind errorInfo the code path ends at the entry's 'reason'"),
        ("errorBody:\n  format: xml\n  kind: rootKey\n", "s.yaml:3:3: error: errorBody: kind rootKey reads JSON bodies only"),
        ("errorBody:\n  header: x-error\n  code: error.code\n", "s.yaml:3:3: error: errorBody: the code is in the header 'x-error'; remove the code path 'error.code'"),
        ("errorBody:\n  header: x-error\n  kind: rootKey\n", "s.yaml:3:3: error: errorBody: the code is in the header 'x-error'; kind rootKey reads it from the body"),
        ("errorBody:\n  header: x-error\n  codeType: integer\n", "s.yaml:3:3: error: errorBody: codeType says how a body sends the code"),
        ("errorBody:\n  code: errors[].code\n  message: message[]\n", "s.yaml:3:3: error: errorBody: the message path 'message[]' reads the list 'message[]', not the code's ('errors[]')"),
        ("errorBody:\n  message: message[0]\n", "s.yaml:3:3: error: errorBody: the message path 'message[0]' reads the list 'message[0]', not the code's (none: the code's path reads no list)"),
        ("errorBody:\n  code: errors[].items[].code\n", "s.yaml:3:3: error: errorBody: the code path 'errors[].items[].code' reads more than one list"),
        ("errorBody:\n  code: errors[].code\n  message: errors[]\n", "s.yaml:3:3: error: errorBody: the code at 'errors[].code' and the message at 'errors[]' cannot both hold text"),
        ("errorBody:\n  - {header: X-Error, message: m}\n  - {header: x-error, message: n}\n", "s.yaml:4:5: error: errorBody[2]: the code is in the header 'x-error' as in errorBody[1], which is tried first"),
    ]

    @Test func aHeaderFormatBeforeOrAfterTheBodyIsTheListOrder() throws {
        let catalog = try read("""
            errorBody:
              - {code: error.code, message: error.message}
              - {header: x-ms-error-code, message: error.message}
            """ + "\n")
        #expect(catalog.errorBody.map(\.header) == [nil, "x-ms-error-code"])
        #expect(CatalogValidator.problems(in: catalog).isEmpty)
    }
}
