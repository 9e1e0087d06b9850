/// A catalog that passed `CatalogValidator`, with the warnings found on the way: what every
/// renderer takes, so a catalog that was not validated cannot be rendered.
///
/// Only the validator makes one (`CatalogValidator.validate(_:readerWarnings:)`); jobs get theirs
/// from `CatalogStage`, the one stage from an input path to a validated catalog. To change a
/// catalog is to validate the changed copy again.
public struct ValidatedCatalog: Hashable, Sendable {
    /// The catalog, as read (or merged) and checked.
    public let catalog: Catalog
    /// What the reader and then the validator found suspicious (located warnings); the catalog is
    /// usable anyway.
    public let warnings: [Diagnostic]

    init(checked catalog: Catalog, warnings: [Diagnostic]) {
        self.catalog = catalog
        self.warnings = warnings
    }
}
