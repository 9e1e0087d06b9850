import ErrataModel

/// The error's property for each extra field of the error body: `request_id` → `requestId`.
///
/// One property per field name (a name in several formats is one property), named like a code
/// (`SwiftIdentifier`); a name that would clash with the error's own members gets `Field`
/// appended (`code` → `codeField`). Two names giving one property are refused.
enum SwiftBodyFields {
    /// Members of the generated error type a field property may not take.
    static let errorMembers: Set<String> = [
        "code", "message", "httpStatus", "fields", "bodyFormat", "variantIndex", "placeholderValues",
        "info", "module", "matchedVariant", "explainingVariant", "description", "errorDescription",
        "failureReason", "recoverySuggestion", "helpAnchor", "localizedDescription", "decode", "encode",
        "encodedBody", "resolve", "hashValue", "hash", "state", "errors", "problem", "errorInfo", "bodyHeaders",
        "documentedStatus", "responseStatus", "ProblemDetails", "ErrorInfo",
    ]

    static func members(_ formats: [ErrorBodyFormat]) throws -> [(name: String, member: String)] {
        var result: [(name: String, member: String)] = []
        var owner: [String: String] = [:]
        var problems: [Diagnostic] = []
        for format in formats {
            for field in format.fields where !result.contains(where: { $0.name == field.name }) {
                guard var member = SwiftIdentifier.derive(from: field.name) else {
                    problems.append(.error("error body field \(field.name.debugDescription) has no letter or digit to make a Swift name of", at: format.location))
                    continue
                }
                if member.hasSuffix("_") { member.removeLast() }
                if errorMembers.contains(member) || SwiftIdentifier.isReserved(member) { member += "Field" }
                if let other = owner[member] {
                    problems.append(.error(
                        "error body fields \(other.debugDescription) and \(field.name.debugDescription) both become the property '\(member)'; rename one",
                        at: format.location))
                    continue
                }
                owner[member] = field.name
                result.append((field.name, member))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return result
    }
}
