import ErrataModel
import Foundation

/// The generated error table (`PErrorTable.json`) decodes to exactly the catalog's data.
enum TableLiteralCheck {
    static func problems(_ json: String, catalog: Catalog) -> [String] {
        guard let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) as? [Any] else {
            return ["the error table is not a JSON array"]
        }
        guard rows.count == catalog.entries.count else { return ["the error table has \(rows.count) rows for \(catalog.entries.count) codes"] }
        for (row, entry) in zip(rows, catalog.entries) {
            guard let row = row as? [Any], row.count == 4, let code = row[0] as? String, let flags = row[2] as? Int,
                let variants = row[3] as? [Any]
            else { return ["an error table row has the wrong shape"] }
            let module = row[1] as? String
            let wantedFlags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
            if code != entry.code { return ["table code \(code.debugDescription) should be \(entry.code.debugDescription)"] }
            if module != entry.module || (module == nil && !(row[1] is NSNull)) { return ["table module of \(entry.code.debugDescription) is wrong"] }
            if flags != wantedFlags { return ["table flags of \(entry.code.debugDescription) are \(flags)"] }
            guard variants.count == entry.variants.count else { return ["table variants of \(entry.code.debugDescription) miscounted"] }
            for (variant, wanted) in zip(variants, entry.variants) {
                guard let fields = variant as? [Any], fields.count == 5, let message = fields[0] as? String,
                    let description = fields[1] as? String, let solution = fields[2] as? String, let segments = fields[4] as? [Any],
                    segments.allSatisfy({ $0 is String })
                else { return ["a table variant of \(entry.code.debugDescription) has the wrong shape"] }
                let status = fields[3] is NSNull ? nil : fields[3] as? Int
                if message != wanted.message || description != wanted.description || solution != wanted.solution || status != wanted.status {
                    return ["a table variant of \(entry.code.debugDescription) does not round-trip"]
                }
            }
        }
        return []
    }
}
