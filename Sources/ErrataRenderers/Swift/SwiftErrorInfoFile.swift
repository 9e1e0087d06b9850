/// `PErrorInfo.swift`: per-code documentation, as typed wrappers over one runtime reference each
/// (`ErrataCodeInfo`, `ErrataBox`, holding the records that keep the rows' templates and
/// match messages against them): equality and hashing are the runtime's, and the wrappers have
/// no stored state of their own to copy, compare or hash.
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
                /// The documentation: the runtime's record of the code, and its rows as variants.
                let state: \(context.runtime("ErrataCodeInfo"))<\(variant)>

                /// The code.
                \(a) var code: \(context.codeType) { \(context.codeType)(rawValue: state.record.code) }
                /// The module the code is filed under, if any.
                \(a) var module: \(context.moduleType)? {
                    state.record.module.isEmpty ? nil : \(context.moduleType)(rawValue: state.record.module)
                }
                /// One per documentation row, in document order; never empty in the documentation.
                \(a) var variants: [\(variant)] { state.variants }
                /// The documentation marks the code as deprecated.
                \(a) var deprecated: Bool { state.record.deprecated }
                /// Retrying the same request may succeed.
                \(a) var retryable: Bool { state.record.retryable }
                /// Remarks of the spec's maintainers (Markdown), if any.
                \(a) var remarks: String? { state.record.remarks }
                /// The rows as the runtime matches messages against them.
                var records: [\(record)] { state.record.variants }

                /// Documentation of a code, e.g. for a test double of `\(context.codeType).info`.
                \(a) init(
                    code: \(context.codeType), module: \(context.moduleType)?, variants: [\(variant)], deprecated: Bool = false,
                    retryable: Bool = false, remarks: String? = nil
                ) {
                    state = \(context.runtime("ErrataCodeInfo"))(
                        code: code.rawValue, module: module?.rawValue ?? "", variants: variants, deprecated: deprecated,
                        retryable: retryable, remarks: remarks, row: { $0.row.value })
                }

                /// Line `line` of the library's table.
                init(_ table: \(context.runtime("ErrataCodeTable")), line: Int) {
                    state = \(context.runtime("ErrataCodeInfo"))(table, line: line, variant: \(variant).init(record:))
                }
            }

            /// One documentation row of a code: a message and what it means.
            \(a) struct \(variant): Hashable, Sendable {
                /// The row, with its messages split at their placeholders.
                let row: \(context.runtime("ErrataBox"))<\(record)>

                init(record: \(record)) {
                    row = \(context.runtime("ErrataBox"))(record)
                }

                private var record: \(record) { row.value }

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
                \(a) var columns: [\(column)] {
                    \(context.runtime("ErrataList")).columns(record.columns, \(column).init(cell:))
                }

                /// The first of `statuses`, when the documentation gives one.
                \(a) var status: Int? { record.statuses.first }

                /// The value of the row's column named `name` (Markdown), if it has one.
                \(a) func column(_ name: String) -> String? {
                    record.column(named: name)
                }

                /// A documentation row, e.g. for a test double. Its plain texts are `description` and
                /// `solution` as given, and its messages are not read as templates: `match` accepts
                /// the message or an alternative message itself (surrounding whitespace and a final
                /// period do not matter) and gives `[]`, and nothing else.
                \(a) init(
                    message: String, description: String = "", solution: String = "", statuses: [Int] = [],
                    alternativeMessages: [String] = [], columns: [\(column)] = []
                ) {
                    row = \(context.runtime("ErrataBox"))(\(record)(
                        literalMessage: message, alternativeMessages: alternativeMessages, description: description,
                        solution: solution, statuses: statuses,
                        columns: \(context.runtime("ErrataList")).columns(of: columns) { $0.cell.value }))
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
                /// The cell, one runtime reference.
                let cell: \(context.runtime("ErrataBox"))<\(context.runtime("ErrataColumn"))>

                /// The column's header, e.g. "Type".
                \(a) var name: String { cell.value.name }
                /// The cell (Markdown).
                \(a) var value: String { cell.value.value }

                \(a) init(name: String, value: String) {
                    cell = \(context.runtime("ErrataBox"))(\(context.runtime("ErrataColumn"))(name: name, value: value))
                }

                init(cell: \(context.runtime("ErrataBox"))<\(context.runtime("ErrataColumn"))>) {
                    self.cell = cell
                }
            }

            """
    }
}
