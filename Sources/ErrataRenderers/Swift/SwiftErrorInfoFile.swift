/// `PErrorInfo.swift`: per-code documentation, the runtime's types for the service:
/// `ErrataErrorInfo<PErrorTable>` (a code's documentation), `ErrataVariant` (a documentation row,
/// which matches messages against its templates) and `ErrataColumn` (a row's cell in another
/// column); their members and conformances are compiled once, in the runtime.
enum SwiftErrorInfoFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        return context.header + """
            \(context.runtimeImport.isEmpty ? "" : "\n" + context.runtimeImport)
            /// What the documentation of \(context.service) says about one error code: its module, its rows
            /// (`variants`), whether it is deprecated or retryable, and remarks.
            \(a) typealias \(context.infoType) = \(context.runtime("ErrataErrorInfo"))<\(context.tableType)>

            /// One documentation row of a code of \(context.service): a message and what it means.
            \(a) typealias \(context.variantType) = \(context.runtime("ErrataVariant"))

            /// A documentation row's cell in a column other than code, module, message, description,
            /// solution and status (e.g. "Type").
            \(a) typealias \(context.columnType) = \(context.runtime("ErrataColumn"))

            """
    }
}
