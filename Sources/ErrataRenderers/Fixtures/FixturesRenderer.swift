import ErrataModel

/// Renders what the API returns: one error body per variant of every code, plus an index.
///
/// Files, under `<baseName>/`:
/// - one per variant, named as `FixtureFileNames` describes (`AIS.0101.json`, `ModelArts.4105_v2.json`),
///   holding the body in the catalog's first error body format (`ErrorBodyText.sample`: nested
///   JSON, or XML in `.xml` files), with every documented field at its path; when that format
///   carries the code in a header, the body is the one `ErrorBodyText.example(of:)` picks;
/// - `index.json`: an array, sorted by file name, of `{code, file, message, module, statuses, variant}`
///   (`statuses`: the row's HTTP statuses, the first the one to answer the body with, `[]` when the
///   page gives none; `variant` 1-based; `module` `null` when absent), plus `headers`, the response
///   headers to send with the body (`{"x-ms-error-code": "<code>"}`), for a code in a header.
///
/// All JSON is written by `JSONEncoder` with sorted keys, pretty printing and unescaped slashes, with
/// LF line ends and a trailing newline. Files come back sorted by path; the same catalog always gives
/// the same files, and a file's name depends only on the codes, never on their order.
public enum FixturesRenderer {
    /// - Throws: `Diagnostic` when the base name is not one file name or when a code appears on two
    ///   entries.
    public static func render(_ validated: ValidatedCatalog, options: FixturesRenderOptions) throws -> [RenderedFile] {
        try OutputBaseName.check(options.baseName)
        let catalog = validated.catalog
        let (format, header) = ErrorBodyText.example(of: catalog.errorBody)
        let names = try FixtureFileNames.names(for: catalog.entries, extension: ErrorBodyText.fileExtension(format))

        var files: [RenderedFile] = []
        var index: [FixtureIndexEntry] = []
        for (entry, fileNames) in zip(catalog.entries, names) {
            for (position, (variant, fileName)) in zip(entry.variants, fileNames).enumerated() {
                let body = try ErrorBodyText.sample(format, code: entry.code, variant: variant)
                files.append(RenderedFile(path: "\(options.baseName)/\(fileName)", contents: body))
                index.append(FixtureIndexEntry(file: fileName, code: entry.code, module: entry.module,
                                               message: variant.message, statuses: variant.statuses,
                                               variant: position + 1, headers: header.map { [$0: entry.code] }))
            }
        }
        index.sort { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
        let indexPath = "\(options.baseName)/\(FixtureFileNames.indexFileName)"
        files.append(RenderedFile(path: indexPath, contents: try FixtureJSON.encode(index)))
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
