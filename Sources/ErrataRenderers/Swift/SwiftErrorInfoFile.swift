/// `PErrorInfo.swift`: per-code documentation and the runtime half of placeholder matching.
///
/// Templates are split into literal segments at generation time (`MessageTemplate`); the
/// runtime only normalises the received message the same way and looks for the segments in
/// order, byte by byte on UTF-8, without regular expressions.
enum SwiftErrorInfoFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let variant = context.variantType
        let template = context.templateType
        let column = context.columnType
        return context.header + """

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

                /// Documentation of a code, e.g. for a test double of `\(context.codeType).info`.
                \(a) init(
                    code: \(context.codeType), module: \(context.moduleType)?, variants: [\(variant)], deprecated: Bool = false,
                    retryable: Bool = false, remarks: String? = nil
                ) {
                    self.code = code
                    self.module = module
                    self.variants = variants
                    self.deprecated = deprecated
                    self.retryable = retryable
                    self.remarks = remarks
                }
            }

            /// One documentation row of a code: a message and what it means.
            \(a) struct \(variant): Hashable, Sendable {
                /// The message as documented, placeholders (`{xxx}`, `XX`, `%s`, …) included.
                \(a) let message: String
                /// Other messages the documentation gives for this row, as documented (the API sends
                /// one of these or `message`); usually empty.
                \(a) let alternativeMessages: [String]
                /// What the error means (Markdown); empty when the documentation says nothing.
                \(a) let description: String
                /// What to do about it (Markdown); empty when the documentation says nothing.
                \(a) let solution: String
                /// `description` as plain text: emphasis, code and link markup and backslash escapes
                /// removed, paragraphs separated by a blank line, list items on lines starting with `- `.
                \(a) let plainDescription: String
                /// `solution` as plain text, like `plainDescription`.
                \(a) let plainSolution: String
                /// Every HTTP status the documentation gives for this row, in its order; empty when it
                /// gives none.
                \(a) let statuses: [Int]
                /// The row's cells in the documentation's other columns (e.g. "Type"), in column order;
                /// usually empty.
                \(a) let columns: [\(column)]
                /// The normalised message split at its placeholders: literal text only.
                let segments: [String]
                /// The segments of each alternative message, in order.
                let alternativeSegments: [[String]]

                /// The first of `statuses`, when the documentation gives one.
                \(a) var status: Int? { statuses.first }

                /// The value of the row's column named `name` (Markdown), if it has one.
                @_optimize(none)
                \(a) func column(_ name: String) -> String? {
                    columns.first { $0.name == name }?.value
                }

                /// A documentation row, e.g. for a test double. Its plain texts are `description` and
                /// `solution` as given, and its messages are not read as templates: `match` accepts
                /// the message or an alternative message itself (surrounding whitespace and a final
                /// period do not matter) and gives `[]`, and nothing else.
                @_optimize(none)
                \(a) init(
                    message: String, description: String = "", solution: String = "", statuses: [Int] = [],
                    alternativeMessages: [String] = [], columns: [\(column)] = []
                ) {
                    self.init(
                        message: message, alternativeMessages: alternativeMessages, description: description, solution: solution,
                        plainDescription: description, plainSolution: solution, statuses: statuses, columns: columns,
                        segments: [\(template).normalized(message)],
                        alternativeSegments: alternativeMessages.map { [\(template).normalized($0)] })
                }

                /// A documentation row with at most one HTTP status, e.g. for a test double.
                @_optimize(none)
                \(a) init(message: String, description: String = "", solution: String = "", status: Int?) {
                    self.init(message: message, description: description, solution: solution, statuses: status.map { [$0] } ?? [])
                }

                init(
                    message: String, alternativeMessages: [String], description: String, solution: String,
                    plainDescription: String, plainSolution: String, statuses: [Int], columns: [\(column)],
                    segments: [String], alternativeSegments: [[String]]
                ) {
                    self.message = message
                    self.alternativeMessages = alternativeMessages
                    self.description = description
                    self.solution = solution
                    self.plainDescription = plainDescription
                    self.plainSolution = plainSolution
                    self.statuses = statuses
                    self.columns = columns
                    self.segments = segments
                    self.alternativeSegments = alternativeSegments
                }

                /// The values of the placeholders when `message` is this variant's message, or one of
                /// its alternative messages, with its placeholders filled in (surrounding whitespace and
                /// a final period do not matter), otherwise nil; the message is tried first, then the
                /// alternatives in order. A message without placeholders gives `[]` when it matches.
                \(a) func match(_ message: String) -> [String]? {
                    if let values = \(template).match(message, segments: segments) { return values }
                    for segments in alternativeSegments {
                        if let values = \(template).match(message, segments: segments) { return values }
                    }
                    return nil
                }

                /// The match of the row's template with the most literal text (the more, the more
                /// specific), and that length.
                func bestMatch(_ message: String) -> (values: [String], weight: Int)? {
                    var best = \(template).match(message, segments: segments).map { ($0, \(template).literalLength(segments)) }
                    for segments in alternativeSegments {
                        guard let values = \(template).match(message, segments: segments) else { continue }
                        let weight = \(template).literalLength(segments)
                        if let best, best.1 >= weight { continue }
                        best = (values, weight)
                    }
                    return best
                }

                /// The segments of the row's message or alternative message that is exactly `message`.
                func segments(ofExactly message: String) -> [String]? {
                    if self.message == message { return segments }
                    guard let index = alternativeMessages.firstIndex(of: message) else { return nil }
                    return alternativeSegments[index]
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

            /// Matching of received messages against templates split into literal segments.
            ///
            /// Optimised: every decoded error is matched once, when it is made, so matching is part of
            /// the cost of decoding a response (docs/performance.md). Written as loops over UTF-8
            /// bytes: the standard library's generic algorithms would each be compiled into the library.
            enum \(template) {
                static func match(_ message: String, segments: [String]) -> [String]? {
                    let text = normalizedBytes(message)
                    guard let first = segments.first.map({ Array($0.utf8) }),
                        let last = segments.last.map({ Array($0.utf8) })
                    else { return nil }
                    if segments.count == 1 { return text.count == first.count && occurs(first, in: text, at: 0) ? [] : nil }
                    guard text.count >= first.count + last.count, occurs(first, in: text, at: 0),
                        occurs(last, in: text, at: text.count - last.count)
                    else { return nil }
                    let end = text.count - last.count
                    var position = first.count
                    var values: [String] = []
                    var index = 1
                    while index < segments.count - 1 {
                        let literal = Array(segments[index].utf8)
                        guard let found = find(literal, in: text, from: position, to: end) else { return nil }
                        values.append(String(decoding: text[position..<found], as: UTF8.self))
                        position = found + literal.count
                        index += 1
                    }
                    values.append(String(decoding: text[position..<end], as: UTF8.self))
                    return values
                }

                /// How much literal text a template has.
                static func literalLength(_ segments: [String]) -> Int {
                    var length = 0
                    for segment in segments { length += segment.utf8.count }
                    return length
                }

                /// Without surrounding whitespace and without one final period.
                static func normalized(_ text: String) -> String {
                    String(decoding: normalizedBytes(text), as: UTF8.self)
                }

                /// `normalized(text)` as UTF-8: whitespace is Unicode's White_Space.
                static func normalizedBytes(_ text: String) -> [UInt8] {
                    let bytes = Array(text.utf8)
                    var start = 0
                    var end = bytes.count
                    while start < end {
                        let length = whitespaceLength(bytes, at: start)
                        if length == 0 { break }
                        start += length
                    }
                    trailing: while start < end {
                        var length = 1
                        while length <= 3 {
                            if end - length >= start, whitespaceLength(bytes, at: end - length) == length {
                                end -= length
                                continue trailing
                            }
                            length += 1
                        }
                        break
                    }
                    if start < end, bytes[end - 1] == 0x2E { end -= 1 }
                    return start == 0 && end == bytes.count ? bytes : Array(bytes[start..<end])
                }

                /// The length of the White_Space character (U+0009–000D, U+0020, U+0085, U+00A0,
                /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000) that starts at
                /// `index` of UTF-8 `bytes`; 0 when none does.
                private static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
                    let byte = bytes[index]
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
                    guard index + 1 < bytes.count else { return 0 }
                    let second = bytes[index + 1]
                    if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
                    guard index + 2 < bytes.count else { return 0 }
                    let third = bytes[index + 2]
                    if byte == 0xE1 { return second == 0x9A && third == 0x80 ? 3 : 0 }
                    if byte == 0xE3 { return second == 0x80 && third == 0x80 ? 3 : 0 }
                    guard byte == 0xE2 else { return 0 }
                    if second == 0x81 { return third == 0x9F ? 3 : 0 }
                    guard second == 0x80 else { return 0 }
                    return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
                }

                /// The first index at or after `start` where `literal` occurs ending by `end`.
                private static func find(_ literal: [UInt8], in text: [UInt8], from start: Int, to end: Int) -> Int? {
                    var index = start
                    while index + literal.count <= end {
                        if occurs(literal, in: text, at: index) { return index }
                        index += 1
                    }
                    return nil
                }

                /// Whether `literal` stands in `text` at `position`.
                private static func occurs(_ literal: [UInt8], in text: [UInt8], at position: Int) -> Bool {
                    guard position >= 0, text.count - position >= literal.count else { return false }
                    var offset = 0
                    while offset < literal.count {
                        if text[position + offset] != literal[offset] { return false }
                        offset += 1
                    }
                    return true
                }
            }

            """
    }
}
