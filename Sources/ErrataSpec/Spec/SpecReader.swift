import ErrataModel

/// Reads an Errata YAML spec (schema: docs/spec-format.md) into a `Catalog`.
///
/// The YAML is composed into a node tree with Yams and then walked by hand, so that every
/// scalar is taken as the text written (`NO`, `0101`, `1e3` stay strings), unknown keys and
/// duplicate keys are refused, and every problem is reported with its line and column. Jobs read
/// a spec file through `CatalogStage`, which also validates the catalog.
public enum SpecReader {
    /// The largest spec accepted, in bytes.
    public static let maximumSize = 64 << 20

    public static func read(data: [UInt8], path: String) throws -> Catalog {
        guard let root = try YAMLFields.compose(data, path: path, maximumSize: maximumSize) else {
            throw Diagnostic.error("the spec is empty", at: SourceLocation(path: path, line: 1, column: 1))
        }
        var walker = SpecWalker(yaml: YAMLFields(path: path))
        let catalog = walker.catalog(from: root)
        if !walker.yaml.problems.isEmpty { throw Diagnostics(walker.yaml.problems) }
        return catalog
    }
}
