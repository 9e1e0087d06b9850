import ErrataModel

/// One line saying where a body format holds the code, the message and the other fields:
/// "JSON: the code at `error.code`, the message at `error.message`, `request_id` at `error.request_id`".
public enum ErrorBodyDescription {
    /// - Parameter code: how to quote a path or name (a Markdown code span; nil when it cannot be quoted).
    public static func sentence(_ format: ErrorBodyFormat, code: (String) -> String?) -> String {
        func quoted(_ text: String) -> String { code(text) ?? "*(\(text.isEmpty ? "empty" : "unquotable"))*" }
        let syntax = format.syntax == .json ? "JSON" : "XML"
        let codeKind = format.syntax == .json && format.codeType == .integer ? " (a number)" : ""
        var parts = [
            "the code at \(quoted(format.code.description))\(codeKind)",
            "the message at \(quoted(format.message.description))",
        ]
        parts += format.fields.map { "\(quoted($0.name)) at \(quoted($0.path.description))" }
        return "\(syntax): " + parts.joined(separator: ", ")
    }

    /// The same line with plain backticks, for doc comments and terminal output.
    public static func plain(_ format: ErrorBodyFormat) -> String {
        sentence(format) { "`" + $0 + "`" }
    }
}
