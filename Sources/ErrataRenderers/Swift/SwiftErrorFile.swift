import ErrataModel

/// `PError.swift`: the error type, `PError`, and the unrecognized-response type, both the
/// runtime's generic types for the service (`ErrataError<PErrorTable>`), so their members and
/// conformances are compiled once, in the runtime; the code type's `~=` (a pattern needs a
/// concrete type for `catch .someCode`), and one property per documented extra body field.
enum SwiftErrorFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let error = context.errorType
        let code = context.codeType
        let service = context.tableType
        let formats = context.catalog.errorBody.map { "/// - " + SwiftDocComment.inline(ErrorBodyDescription.plain($0)) + "\n" }.joined()
        let codeExtension = context.options.style == .enum ? code : "\(context.runtime("ErrataCode")) where Service == \(service)"
        return context.header + """
            \(context.runtimeImport.isEmpty ? "" : "\n" + context.runtimeImport)
            /// An error \(context.service) returned, read from the body of a failed response: code,
            /// message, HTTP status, the body's other fields, the documentation row it matches, and
            /// `LocalizedError` texts: the runtime's `\(context.runtime("ErrataError"))` for this service.
            ///
            /// The documented body formats, tried in this order:
            \(formats)///
            /// Decode a response with `\(error).decode(_:httpStatus:headers:)` or `init(data:response:)`; match a
            /// code with `switch error.code`, or directly on any error: `catch \(code).someCode`.
            \(a) typealias \(error) = \(context.runtime("ErrataError"))<\(service)>

            /// A failed response of \(context.service) whose body is in none of the documented error formats:
            /// its HTTP status and its body's text.
            \(a) typealias \(context.unrecognizedType) = \(context.runtime("ErrataUnrecognizedResponse"))<\(service)>

            extension \(codeExtension) {
                /// Matches a code against any error: `catch .someCode`, `case .someCode = error` (with the
                /// struct style also written `catch \(code).someCode`). An error that wraps the
                /// service's error (`\(context.runtime("ErrataWrappingError"))`) matches as the error it carries.
                \(a) static func ~= (pattern: \(code), value: any Error) -> Bool {
                    \(context.runtime("ErrataErrors")).unwrap(value, as: \(error).self)?.code == pattern
                }
            }
            \(fieldAccessors(context))
            """
    }

    /// One read-only property per extra body field: `requestId` for `request_id`.
    private static func fieldAccessors(_ context: SwiftContext) -> String {
        guard !context.bodyFields.isEmpty else { return "" }
        let a = context.access
        let members = context.bodyFields.map { field in
            """
                /// The body's `\(SwiftDocComment.inline(field.name))` field, when it held one.
                \(a) var \(field.member): String? { fields[\(SwiftLiteral.string(field.name))] }
            """
        }.joined(separator: "\n\n")
        return "\n// MARK: - The body's documented fields\n\nextension \(context.runtime("ErrataError")) where Service == \(context.tableType) {\n" + members + "\n}\n"
    }
}
