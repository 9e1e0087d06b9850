import ErrataModel
import ErrataSpec

/// A documentation page (or a spec) read by `DocumentReader` and its catalog validated: what the
/// page jobs take.
public struct ValidatedPage: Sendable {
    /// How the page was read: its tables, the error body inferred from its samples, its title and
    /// warnings (`reading.catalog` is the catalog before validation).
    public let reading: DocumentReader.Page
    /// The page's catalog, validated; its warnings are the reader's, then the validator's.
    public let validated: ValidatedCatalog
}

extension CatalogStage {
    /// The page or spec at `path`, read once (through `contents`) by `DocumentReader` and validated.
    public func page(at path: String, options: DocumentReader.Options = .init()) throws -> ValidatedPage {
        try CatalogStage.page(data: read(path, what: "the input"), path: path, options: options)
    }

    /// A page's bytes (a fetched page, named by its URL), read as from `path` and validated.
    public static func page(data: [UInt8], path: String, options: DocumentReader.Options = .init()) throws -> ValidatedPage {
        let reading = try DocumentReader.readPage(data: data, path: path, options: options)
        return ValidatedPage(reading: reading, validated: try CatalogValidator.validate(reading.catalog, readerWarnings: reading.warnings))
    }
}
