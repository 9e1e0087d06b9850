import ErrataModel
import ErrataReaders
import Testing

/// The error body format a page's sample responses show, found in code blocks of every form.
@Suite struct ErrorBodyInferenceTests {
    static let catalog = Catalog(service: "S", entries: [
        Entry(code: "X.0001", variants: [Variant(message: "Quota exceeded.")]),
        Entry(code: "42", variants: [Variant(message: "Busy.")]),
    ])

    func infer(_ blocks: [String]) -> [ErrorBodyFormat] { Self.infer(blocks, catalog: Self.catalog) }

    /// The formats inferred from `blocks`, each a code block on its own line of a page `p`.
    static func infer(_ blocks: [String], catalog: Catalog) -> [ErrorBodyFormat] {
        let code = blocks.enumerated().map { CodeBlock(text: $0.element, location: .init(path: "p", line: $0.offset + 1)) }
        return ErrorBodyInference.infer(from: code, catalog: catalog).formats
    }

    @Test func codeFoundByValueWhateverItsKey() {
        #expect(infer([#"{"kind": "X.0001", "text": "Quota exceeded."}"#]) == [ErrorBodyFormat(code: ["kind"], message: ["text"])])
    }

    @Test func codeAndMessageFoundByName() {
        #expect(infer([#"{"errorCode": "Y.9", "errorMessage": "?", "requestId": "r"}"#])
            == [ErrorBodyFormat(code: ["errorCode"], message: ["errorMessage"], fields: [BodyField(name: "requestId", path: ["requestId"])])])
    }

    @Test func nestedObjectsAndIntegerCodes() {
        #expect(infer(["STATUS 409\n{\"error\": {\"code\": 42, \"message\": \"Busy.\", \"list\": [1]}, \"ok\": false}"])
            == [ErrorBodyFormat(code: ["error", "code"], message: ["error", "message"], codeType: .integer)])
    }

    @Test func xmlElementPaths() {
        let xml = "<?xml version=\"1.0\"?>\n<Error>\n  <Code>X.0001</Code>\n  <Message>Quota exceeded.</Message>\n  <Detail><Id>7</Id></Detail>\n</Error>"
        #expect(infer([xml]) == [ErrorBodyFormat(
            syntax: .xml, code: ["Error", "Code"], message: ["Error", "Message"],
            fields: [BodyField(name: "Id", path: ["Error", "Detail", "Id"])])])
    }

    /// Processing instructions (a data-less one crashed FoundationXML's parser), comments and
    /// CDATA are taken out before parsing; a document type declaration refuses the sample.
    @Test func xmlMarkupTheParserMustNotSee() {
        let format = [ErrorBodyFormat(syntax: .xml, code: ["Error", "Code"], message: ["Error", "Message"])]
        #expect(infer(["<Error><?pi?><Code>X.0001</Code><Message>Quota exceeded.</Message></Error><?xml?>"]) == format)
        // Two samples in one block: the second's declaration is taken out, the two roots are no document.
        #expect(infer(["<Error><Code>X.0001</Code></Error>\n<?xml version=\"1.0\"?>\n<Error><Code>X.0001</Code></Error>"]).isEmpty)
        #expect(infer(["<Error><Code>X.0001</Code><Message><![CDATA[Quota exceeded.]]></Message></Error>"]) == format)
        #expect(infer(["<!DOCTYPE Error [<!ENTITY e \"<?pi?>\">]><Error><Code>X.0001</Code><Message>&e;</Message></Error>"]).isEmpty)
        #expect(infer(["<Error><?pi <Code>X.0001</Code><Message>Quota exceeded.</Message></Error>"]).isEmpty)
        #expect(infer(["<Error><Code>X.0001</Code><!-- <Message>Quota exceeded.</Message></Error>"]).isEmpty)
        #expect(infer(["<Error><Code>X.0001</Code><Message>Quota\0exceeded.</Message></Error>"]).isEmpty)
    }

    @Test func severalSamplesGiveFormatsInPageOrderWithoutRepeats() {
        let formats = infer([
            #"{"code": "X.0001", "message": "Quota exceeded."}"#,
            #"text {"error_code": "GW.1", "error_msg": "Denied."} more"#,
            #"{"code": "X.0001", "message": "again"}"#,
        ])
        #expect(formats.map(\.code) == [["code"], ["error_code"]])
        #expect(formats.map { $0.location?.line } == [1, 2])
    }

    @Test(arguments: [
        #"{"name": "value"}"#, "[1, 2]", "{ not json", "<p>html</p>", #"{"code": "X.0001"}"#, "", "{\"a\": {\"b\": {}}}",
    ])
    func textThatIsNoErrorBodyGivesNothing(text: String) {
        #expect(infer([text]).isEmpty)
    }

    /// Deeply nested samples end in a parser's depth limit, never in a crash.
    @Test func deepNestingIsHarmless() {
        let json = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let xml = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(infer([json, xml, String(repeating: "{", count: 5_000), String(repeating: "<a>", count: 2_000)]).isEmpty)
    }

    @Test func codeBlocksOfMarkdownAndRST() {
        let markdown = "# T\r\n\r\n```json\r\n{\"code\": \"X.0001\"}\r\n```\r\n\r\n~~~~\r\nplain\r\n~~~~\r\n"
        #expect(CodeBlockFinder.markdown(markdown, path: "p.md").map(\.text) == ["{\"code\": \"X.0001\"}", "plain"])
        #expect(CodeBlockFinder.markdown(markdown, path: "p.md").first?.location.line == 4)
        let rst = "Title\n=====\n\n.. code-block:: json\n   :linenos:\n\n   {\"a\": 1}\n   {\"b\": 2}\n\nText::\n\n    literal\n\nAfter.\n"
        #expect(CodeBlockFinder.rst(rst, path: "p.rst").map(\.text) == ["   {\"a\": 1}\n   {\"b\": 2}", "    literal"])
        #expect(CodeBlockFinder.rst(rst, path: "p.rst").map(\.location.line) == [7, 12])
    }
}

/// Inference of the places of the code beyond a path of keys, on samples alone.
@Suite struct ErrorBodyShapeInferenceTests {
    static let catalog = Catalog(service: "S", entries: [
        Entry(code: "NotFound", variants: [Variant(message: "Gone.")]),
        Entry(code: "out-of-credit", variants: [Variant(message: "No credit.")]),
    ])

    func infer(_ blocks: [String]) -> [ErrorBodyFormat] { ErrorBodyInferenceTests.infer(blocks, catalog: Self.catalog) }

    @Test func aListOfErrorsIsReadInEveryElement() {
        #expect(infer([#"{"errors": [{"code": "NotFound", "message": "Gone.", "locations": [{"line": 1}]}, {"code": "x"}], "data": null}"#])
            == [ErrorBodyFormat(code: FieldPath(parsing: "errors[].code")!, message: FieldPath(parsing: "errors[].message")!)])
    }

    @Test func aValueInAnotherListIsNoField() {
        #expect(infer([#"{"errors": [{"code": "NotFound", "message": "Gone."}], "hints": [{"text": "h"}]}"#])
            == [ErrorBodyFormat(code: FieldPath(parsing: "errors[].code")!, message: FieldPath(parsing: "errors[].message")!)])
    }

    @Test func aStructuredEntryAmongDetails() {
        let body = #"{"error": {"message": "Gone.", "details": [{"@type": "t/x.BadRequest", "field": "f"}, {"@type": "t/x.ErrorInfo", "reason": "NotFound", "domain": "d"}]}}"#
        #expect(infer([body]) == [ErrorBodyFormat(
            kind: .errorInfo, code: FieldPath(parsing: "error.details[@type$=ErrorInfo].reason")!, message: ["error", "message"])])
    }

    @Test func aRootKeyThatIsACode() {
        #expect(infer([#"{"NotFound": {"code": 404, "message": "Gone.", "details": "d"}}"#])
            == [ErrorBodyFormat(kind: .rootKey, code: [], message: ["message"], fields: [BodyField(name: "details", path: ["details"])])])
        // A root key that is no code is a plain body.
        #expect(infer([#"{"error": {"code": "NotFound", "message": "Gone."}}"#]) == [ErrorBodyFormat(code: ["error", "code"], message: ["error", "message"])])
    }

    @Test func problemDetailsByTypeOrExtensionMember() {
        #expect(infer([#"{"type": "https://e.com/p/out-of-credit", "title": "No credit.", "status": 403}"#]) == [ErrorBodyFormat(
            kind: .problemDetails, code: ["type"], message: ["title"], codeForm: .lastPathSegment,
            fields: [BodyField(name: "status", path: ["status"])])])
        #expect(infer([#"{"type": "about:blank", "detail": "Gone.", "error_code": "NotFound"}"#]) == [ErrorBodyFormat(
            kind: .problemDetails, code: ["error_code"], message: ["detail"], fields: [BodyField(name: "type", path: ["type"])])])
    }

    @Test func headerLines() {
        #expect(infer(["HTTP/1.1 404\nx-ms-error-code: NotFound\n\n{\"error\": {\"code\": \"NotFound\", \"message\": \"Gone.\"}}"]) == [
            ErrorBodyFormat(header: "x-ms-error-code", code: [], message: ["error", "message"]),
            ErrorBodyFormat(code: ["error", "code"], message: ["error", "message"]),
        ])
        #expect(infer(["X-Amzn-Errortype: ns#NotFound:http://e.com/\n\n{\"Message\": \"Gone.\"}"])
            == [ErrorBodyFormat(header: "X-Amzn-Errortype", code: [], message: ["Message"], codeForm: .shapeName)])
        // Named like a code header, a value not in the table still says where the code is.
        #expect(infer(["x-acme-error-code: Other"]).map(\.header) == ["x-acme-error-code"])
        #expect(infer(["x-ms-error-code: Other\nerror_code: NotFound"]).map(\.header) == ["x-ms-error-code"])
    }

    @Test(arguments: ["error_code: NotFound\nerror_msg: Gone.", "Content-Type: NotFound", "x-request-id: NotFound", "x error-code: NotFound"])
    func linesThatAreNoCodeHeader(text: String) {
        #expect(infer([text]).allSatisfy { $0.header == nil })
    }
}
