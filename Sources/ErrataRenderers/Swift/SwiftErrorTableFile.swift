import ErrataModel

/// `PErrorTable.swift`: all per-code data in one string literal, decoded once on first use.
///
/// The string is JSON, one code per line (so diffs stay readable):
/// `[code, module or null, flags, [[message, description, solution, status or null, [segment, …]], …]]`
/// where flags is 1 for deprecated plus 2 for retryable, and segments are the message's literal
/// text between placeholders (`MessageTemplate`). The lines sit in a raw multi-line literal whose
/// `#` delimiter is longer than any `#` run after a quote or backslash in them; line breaks and
/// invisible characters are `\#u{…}` escapes (`SwiftLiteral.rawEscaped`), so any text round-trips.
/// A huge string literal compiles fast, unlike thousands of struct or dictionary literals.
enum SwiftErrorTableFile {
    static func render(_ context: SwiftContext) -> String {
        let table = context.tableType
        let info = context.infoType
        let variant = context.variantType
        let entries = context.catalog.entries
        var lines = ["["]
        for (index, entry) in entries.enumerated() {
            lines.append(row(entry) + (index < entries.count - 1 ? "," : ""))
        }
        lines.append("]")
        let hashes = SwiftLiteral.rawDelimiterLength(lines)
        let delimiter = String(repeating: "#", count: hashes)
        let literal = lines.map { "        " + SwiftLiteral.rawEscaped($0, hashes: hashes) + "\n" }.joined()
        return context.header + """

            import Foundation

            /// The documentation of every code, decoded from one string on first use.
            enum \(table) {
                /// Decoded once, on first use; afterwards a lookup is one dictionary access.
                static let shared = Contents(json: json)

                static func info(for rawValue: String) -> \(info)? {
                    shared.infoByCode[rawValue]
                }

                struct Contents: Sendable {
                    let codes: [\(context.codeType)]
                    /// The first row of each code (a code is documented once; a repeat would be ignored).
                    let infoByCode: [String: \(info)]

                    init(json: String) {
                        let infos: [\(info)]
                        do {
                            infos = try JSONDecoder().decode([Row].self, from: Data(json.utf8)).map { $0.info }
                        } catch {
                            preconditionFailure("The generated error table is corrupt: " + String(describing: error))
                        }
                        codes = infos.map { $0.code }
                        infoByCode = Dictionary(infos.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
                    }
                }

                /// `[code, module or null, flags (1 deprecated, 2 retryable), [variant, …]]`
                private struct Row: Decodable {
                    let info: \(info)

                    init(from decoder: any Decoder) throws {
                        var row = try decoder.unkeyedContainer()
                        let code = try row.decode(String.self)
                        let module: \(context.moduleType)? = try row.decodeNil() ? nil : \(context.moduleType)(rawValue: try row.decode(String.self))
                        let flags = try row.decode(Int.self)
                        let variants = try row.decode([VariantRow].self).map { $0.variant }
                        info = \(info)(
                            code: \(context.codeType)(rawValue: code), module: module, variants: variants,
                            deprecated: flags & 1 != 0, retryable: flags & 2 != 0)
                    }
                }

                /// `[message, description, solution, status or null, [literal segment, …]]`
                private struct VariantRow: Decodable {
                    let variant: \(variant)

                    init(from decoder: any Decoder) throws {
                        var row = try decoder.unkeyedContainer()
                        let message = try row.decode(String.self)
                        let description = try row.decode(String.self)
                        let solution = try row.decode(String.self)
                        let status = try row.decodeNil() ? nil : try row.decode(Int.self)
                        let segments = try row.decode([String].self)
                        variant = \(variant)(
                            message: message, description: description, solution: solution, status: status,
                            segments: segments)
                    }
                }

                private static let json = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            """
    }

    private static func row(_ entry: Entry) -> String {
        let flags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
        let variants = entry.variants.map { variant in
            let segments = MessageTemplate(variant.message).segments.map(json).joined(separator: ",")
            let status = variant.status.map(String.init) ?? "null"
            return "[\(json(variant.message)),\(json(variant.description)),\(json(variant.solution)),\(status),[\(segments)]]"
        }
        let module = entry.module.map(json) ?? "null"
        return "[\(json(entry.code)),\(module),\(flags),[\(variants.joined(separator: ","))]]"
    }

    /// A JSON string: `"` and `\` escaped, C0 controls as `\u00XX`, everything else verbatim.
    static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
