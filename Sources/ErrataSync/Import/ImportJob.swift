import ErrataModel
import ErrataOutput
import ErrataReaders
import ErrataRenderers
import Foundation
import ErrataGenerator
import ErrataSpec

/// `errata import`: read a documentation page and create or update a spec from it.
public enum ImportJob {
    public struct Result: Sendable {
        /// What the page changed in the spec (everything is "added" for a new spec).
        public var diff: CatalogChanges
        /// Whether the spec file was created, rewritten or left alone.
        public var write: WriteReport
        public var created: Bool
        /// What the run says about the error body: the formats inferred from the page's samples,
        /// or that it found none, or kept the spec's hand-edited format (notes and warnings).
        public var messages: [Diagnostic]
    }

    /// - Parameter input: the page; nil for the one the existing spec names as its `source`.
    /// - Parameter explain: say why each table and column was read as it was (`DocumentReader.Page.explanation`)
    ///   instead of only which tables were read.
    /// - Parameter review: sees the messages (warnings and notes) before the spec is written;
    ///   throwing stops the run.
    public static func run(
        input: String?, spec: String, options: DocumentReader.Options, fetch: UpstreamPage.FetchOptions = .init(),
        explain: Bool = false, review: ([Diagnostic]) throws -> Void = { _ in }
    ) throws -> Result {
        // Without a page, the spec must exist (the stage refuses a missing one): it names the page.
        let existing = try input == nil || FileManager.default.fileExists(atPath: spec) ? CatalogStage().spec(at: spec).catalog : nil
        let input = try input ?? UpstreamCheckJob.source(of: existing!, path: spec)
        // The spec's recipe, amended by the options; the spec records the result.
        var readOptions = existing.map(options.forPage(of:)) ?? options
        let recipe = readOptions.recipe
        // The page is the spec's source (its URL, or its path from the spec's folder) unless the spec names one.
        if readOptions.source == nil, existing?.source == nil { readOptions.source = SpecSource.recorded(input, forSpecAt: spec) }
        let read = try UpstreamPage.readPage(input, options: readOptions, fetch: fetch)
        let page = read.validated.catalog
        if page.entries.isEmpty {
            throw Diagnostic.error("the page's error table has no codes", at: SourceLocation(path: input))
        }
        var catalog = existing.map { SpecMerge.merge(spec: $0, page: page, source: options.source) } ?? page
        catalog.reading = recipe
        let messages = (explain ? read.reading.explanation : read.reading.tableNotes) + read.validated.warnings
            + bodyMessages(inferred: read.reading.inferredBody, spec: existing, result: catalog, input: input, specPath: spec)
        let header = try existing.map { _ in try leadingComment(of: spec) } ?? SpecRenderer.defaultHeader
        let text = try specText(catalog, header: header, path: spec, readingBackAs: "the imported catalog")
        try review(messages)
        let report = try OutputWriter.write(OutputPlan(files: [OutputFile(path: spec, text: text)], ownedDirectories: []))
        let diff = CatalogDiffer.diff(old: existing ?? Catalog(service: catalog.service), new: catalog, oldPath: spec, newPath: input)
        return Result(diff: diff, write: report, created: existing == nil, messages: messages)
    }

    /// Says where the spec's error body comes from: the page's samples, the spec, or the default.
    static func bodyMessages(
        inferred: ErrorBodyInference.Result, spec: Catalog?, result: Catalog, input: String, specPath: String
    ) -> [Diagnostic] {
        guard !inferred.formats.isEmpty else {
            // A spec whose errorBody was written by hand states the body: nothing to check.
            if let spec, spec.errorBody != [.default] {
                return [Diagnostic(
                    .note, "the page shows no sample error body; keeping the spec's errorBody",
                    at: spec.errorBody.first?.location ?? SourceLocation(path: specPath))]
            }
            let kept = spec == nil ? "using the default {\"error_code\", \"error_msg\"}" : "keeping the spec's errorBody, the default"
            return [.warning(.noSampleBody,
                "the page shows no sample error body (a JSON or XML code block with one of its codes); \(kept) — check it against a real response, and write it under errorBody in the spec",
                at: SourceLocation(path: input))]
        }
        if let spec, spec.errorBody != [.default], spec.errorBody != inferred.formats {
            return [.warning(.keptErrorBody,
                "kept the spec's hand-edited errorBody; the page's samples show " + inferred.formats.map(ErrorBodyDescription.plain).joined(separator: "; "),
                at: spec.errorBody.first?.location ?? SourceLocation(path: specPath))]
        }
        return zip(inferred.formats, inferred.sources).map { format, source in
            Diagnostic(.note, "error body inferred from the sample here: " + ErrorBodyDescription.plain(format), at: source)
        }
    }

    /// The spec file's text for `catalog`, a merge or a spec with new translations, validated
    /// before it is rendered, with `header` at its top; it must read back as `catalog` (anything
    /// else is a bug here, reported as reading back as `what`).
    static func specText(_ catalog: Catalog, header: String, path: String, readingBackAs what: String) throws -> String {
        let text = try SpecRenderer.render(CatalogValidator.validate(catalog), header: header)
        guard try CatalogStage.spec(data: Array(text.utf8), path: path).catalog == catalog else {
            throw Diagnostic.error("internal error: the rendered spec does not read back as \(what)", at: SourceLocation(path: path))
        }
        return text
    }

    /// The comment lines at the top of an existing spec, kept when it is rewritten.
    static func leadingComment(of path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("#") }
            .joined(separator: "\n")
    }
}
