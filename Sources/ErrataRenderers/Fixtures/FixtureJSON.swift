import ErrataModel
import Foundation

/// JSON as the fixtures (and the Markdown page's example) write it: `JSONEncoder` with sorted keys,
/// pretty printing and unescaped slashes, LF line ends, a trailing newline.
enum FixtureJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The API's error body for one variant: `{"<codeField>": code, "<messageField>": message}`.
    static func errorBody(code: String, message: String, format: ErrorBodyFormat) throws -> String {
        try checkFieldNames(format)
        return try encode([format.codeField: code, format.messageField: message])
    }

    /// The body needs two distinct field names to hold both the code and the message.
    static func checkFieldNames(_ format: ErrorBodyFormat) throws {
        guard format.codeField != format.messageField else {
            throw Diagnostic.error(
                "error body: the code field and the message field are both named \"\(format.codeField)\"")
        }
    }
}
