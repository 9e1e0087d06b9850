import ErrataModel

/// `PErrorTable.swift`: all per-code data in one string literal, decoded once on first use.
///
/// One code per line, each field ended by `␟` (U+241F):
/// `code␟module␟flags␟variant count␟` then per variant
/// `message␟description␟solution␟status␟segment count␟segment␟…`, where an empty module or status
/// means none, flags is 1 for deprecated plus 2 for retryable, and segments are the message's literal
/// text between placeholders (`MessageTemplate`). Inside a field, `␛` (U+241B) escapes the next
/// character: `␛␛`, `␛␟`, and `␛n` for a line break. The lines sit in a raw multi-line literal whose
/// `#` delimiter is longer than any `#` run after a quote or backslash in them; invisible
/// characters are `\#u{…}` escapes (`SwiftLiteral.rawEscaped`), so any text round-trips.
///
/// A huge string literal compiles fast, unlike thousands of struct or dictionary literals, and the
/// decoder is a plain loop over Unicode scalars: no `Codable`, so the fixed cost of compiling the
/// library stays small.
enum SwiftErrorTableFile {
    static let fieldEnd: Unicode.Scalar = "\u{241F}"
    static let escape: Unicode.Scalar = "\u{241B}"

    static func render(_ context: SwiftContext) -> String {
        let table = context.tableType
        let info = context.infoType
        let variant = context.variantType
        let lines = context.catalog.entries.map(row)
        let hashes = SwiftLiteral.rawDelimiterLength(lines)
        let delimiter = String(repeating: "#", count: hashes)
        let literal = lines.map { "        " + SwiftLiteral.rawEscaped($0, hashes: hashes) + "\n" }.joined()
        return context.header + """

            /// The documentation of every code, decoded from one string on first use.
            enum \(table) {
                /// Decoded once, on first use; afterwards a lookup is one dictionary access.
                static let shared = Contents(table: table)

                static func info(for rawValue: String) -> \(info)? {
                    shared.infoByCode[rawValue]
                }

                struct Contents: Sendable {
                    let codes: [\(context.codeType)]
                    /// The first row of each code (a code is documented once; a repeat would be ignored).
                    let infoByCode: [String: \(info)]

                    // Runs once. Left unoptimised on purpose: optimising this loop cost more compile time
                    // than the whole rest of the library (docs/performance.md), for a one-time decode.
                    @_optimize(none)
                    init(table: String) {
                        var codes: [\(context.codeType)] = []
                        var infoByCode: [String: \(info)] = [:]
                        var fields: [String] = []
                        var field = String.UnicodeScalarView()
                        var escaped = false
                        // Every line ends with a line break but the last, which the literal drops.
                        for scalar in table.unicodeScalars + ["\\n"] {
                            if escaped {
                                field.append(scalar == "n" ? "\\n" : scalar)
                                escaped = false
                            } else if scalar == "\u{241B}" {
                                escaped = true
                            } else if scalar == "\u{241F}" {
                                fields.append(String(field))
                                field = String.UnicodeScalarView()
                            } else if scalar == "\\n" {
                                if !fields.isEmpty {
                                    let info = Self.info(fields)
                                    codes.append(info.code)
                                    if infoByCode[info.code.rawValue] == nil { infoByCode[info.code.rawValue] = info }
                                }
                                fields.removeAll(keepingCapacity: true)
                            } else {
                                field.append(scalar)
                            }
                        }
                        self.codes = codes
                        self.infoByCode = infoByCode
                    }

                    /// One line: `code␟module␟flags␟count␟` and per variant
                    /// `message␟description␟solution␟status␟count␟segment␟…`.
                    @_optimize(none)
                    private static func info(_ fields: [String]) -> \(info) {
                        var cursor = fields.makeIterator()
                        func next() -> String {
                            guard let field = cursor.next() else { preconditionFailure("The generated error table is corrupt") }
                            return field
                        }
                        let code = next()
                        let module = next()
                        let flags = Int(next()) ?? 0
                        var variants: [\(variant)] = []
                        for _ in 0..<(Int(next()) ?? 0) {
                            let message = next()
                            let description = next()
                            let solution = next()
                            let status = Int(next())
                            let segments = (0..<(Int(next()) ?? 0)).map { _ in next() }
                            variants.append(\(variant)(
                                message: message, description: description, solution: solution, status: status,
                                segments: segments))
                        }
                        return \(info)(
                            code: \(context.codeType)(rawValue: code),
                            module: module.isEmpty ? nil : \(context.moduleType)(rawValue: module),
                            variants: variants, deprecated: flags & 1 != 0, retryable: flags & 2 != 0)
                    }
                }

                private static let table = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            """
    }

    private static func row(_ entry: Entry) -> String {
        let flags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
        var fields = [entry.code, entry.module ?? "", String(flags), String(entry.variants.count)]
        for variant in entry.variants {
            let segments = MessageTemplate(variant.message).segments
            fields += [variant.message, variant.description, variant.solution, variant.status.map(String.init) ?? "", String(segments.count)]
            fields += segments
        }
        return fields.map { field($0) }.joined()
    }

    /// A field with its end mark, `␛` before `␛` and `␟`, and `␛n` for a line break.
    static func field(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case escape, fieldEnd:
                result.append(escape)
                result.append(scalar)
            case "\n":
                result.append(escape)
                result.append("n")
            default:
                result.append(scalar)
            }
        }
        result.append(fieldEnd)
        return String(result)
    }
}
