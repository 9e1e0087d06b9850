import ErrataModel
import Foundation

/// The generated error table (`PErrorTable.json`) decodes to exactly the catalog's data.
///
/// Decoded with `JSONDecoder`, as the generated code does (`JSONSerialization` differs: it drops
/// a string that is only U+FEFF).
enum TableLiteralCheck {
    /// `[code, module or null, flags, [variant, …]]`
    struct Row: Decodable {
        var code: String
        var module: String?
        var flags: Int
        var variants: [VariantRow]

        init(from decoder: any Decoder) throws {
            var row = try decoder.unkeyedContainer()
            code = try row.decode(String.self)
            module = try row.decodeNil() ? nil : try row.decode(String.self)
            flags = try row.decode(Int.self)
            variants = try row.decode([VariantRow].self)
            if !row.isAtEnd { throw DecodingError.dataCorruptedError(in: row, debugDescription: "extra row field") }
        }
    }

    /// `[message, description, solution, status or null, [segment, …]]`
    struct VariantRow: Decodable {
        var variant: Variant

        init(from decoder: any Decoder) throws {
            var row = try decoder.unkeyedContainer()
            let message = try row.decode(String.self)
            let description = try row.decode(String.self)
            let solution = try row.decode(String.self)
            let status = try row.decodeNil() ? nil : try row.decode(Int.self)
            _ = try row.decode([String].self)
            if !row.isAtEnd { throw DecodingError.dataCorruptedError(in: row, debugDescription: "extra variant field") }
            variant = Variant(message: message, description: description, solution: solution, status: status)
        }
    }

    static func problems(_ json: String, catalog: Catalog) -> [String] {
        let rows: [Row]
        do {
            rows = try JSONDecoder().decode([Row].self, from: Data(json.utf8))
        } catch {
            return ["the error table does not decode: \(error)"]
        }
        guard rows.count == catalog.entries.count else { return ["the error table has \(rows.count) rows for \(catalog.entries.count) codes"] }
        for (row, entry) in zip(rows, catalog.entries) {
            let flags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
            if row.code != entry.code { return ["table code \(row.code.debugDescription) should be \(entry.code.debugDescription)"] }
            if row.module != entry.module { return ["table module of \(entry.code.debugDescription) is wrong"] }
            if row.flags != flags { return ["table flags of \(entry.code.debugDescription) are \(row.flags)"] }
            if row.variants.map(\.variant) != entry.variants {
                return ["a table variant of \(entry.code.debugDescription) does not round-trip"]
            }
        }
        return []
    }
}
