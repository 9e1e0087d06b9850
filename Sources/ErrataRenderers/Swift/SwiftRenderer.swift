import ErrataModel

/// Renders a catalog as a Swift library: the service's own types and data, thin typed wrappers
/// over the runtime every library shares (`ErrataRuntime`, docs/runtime.md), imported
/// (`runtime: .shared`) or embedded as its own renamed copy, so the library needs nothing but
/// Foundation (`runtime: .embedded`, the default).
///
/// Files, for type prefix `P`: `PErrorCode.swift` (the code type: a struct with one static member
/// per documented code, or with `style: .enum` an enum with a case per code, in document order), `PModule.swift`, `PErrorInfo.swift` (documentation and
/// placeholder matching), `PError.swift` (the error), `PErrorBody.swift` (the documented body
/// formats, read and written) and `PErrorTable.swift` (all per-code data in one string, decoded
/// on first use); with `options.fixtures`, also `PErrorFixtures.swift` (a sample body per row);
/// embedded, also the runtime's files, `PErrataBody.swift` and the others (`SwiftRuntimeFiles`).
/// Files are returned sorted by path. A catalog with translations (`locales`) gives the same
/// files: `PErrorTable.swift` then also holds the translated texts and `PLocalization`, the choice
/// of language (`SwiftLocalization`), and the error's and the module's texts follow the user's
/// preferred languages.
public enum SwiftRenderer {
    /// Throws `Diagnostics` for a bad type prefix and unusable or clashing names.
    public static func render(_ catalog: ValidatedCatalog, options: SwiftRenderOptions) throws -> [RenderedFile] {
        try renderWithWarnings(catalog, options: options).files
    }

    /// The files, and the warnings about names (e.g. a transliterated module name).
    public static func renderWithWarnings(
        _ validated: ValidatedCatalog, options: SwiftRenderOptions
    ) throws -> (files: [RenderedFile], warnings: [Diagnostic]) {
        if let problem = prefixProblem(options.typePrefix) { throw Diagnostics([.error(problem)]) }
        let names = try SwiftNames(validated)
        let catalog = validated.catalog
        let context = SwiftContext(
            catalog: catalog, options: options, names: names, bodyFields: try SwiftBodyFields.members(catalog.errorBody))
        let files = [
            RenderedFile(path: context.bodyType + ".swift", contents: SwiftErrorBodyFile.render(context)),
            RenderedFile(path: context.codeType + ".swift", contents: SwiftErrorCodeFile.render(context)),
            RenderedFile(path: context.moduleType + ".swift", contents: SwiftModuleFile.render(context)),
            RenderedFile(path: context.infoType + ".swift", contents: SwiftErrorInfoFile.render(context)),
            RenderedFile(path: context.errorType + ".swift", contents: SwiftErrorFile.render(context)),
            RenderedFile(path: context.tableType + ".swift", contents: SwiftErrorTableFile.render(context)),
        ]
        let fixtures = context.options.fixtures
            ? [RenderedFile(path: context.fixturesType + ".swift", contents: try SwiftErrorFixturesFile.render(context))] : []
        let runtime = options.runtime == .embedded ? SwiftRuntimeFiles.files(context) : []
        return ((files + fixtures + runtime).sorted { $0.path < $1.path }, names.warnings)
    }

    private static func prefixProblem(_ prefix: String) -> String? {
        let scalars = prefix.unicodeScalars
        guard let first = scalars.first, first.isASCII, first.properties.isUppercase,
            scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else {
            return "type prefix \(prefix.debugDescription) must be ASCII letters and digits, starting with a capital letter"
        }
        return nil
    }
}
