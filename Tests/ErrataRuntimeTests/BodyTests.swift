import ErrataRuntime
import ErrataTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import HuaweiOCRErrors
import Testing

/// Reading and writing error bodies in every shape the formats describe. The bodies are made up
/// for these tests, in the shapes the services use.
@Suite struct BodyTests {
    typealias Format = ErrataBody.Format

    static let ocrFormats = [Format(syntax: .json, code: ["error_code"].map(ErrataBody.Step.key), message: [.key("error_msg")])]

    func read(_ body: String, headers: [String: String] = [:], _ formats: [Format]) -> ErrataBody.Read? {
        ErrataBody.read(Data(body.utf8), headers: headers, formats: formats)
    }

    // MARK: The generated library's format

    @Test func readsAsTheGeneratedLibraryReadsIncludingHostileBodies() {
        var generator = SeededGenerator(seed: 9)
        var bodies = [
            #"{"error_code": "AIS.0101", "error_msg": "The input parameter is invalid."}"#,
            #"{"error_code": 4101, "error_msg": null}"#, #"{"error_code": 1.5}"#, #"{"error_code": true}"#,
            #"{"error_code": {"nested": 1}}"#, #"{"error_code": ["AIS.0101"]}"#, #"[{"error_code": "AIS.0101"}]"#,
            #"{"error_msg": "no code"}"#, "", "   ", "null", "<html>proxy</html>", "\u{FEFF}{\"error_code\":\"X\"}",
            #"{"error_code": "A", "error_code": "B"}"#, String(repeating: "[", count: 10000),
            String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600),
        ]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<40, using: &generator)
            let alphabet = Array(#"{}[]":,0123456789.-e truefalsnl\"error_codemsg<>"#.utf8)
            bodies.append(String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
        }
        for body in bodies {
            let data = Data(body.utf8)
            // The library reads with its embedded copy of the runtime, renamed: it reads alike.
            let generated = try? HuaweiOCRError.decode(data)
            let mine = ErrataBody.read(data, formats: Self.ocrFormats)
            #expect(mine?.code == generated?.code.rawValue, "\(body.prefix(80))")
            #expect(mine?.message == generated?.message, "\(body.prefix(80))")
            #expect(mine?.format == generated?.bodyFormat, "\(body.prefix(80))")
        }
    }

    @Test func writesTheGeneratedLibrarysBody() throws {
        for code in HuaweiOCRErrorCode.allDocumented {
            let error = HuaweiOCRError(code: code, message: code.messages[0])
            let mine = ErrataBody.data(code: code.rawValue, message: error.message, fields: [:], format: Self.ocrFormats[0])
            #expect(mine == error.encodedBody())
        }
        let integer = Format(syntax: .json, code: [.key("error"), .key("code")], message: [.key("error"), .key("message")], integerCode: true)
        let data = ErrataBody.data(code: "404", message: "a/b", fields: [:], format: integer)
        #expect(String(decoding: data, as: UTF8.self) == #"{"error":{"code":404,"message":"a/b"}}"#)
    }

    // MARK: Headers

    @Test func aHeaderCarriesTheCodeTheBodyTheMessage() {
        let formats = [
            Format(syntax: .header("x-example-error-code"), code: [], message: [.key("error"), .key("message")]),
            Format(syntax: .json, code: [.key("error"), .key("code")], message: [.key("error"), .key("message")]),
        ]
        let body = #"{"error": {"code": "BodyCode", "message": "Quota exceeded."}}"#
        let both = read(body, headers: ["X-Example-Error-Code": "HeaderCode"], formats)
        #expect(both?.code == "HeaderCode")
        #expect(both?.message == "Quota exceeded.")
        #expect(both?.format == 0)
        let bodyOnly = read(body, formats)
        #expect(bodyOnly?.code == "BodyCode")
        #expect(bodyOnly?.format == 1)
        // After the body: the header is read when the body has no code.
        let after = [formats[1], formats[0]]
        #expect(read(body, headers: ["x-example-error-code": "HeaderCode"], after)?.code == "BodyCode")
        #expect(read("", headers: ["x-example-error-code": "HeaderCode"], after)?.code == "HeaderCode")
        #expect(read("<html/>", headers: ["x-example-error-code": "HeaderCode"], after)?.message == "")
        #expect(read("", headers: ["x-example-error-code": ""], after) == nil)
        #expect(read(body, headers: ["x-example-error-code": " "], formats)?.code == "BodyCode")
    }

    @Test func aShapeNameHeaderIsReducedToTheName() {
        let formats = [Format(syntax: .header("X-Example-Errortype"), code: [], message: [.key("message")], codeForm: .shapeName)]
        let headers = ["x-example-errortype": "example.widgets#WidgetNotFound:http://internal.example/validate/"]
        let read = read(#"{"message": "No widget w-1."}"#, headers: headers, formats)
        #expect(read?.code == "WidgetNotFound")
        #expect(read?.message == "No widget w-1.")
        #expect(ErrataBody.reduced("WidgetNotFound", .shapeName) == "WidgetNotFound")
        #expect(ErrataBody.reduced("example#WidgetNotFound", .shapeName) == "WidgetNotFound")
        #expect(ErrataBody.reduced("WidgetNotFound:http://x", .shapeName) == "WidgetNotFound")
        #expect(ErrataBody.reduced("https://example.com/probs/out-of-credit/?q#f", .lastPathSegment) == "out-of-credit")
    }

    @Test func headersOfAnHTTPResponse() throws {
        let url = try #require(URL(string: "https://example.com/"))
        let response = try #require(HTTPURLResponse(url: url, statusCode: 409, httpVersion: nil, headerFields: ["X-Error": "Conflict"]))
        #expect(ErrataBody.header("x-error", in: ErrataBody.headers(of: response)) == "Conflict")
    }

    // MARK: Lists

    @Test func everyErrorOfAListTheFirstBeingTheError() {
        let formats = [Format(
            syntax: .json, code: ErrataBody.path("errors[0].code"), message: ErrataBody.path("errors[0].message"),
            fields: [.init(name: "detail", path: ErrataBody.path("errors[0].detail")), .init(name: "trace", path: ErrataBody.path("trace"))])]
        let body = #"{"trace": "t-1", "errors": [{"code": "NAME_UNKNOWN", "message": "unknown name", "detail": {"name": "x"}}, {"message": "no code"}, {"code": "DENIED", "message": "denied", "detail": "d"}]}"#
        let read = read(body, formats)
        #expect(read?.code == "NAME_UNKNOWN")
        #expect(read?.message == "unknown name")
        #expect(read?.fields == ["trace": "t-1"])
        #expect(read?.errors.map(\.code) == ["NAME_UNKNOWN", "DENIED"])
        #expect(read?.errors.last?.fields == ["detail": "d", "trace": "t-1"])
        #expect(self.read(#"{"errors": []}"#, formats) == nil)
        #expect(self.read(#"{"errors": [{"message": "no code"}, {"code": "B"}]}"#, formats) == nil)
    }

    @Test func graphQLExtensionCodes() {
        let formats = [Format(syntax: .json, code: ErrataBody.path("errors[].extensions.code"), message: ErrataBody.path("errors[].message"))]
        let body = #"{"data": null, "errors": [{"message": "no path"}, {"message": "Not allowed", "extensions": {"code": "FORBIDDEN"}}, {"message": "Bad input", "extensions": {"code": "BAD_USER_INPUT"}}]}"#
        let read = read(body, formats)
        #expect(read?.code == "FORBIDDEN")
        #expect(read?.message == "Not allowed")
        #expect(read?.errors == [.init(code: "FORBIDDEN", message: "Not allowed"), .init(code: "BAD_USER_INPUT", message: "Bad input")])
        let written = ErrataBody.data(code: "FORBIDDEN", message: "Not allowed", fields: [:], format: formats[0])
        #expect(String(decoding: written, as: UTF8.self) == #"{"errors":[{"extensions":{"code":"FORBIDDEN"},"message":"Not allowed"}]}"#)
        #expect(ErrataBody.read(written, formats: formats)?.code == "FORBIDDEN")
    }

    @Test func listsOfListsAndBareArrays() {
        let nested = [Format(syntax: .json, code: ErrataBody.path("batches[1][].code"), message: ErrataBody.path("batches[1][].message"))]
        let read = read(#"{"batches": [[{"code": "A"}], [{"code": "B", "message": "b"}, {"code": "C"}]]}"#, nested)
        #expect(read?.errors.map(\.code) == ["B", "C"])
        #expect(read?.message == "b")
        let bare = [Format(syntax: .json, code: ErrataBody.path("[].code"), message: ErrataBody.path("[].message"))]
        #expect(self.read(#"[{"message": "m"}, {"code": "X", "message": "x"}]"#, bare)?.errors == [.init(code: "X", message: "x")])
    }

    @Test func xmlListsAreRepeatedElements() {
        let formats = [Format(syntax: .xml, code: ErrataBody.path("Response.Errors.Error[].Code"), message: ErrataBody.path("Response.Errors.Error[].Message"))]
        let body = "<?xml version=\"1.0\"?><Response><Errors><Error><Code>First</Code><Message>one</Message></Error><Error><Code>Second</Code><Message>two &amp; more</Message></Error></Errors></Response>"
        let read = read(body, formats)
        #expect(read?.code == "First")
        #expect(read?.errors.map(\.message) == ["one", "two & more"])
        let written = ErrataBody.data(code: "A&B", message: "<x>", fields: [:], format: formats[0])
        #expect(String(decoding: written, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>A&amp;B</Code><Message>&lt;x&gt;</Message></Error></Errors></Response>")
        #expect(ErrataBody.read(written, formats: formats)?.code == "A&B")
    }

    // MARK: Problem details, structured entries, root keys

    @Test func problemDetails() {
        let byType = Format(syntax: .json, kind: .problemDetails, code: [.key("type")], message: [.key("detail")])
        let body = #"{"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.", "detail": "Your balance is 30, but that costs 50.", "instance": "/account/12345/msgs/abc", "status": 403, "balance": 30}"#
        let read = read(body, [byType])
        #expect(read?.code == "https://example.com/probs/out-of-credit")
        #expect(read?.message == "Your balance is 30, but that costs 50.")
        #expect(read?.problem == .init(
            type: "https://example.com/probs/out-of-credit", title: "You do not have enough credit.",
            detail: "Your balance is 30, but that costs 50.", status: 403, instance: "/account/12345/msgs/abc"))
        var segment = byType
        segment.codeForm = .lastPathSegment
        #expect(self.read(body, [segment])?.code == "out-of-credit")
        let byExtension = Format(syntax: .json, kind: .problemDetails, code: [.key("errorCode")], message: [.key("message")])
        let extended = self.read(#"{"type": "about:blank", "title": "Not Found", "status": 404, "errorCode": "ITEM_MISSING"}"#, [byExtension])
        #expect(extended?.code == "ITEM_MISSING")
        #expect(extended?.message == "Not Found")
        #expect(extended?.problem?.type == "about:blank")
        let untyped = self.read(#"{"title": "Bad Request", "status": 400}"#, [byType])
        #expect(untyped?.code == "about:blank")
        #expect(untyped?.problem?.status == 400)
        #expect(self.read(#"{"title": "Bad Request"}"#, [byExtension]) == nil)
        for notAnObject in ["8", #""text""#, "[]", "null"] {
            #expect(self.read(notAnObject, [byType]) == nil, "\(notAnObject)")
        }
    }

    @Test func structuredErrorInfoReasonIsTheCode() {
        let format = Format(
            syntax: .json, kind: .errorInfo, code: ErrataBody.path("error.details[@type$=ErrorInfo].reason"),
            message: ErrataBody.path("error.message"), fields: [.init(name: "status", path: ErrataBody.path("error.status"))])
        let body = #"{"error": {"code": 403, "message": "The widget API is disabled.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.example.com/rpc.Help", "links": []}, {"@type": "type.example.com/rpc.ErrorInfo", "reason": "API_DISABLED", "domain": "widgets.example.com", "metadata": {"service": "widgets", "consumer": "projects/1"}}]}}"#
        let read = read(body, [format])
        #expect(read?.code == "API_DISABLED")
        #expect(read?.message == "The widget API is disabled.")
        #expect(read?.fields == ["status": "PERMISSION_DENIED"])
        #expect(read?.errorInfo == .init(reason: "API_DISABLED", domain: "widgets.example.com", metadata: ["service": "widgets", "consumer": "projects/1"]))
        #expect(self.read(#"{"error": {"code": 403, "message": "m", "details": [{"@type": "x.Help"}]}}"#, [format]) == nil)
        let written = ErrataBody.data(code: "API_DISABLED", message: "m", fields: [:], format: format)
        #expect(ErrataBody.read(written, formats: [format])?.code == "API_DISABLED")
    }

    @Test func theRootKeyIsTheCode() {
        let format = Format(syntax: .json, kind: .rootKey, code: [], message: [.key("message")], fields: [.init(name: "status", path: [.key("code")])])
        let read = read(#"{"itemNotFound": {"code": 404, "message": "Item could not be found."}}"#, [format])
        #expect(read?.code == "itemNotFound")
        #expect(read?.message == "Item could not be found.")
        #expect(read?.fields == ["status": "404"])
        #expect(self.read(#"{"a": {"message": "x"}, "b": {}}"#, [format]) == nil)
        #expect(self.read(#"{"a": "flat"}"#, [format]) == nil)
        let written = ErrataBody.data(code: "itemNotFound", message: "gone", fields: ["status": "404"], format: format)
        #expect(String(decoding: written, as: UTF8.self) == #"{"itemNotFound":{"code":"404","message":"gone"}}"#)
        let xml = Format(syntax: .xml, kind: .rootKey, code: [], message: [.key("message")])
        #expect(self.read("<badRequest><message>Bad</message></badRequest>", [xml])?.code == "badRequest")
    }

    @Test func decodableReadsJSONFormats() throws {
        struct Wrapper: Decodable {
            let read: ErrataBody.Read?
            init(from decoder: any Decoder) throws { read = ErrataBody.read(decoder, formats: BodyTests.ocrFormats) }
        }
        let wrapper = try JSONDecoder().decode(Wrapper.self, from: Data(#"{"error_code": 42, "error_msg": "m"}"#.utf8))
        #expect(wrapper.read?.code == "42")
    }

    // MARK: XML

    @Test func xmlBodiesAndHostileXML() {
        let formats = [Format(syntax: .xml, code: ErrataBody.path("Error.Code"), message: ErrataBody.path("Error.Message"), fields: [.init(name: "requestId", path: ErrataBody.path("Error.RequestId"))])]
        let body = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- c --><Error><Code> NoSuchKey </Code><Message><![CDATA[a < b & c]]></Message><RequestId>r1</RequestId></Error>"
        let read = read(body, formats)
        #expect(read?.code == "NoSuchKey")
        #expect(read?.message == "a < b & c")
        #expect(read?.fields == ["requestId": "r1"])
        for hostile in [
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Error><Code>&e;</Code></Error>",
            "<?xml?><Error><Code>A</Code></Error>", "<?", "<Error><Code>A</Code>", "<Error>\u{0}<Code>A</Code></Error>",
            "<Error><Code>A</Code></Error><!--", "<![CDATA[", "<" + String(repeating: "<a>", count: 3000),
        ] {
            let read = self.read(hostile, formats)
            #expect(read == nil || read?.code == "A", "\(hostile.prefix(60))")
        }
        #expect(ErrataBody.read(Data([0x3C, 0xFF, 0xFE]), formats: formats) == nil)
    }

    /// Prepared formats read as the list does; a format set needing whole objects (a root key)
    /// decodes the whole body and still reads the others' paths.
    @Test func preparedFormatsReadAsTheList() {
        // A root-key format fits any body with one object member: it comes last.
        let list = [
            Format(syntax: .json, code: ErrataBody.path("error.code"), message: ErrataBody.path("error.message")),
            Format(syntax: .json, kind: .rootKey, code: [], message: [.key("message")]),
        ]
        let prepared = ErrataBody.Formats(list)
        for body in [#"{"error": {"code": "E", "message": "m"}}"#, #"{"gone": {"message": "g"}}"#, #"{"a": 1, "b": 2}"#, "[]"] {
            let data = Data(body.utf8)
            #expect(ErrataBody.read(data, formats: prepared) == ErrataBody.read(data, formats: list), "\(body)")
        }
        #expect(ErrataBody.read(Data(#"{"error": {"code": "E", "message": "m"}}"#.utf8), formats: prepared)?.format == 0)
        #expect(ErrataBody.read(Data(#"{"gone": {"message": "g"}}"#.utf8), formats: prepared)?.code == "gone")
        #expect(ErrataBody.read(Data(#"{"error": {"message": "no code"}}"#.utf8), formats: prepared)?.code == "error")
        // A control character in a string the nested format does not read: JSON as far as it
        // reads, not as a whole; each format reads it as it would alone.
        let malformed = Data("{\"error\": {\"code\": \"E\", \"note\": \"a\u{17}b\"}}".utf8)
        #expect(ErrataBody.read(malformed, formats: [list[0]])?.code == "E")
        #expect(ErrataBody.read(malformed, formats: [list[1]]) == nil)
        #expect(ErrataBody.read(malformed, formats: prepared)?.code == "E")
        #expect(ErrataBody.read(malformed, formats: [list[1], list[0]])?.format == 1)
    }

    @Test func pathsWrittenAsText() {
        #expect(ErrataBody.path("a.b") == [.key("a"), .key("b")])
        #expect(ErrataBody.path("errors[0].code") == [.key("errors"), .index(0), .key("code")])
        #expect(ErrataBody.path("errors[].extensions.code") == [.key("errors"), .each, .key("extensions"), .key("code")])
        #expect(ErrataBody.path("e.details[@type$=ErrorInfo].reason") == [.key("e"), .key("details"), .element(whereKey: "@type", hasSuffix: "ErrorInfo"), .key("reason")])
        #expect(ErrataBody.path("[]") == [.each])
    }

    @Test func escapingAndIntegers() {
        #expect(ErrataBody.escapedXML("a&b<c>\u{1}\t\u{FFFE}") == "a&amp;b&lt;c&gt;\u{FFFD}\t\u{FFFD}")
        for text in ["0", "-12", "+7", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "", "-", "1e3", " 1"] {
            #expect(ErrataBody.integer(text) == Int(text), "\(text)")
        }
    }
}
