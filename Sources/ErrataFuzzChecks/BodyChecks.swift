import ErrataRuntime
import Foundation

/// The `body` fuzz target: a response (an optional header line, then the body) read in every kind
/// of error body format the runtime knows; what is read must be consistent, and what a plain
/// format reads must read back the same once written.
///
/// Input: the first byte's bit 0 set means the bytes up to the first LF are the value of the
/// header `X-Test-Error-Code` (shape name form); the rest is the body.
public enum BodyChecks {
    typealias Format = ErrataBody.Format

    static let formats: [Format] = [
        Format(syntax: .header("X-Test-Error-Code"), code: [], message: [.key("message")], codeForm: .shapeName),
        Format(syntax: .json, code: [.key("error_code")], message: [.key("error_msg")],
            fields: [.init(name: "requestId", path: [.key("request_id")])]),
        Format(syntax: .json, code: ErrataBody.path("error.code"), message: ErrataBody.path("error.message")),
        Format(syntax: .json, code: ErrataBody.path("errors[].extensions.code"), message: ErrataBody.path("errors[].message")),
        Format(syntax: .json, code: ErrataBody.path("errors[0].code"), message: ErrataBody.path("errors[0].message")),
        Format(syntax: .json, kind: .errorInfo, code: ErrataBody.path("error.details[@type$=ErrorInfo].reason"),
            message: ErrataBody.path("error.message")),
        Format(syntax: .json, kind: .problemDetails, code: [.key("type")], message: [.key("detail")]),
        Format(syntax: .json, kind: .rootKey, code: [], message: [.key("message")]),
        Format(syntax: .xml, code: ErrataBody.path("Error.Code"), message: ErrataBody.path("Error.Message")),
        Format(syntax: .xml, code: ErrataBody.path("Response.Errors.Error[].Code"), message: ErrataBody.path("Response.Errors.Error[].Message")),
        Format(syntax: .xml, kind: .rootKey, code: [], message: [.key("message")]),
    ]

    /// The violated invariants; empty when all hold.
    public static func check(_ bytes: [UInt8]) -> [String] {
        guard let flags = bytes.first else { return [] }
        var rest = bytes.dropFirst()
        var headers: [String: String] = [:]
        if flags & 1 != 0 {
            let end = rest.firstIndex(of: 10) ?? rest.endIndex
            headers["x-test-error-code"] = String(decoding: rest[..<end], as: UTF8.self)
            rest = end < rest.endIndex ? rest[(end + 1)...] : []
        }
        let body = Data(rest)
        var problems: [String] = []
        // Every format on its own, and all in order: the first that fits wins.
        let all = ErrataBody.read(body, headers: headers, formats: formats)
        var first: Int?
        for (index, format) in formats.enumerated() {
            guard let read = ErrataBody.read(body, headers: headers, formats: [format]) else { continue }
            if first == nil { first = index }
            if read.format != 0 { problems.append("format \(index) read as \(read.format)") }
            if read.errors.isEmpty { problems.append("format \(index): no errors") }
            if case .xml = format.syntax, read.code.unicodeScalars.contains(where: { $0.value == 0 }) {
                problems.append("format \(index): U+0000 in an XML code")
            }
            if !read.errors.contains(where: { $0.code == read.code && $0.message == read.message }) {
                problems.append("format \(index): the error is not among the errors")
            }
            problems += roundTrip(read, format: format, index: index)
        }
        if all?.format != first { problems.append("all formats read format \(String(describing: all?.format)), first fitting \(String(describing: first))") }
        return problems
    }

    /// Written in its format and read again, a read gives its code and message back.
    static func roundTrip(_ read: ErrataBody.Read, format: Format, index: Int) -> [String] {
        if case .header = format.syntax { return [] }
        if format.isXML {
            // XML cannot carry every character, and its parser reads CR as LF.
            let texts = [read.code, read.message]
            let unsafe = texts.contains { text in
                text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }
                    || text != text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if unsafe { return [] }
            // An element name must be a name: a root key that is not one cannot be written.
            if format.kind == .rootKey { return [] }
        }
        if format.kind == .problemDetails, read.code == "about:blank" { return [] }
        let data = ErrataBody.data(code: read.code, message: read.message, fields: read.fields, format: format)
        guard let again = ErrataBody.read(data, formats: [format]) else {
            return ["format \(index): written body not read: \(String(decoding: data.prefix(200), as: UTF8.self))"]
        }
        var problems: [String] = []
        if again.code != read.code { problems.append("format \(index): code \(read.code) read back as \(again.code)") }
        if again.message != read.message { problems.append("format \(index): message read back differently") }
        return problems
    }
}
