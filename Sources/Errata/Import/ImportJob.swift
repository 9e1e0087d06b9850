import ErrataModel
import ErrataOutput
import ErrataReaders
import ErrataRenderers
import Foundation

/// `errata import`: read a documentation page and create or update a spec from it.
public enum ImportJob {
    public struct Result: Sendable {
        /// What the page changed in the spec (everything is "added" for a new spec).
        public var diff: CatalogChanges
        /// Whether the spec file was created, rewritten or left alone.
        public var write: WriteReport
        public var created: Bool
    }

    public static func run(input: String, spec: String, options: DocumentReader.Options) throws -> Result {
        var readOptions = options
        let existing = try FileManager.default.fileExists(atPath: spec) ? SpecReader.read(contentsOf: spec) : nil
        if readOptions.service == nil { readOptions.service = existing?.service }
        let page = try DocumentReader.read(contentsOf: input, options: readOptions)
        if page.entries.isEmpty {
            throw Diagnostic.error("the page's error table has no codes", at: SourceLocation(path: input))
        }
        let catalog = existing.map { SpecMerge.merge(spec: $0, page: page, source: options.source) } ?? page
        let header = try existing.map { _ in try leadingComment(of: spec) } ?? SpecRenderer.defaultHeader
        let text = try SpecRenderer.render(catalog, header: header)
        // The spec must read back as the catalog it was rendered from; anything else is a bug here.
        let reread = try SpecReader.read(data: Array(text.utf8), path: spec)
        guard reread == catalog else {
            throw Diagnostic.error("internal error: the rendered spec does not read back as the imported catalog", at: SourceLocation(path: spec))
        }
        let report = try OutputWriter.write(OutputPlan(files: [OutputFile(path: spec, text: text)], ownedDirectories: []))
        let diff = CatalogDiffer.diff(old: existing ?? Catalog(service: catalog.service), new: catalog, oldPath: spec, newPath: input)
        return Result(diff: diff, write: report, created: existing == nil)
    }

    /// The comment lines at the top of an existing spec, kept when it is rewritten.
    private static func leadingComment(of path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("#") }
            .joined(separator: "\n")
    }
}
