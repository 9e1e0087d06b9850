import Foundation

/// The catalog as JSON, the format `errata dump` prints (schema: docs/catalog-json.md).
///
/// Keys are sorted, output is pretty-printed with LF line ends and a trailing newline,
/// so the same catalog always gives the same bytes.
public enum CatalogJSON {
    public static func encode(_ catalog: Catalog) throws -> String {
        CatalogJSONWriter.write(catalog)
    }

    /// The same bytes through `JSONEncoder`: the reference `encode` is tested against.
    public static func encodeWithFoundation(_ catalog: Catalog) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(catalog)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func decode(_ json: String) throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(json.utf8))
    }
}
