/// `PErrorInfo.swift`: per-code documentation, as typed wrappers over the runtime's records
/// (`ErrataCodeRecord`, `ErrataVariantRecord`), which hold the rows' templates and match messages
/// against them.
enum SwiftErrorInfoFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let variant = context.variantType
        let column = context.columnType
        let record = context.runtime("ErrataVariantRecord")
        return context.header + """
            \(context.runtimeImport.isEmpty ? "" : "\n" + context.runtimeImport)
            /// What the documentation of \(context.service) says about one error code.
            \(a) struct \(context.infoType): Hashable, Sendable {
                /// The code.
                \(a) let code: \(context.codeType)
                /// The module the code is filed under, if any.
                \(a) let module: \(context.moduleType)?
                /// One per documentation row, in document order; never empty in the documentation.
                \(a) let variants: [\(variant)]
                /// The documentation marks the code as deprecated.
                \(a) let deprecated: Bool
                /// Retrying the same request may succeed.
                \(a) let retryable: Bool
                /// Remarks of the spec's maintainers (Markdown), if any.
                \(a) let remarks: String?
                /// The rows as the runtime matches messages against them (kept, not mapped per error).
                let records: [\(record)]

                /// Documentation of a code, e.g. for a test double of `\(context.codeType).info`.
                \(a) init(
                    code: \(context.codeType), module: \(context.moduleType)?, variants: [\(variant)], deprecated: Bool = false,
                    retryable: Bool = false, remarks: String? = nil
                ) {
                    self.code = code
                    self.module = module
                    self.variants = variants
                    records = variants.map(\\.record)
                    self.deprecated = deprecated
                    self.retryable = retryable
                    self.remarks = remarks
                }

                /// A line of the library's table.
                init(_ record: \(context.runtime("ErrataCodeRecord"))) {
                    self.init(
                        code: \(context.codeType)(rawValue: record.code),
                        module: record.module.isEmpty ? nil : \(context.moduleType)(rawValue: record.module),
                        variants: record.variants.map(\(variant).init(record:)), deprecated: record.deprecated,
                        retryable: record.retryable, remarks: record.remarks)
                }
            }

            /// One documentation row of a code: a message and what it means.
            \(a) struct \(variant): Hashable, Sendable {
                /// The row, with its messages split at their placeholders.
                let record: \(record)

                init(record: \(record)) {
                    self.record = record
                }

                /// The message as documented, placeholders (`{xxx}`, `XX`, `%s`, …) included.
                \(a) var message: String { record.message }
                /// Other messages the documentation gives for this row, as documented (the API sends
                /// one of these or `message`); usually empty.
                \(a) var alternativeMessages: [String] { record.alternativeMessages }
                /// What the error means (Markdown); empty when the documentation says nothing.
                \(a) var description: String { record.description }
                /// What to do about it (Markdown); empty when the documentation says nothing.
                \(a) var solution: String { record.solution }
                /// `description` as plain text: emphasis, code and link markup and backslash escapes
                /// removed, paragraphs separated by a blank line, list items on lines starting with `- `.
                \(a) var plainDescription: String { record.plainDescription }
                /// `solution` as plain text, like `plainDescription`.
                \(a) var plainSolution: String { record.plainSolution }
                /// Every HTTP status the documentation gives for this row, in its order; empty when it
                /// gives none.
                \(a) var statuses: [Int] { record.statuses }
                /// The row's cells in the documentation's other columns (e.g. "Type"), in column order;
                /// usually empty.
                \(a) var columns: [\(column)] { record.columns.map { \(column)(name: $0.name, value: $0.value) } }

                /// The first of `statuses`, when the documentation gives one.
                \(a) var status: Int? { record.statuses.first }

                /// The value of the row's column named `name` (Markdown), if it has one.
                \(a) func column(_ name: String) -> String? {
                    record.columns.first { $0.name == name }?.value
                }

                /// A documentation row, e.g. for a test double. Its plain texts are `description` and
                /// `solution` as given, and its messages are not read as templates: `match` accepts
                /// the message or an alternative message itself (surrounding whitespace and a final
                /// period do not matter) and gives `[]`, and nothing else.
                \(a) init(
                    message: String, description: String = "", solution: String = "", statuses: [Int] = [],
                    alternativeMessages: [String] = [], columns: [\(column)] = []
                ) {
                    record = \(record)(
                        literalMessage: message, alternativeMessages: alternativeMessages, description: description,
                        solution: solution, statuses: statuses,
                        columns: columns.map { \(context.runtime("ErrataColumn"))(name: $0.name, value: $0.value) })
                }

                /// A documentation row with at most one HTTP status, e.g. for a test double.
                \(a) init(message: String, description: String = "", solution: String = "", status: Int?) {
                    self.init(message: message, description: description, solution: solution, statuses: status.map { [$0] } ?? [])
                }

                /// The values of the placeholders when `message` is this variant's message, or one of
                /// its alternative messages, with its placeholders filled in (surrounding whitespace and
                /// a final period do not matter), otherwise nil; the message is tried first, then the
                /// alternatives in order. A message without placeholders gives `[]` when it matches.
                \(a) func match(_ message: String) -> [String]? {
                    record.match(message)
                }
            }

            /// A documentation row's cell in a column other than code, module, message, description,
            /// solution and status (e.g. "Type").
            \(a) struct \(column): Hashable, Sendable {
                /// The column's header, e.g. "Type".
                \(a) let name: String
                /// The cell (Markdown).
                \(a) let value: String

                \(a) init(name: String, value: String) {
                    self.name = name
                    self.value = value
                }
            }

            """
    }
}
