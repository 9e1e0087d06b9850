import ErrataModel

/// One line saying where a body format holds the code, the message and the other fields:
/// "JSON: the code at `error.code`, the message at `error.message`, `request_id` at `error.request_id`";
/// "JSON problem details (RFC 9457): the code at `type` (its last path segment), …";
/// "JSON: the code in the header `x-ms-error-code`, …".
public enum ErrorBodyDescription {
    /// - Parameter code: how to quote a path or name (a Markdown code span; nil when it cannot be quoted).
    public static func sentence(_ format: ErrorBodyFormat, code: (String) -> String?) -> String {
        func quoted(_ text: String) -> String { code(text) ?? "*(\(text.isEmpty ? "empty" : "unquotable"))*" }
        var syntax = format.syntax == .json ? "JSON" : "XML"
        if format.kind == .problemDetails { syntax += " problem details (RFC 9457)" }
        var codePlace: String
        if let header = format.header {
            codePlace = "the code in the header \(quoted(header))"
        } else {
            switch format.kind {
            case .rootKey: codePlace = "the code as the body's only key"
            case .errorInfo: codePlace = "the code as the reason of the structured error entry at \(quoted(format.code.description))"
            case .plain, .problemDetails: codePlace = "the code at \(quoted(format.code.description))"
            }
            if format.syntax == .json && format.codeType == .integer { codePlace += " (a number)" }
        }
        switch format.codeForm {
        case .asIs: break
        case .shapeName: codePlace += " (the name in \(quoted("namespace#Name:url")))"
        case .lastPathSegment: codePlace += " (its last path segment)"
        }
        if let list = format.code.listPrefix.map(FieldPath.init(steps:)) {
            codePlace += ", one error per element of \(quoted(list.description))"
        }
        let inside = format.kind == .rootKey && format.header == nil ? " inside it" : ""
        let fallback = format.kind == .problemDetails ? " (when absent: \(quoted("detail")), else \(quoted("title")))" : ""
        var parts = [codePlace, "the message at \(quoted(format.message.description))\(inside)\(fallback)"]
        parts += format.fields.map { "\(quoted($0.name)) at \(quoted($0.path.description))" }
        return "\(syntax): " + parts.joined(separator: ", ")
    }

    /// The same line with plain backticks, for doc comments and terminal output.
    public static func plain(_ format: ErrorBodyFormat) -> String {
        sentence(format) { "`" + $0 + "`" }
    }
}
