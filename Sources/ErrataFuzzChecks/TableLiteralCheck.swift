import ErrataModel

/// The generated error table (`PErrorTable.swift`'s raw literal) decodes to exactly the catalog's data.
///
/// Decoded here independently of the renderer, by the format's rules: a line per code, every field
/// ended by `␟` (U+241F), `␛` (U+241B) escaping the next character (`␛n` a line break); a line is
/// `code␟module␟flags␟variant count␟` and per variant
/// `message␟description␟solution␟status␟segment count␟segment␟…`.
enum TableLiteralCheck {
    static func problems(_ table: String, catalog: Catalog) -> [String] {
        let lines = decode(table)
        guard lines.count == catalog.entries.count else {
            return ["the error table has \(lines.count) lines for \(catalog.entries.count) codes"]
        }
        for (fields, entry) in zip(lines, catalog.entries) {
            guard let (decoded, flags) = parse(fields) else {
                return ["the table line of \(entry.code.debugDescription) does not parse: \(fields.map(\.debugDescription))"]
            }
            let expectedFlags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
            if decoded.code != entry.code { return ["table code \(decoded.code.debugDescription) should be \(entry.code.debugDescription)"] }
            if decoded.module != entry.module { return ["table module of \(entry.code.debugDescription) is wrong"] }
            if flags != expectedFlags { return ["table flags of \(entry.code.debugDescription) are \(flags)"] }
            if decoded.variants != entry.variants { return ["a table variant of \(entry.code.debugDescription) does not round-trip"] }
        }
        return []
    }

    /// The fields of each line.
    static func decode(_ table: String) -> [[String]] {
        var lines: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var escaped = false
        for scalar in table.unicodeScalars {
            if escaped {
                field.append(scalar == "n" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\u{241B}" {
                escaped = true
            } else if scalar == "\u{241F}" {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\n" {
                lines.append(fields)
                fields = []
            } else {
                field.append(scalar)
            }
        }
        if !fields.isEmpty || !field.isEmpty { lines.append(fields + (field.isEmpty ? [] : [String(field)])) }
        return lines
    }

    private static func parse(_ fields: [String]) -> (Entry, Int)? {
        var rest = fields[...]
        func next() -> String? { rest.popFirst() }
        guard let code = next(), let module = next(), let flags = next().flatMap({ Int($0) }),
            let count = next().flatMap({ Int($0) }), count >= 0
        else { return nil }
        var variants: [Variant] = []
        for _ in 0..<count {
            guard let message = next(), let description = next(), let solution = next(), let status = next(),
                let segments = next().flatMap({ Int($0) }), segments >= 0, rest.count >= segments
            else { return nil }
            rest = rest.dropFirst(segments)
            variants.append(Variant(message: message, description: description, solution: solution, status: status.isEmpty ? nil : Int(status)))
        }
        guard rest.isEmpty else { return nil }
        return (Entry(code: code, module: module.isEmpty ? nil : module, variants: variants), flags)
    }
}
