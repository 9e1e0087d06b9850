import ErrataModel
import Foundation

/// The pipeline's stage from an input path to a validated catalog: the file is read, parsed and
/// passed through `CatalogValidator`, so what comes out is what renderers take.
///
/// Every job gets its catalogs here, each input read once: `generate`, `check` and the build-tool
/// plugin's tool a spec (`spec(at:)`), the page jobs (`import`, `diff`, `check --upstream`, `dump`)
/// a documentation page or a spec through `DocumentReader` (`page(at:options:)`, ErrataReaders),
/// `strings export` and `strings import` a spec. A job that changes a catalog (a merge, imported
/// translations) validates the changed copy before rendering it.
public struct CatalogStage: Sendable {
    /// The bytes of the file at a path; nil when there is none or it cannot be read.
    public typealias Contents = @Sendable (_ path: String) -> [UInt8]?

    /// How files are read: from disk, unless a test gives another way.
    public let contents: Contents

    public init(contents: @escaping Contents = CatalogStage.fileContents) {
        self.contents = contents
    }

    /// The file's bytes from disk.
    public static let fileContents: Contents = { path in FileManager.default.contents(atPath: path).map(Array.init) }

    /// The spec at `path`, read (`SpecReader`) and validated.
    /// - Throws: `Diagnostic` when the file cannot be read, `Diagnostics` for a spec the reader or
    ///   the validator refuses, each problem at its line and column.
    public func spec(at path: String) throws -> ValidatedCatalog {
        try CatalogStage.spec(data: read(path, what: "the spec"), path: path)
    }

    /// A spec's bytes, read as from `path` and validated.
    public static func spec(data: [UInt8], path: String) throws -> ValidatedCatalog {
        try CatalogValidator.validate(SpecReader.read(data: data, path: path))
    }

    /// The bytes of the file at `path`, `what` naming it in the error when it cannot be read.
    package func read(_ path: String, what: String) throws -> [UInt8] {
        guard let data = contents(path) else {
            throw Diagnostic.error("cannot read \(what) (no such file, or not readable)", at: SourceLocation(path: path))
        }
        return data
    }
}
