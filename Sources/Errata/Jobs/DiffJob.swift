import ErrataReaders
import ErrataRenderers

/// `errata diff OLD NEW`: read two inputs of any format (files or http(s) URLs) and compare them,
/// grading changes for a library generated in `style`.
public enum DiffJob {
    public struct Result: Sendable {
        public var changes: CatalogChanges
    }

    public static func run(
        old: String, new: String, options: DocumentReader.Options = .init(), fetch: UpstreamPage.FetchOptions = .init(),
        style: SwiftStyle = .struct
    ) throws -> Result {
        let oldCatalog = try UpstreamPage.read(old, options: options, fetch: fetch)
        let newCatalog = try UpstreamPage.read(new, options: options, fetch: fetch)
        return Result(changes: CatalogDiffer.diff(old: oldCatalog, new: newCatalog, oldPath: old, newPath: new, style: style))
    }
}
