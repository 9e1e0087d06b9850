import ErrataModel

/// Renders a catalog as a dependency-free Swift library (Foundation only).
///
/// Files, for type prefix `P`: `PErrorCode.swift` (the code type, one static member per
/// documented code, in document order), `PModule.swift`, `PErrorInfo.swift` (documentation and
/// placeholder matching), `PError.swift` (the decodable error body) and `PErrorTable.swift` (all
/// per-code data in one string, decoded on first use). Files are returned sorted by path.
public enum SwiftRenderer {
    /// Throws `Diagnostics` for a bad type prefix, unusable or clashing names, and codes listed twice.
    public static func render(_ catalog: Catalog, options: SwiftRenderOptions) throws -> [RenderedFile] {
        if let problem = prefixProblem(options.typePrefix) { throw Diagnostics([.error(problem)]) }
        let context = SwiftContext(catalog: catalog, options: options, names: try SwiftNames(catalog))
        let files = [
            RenderedFile(path: context.codeType + ".swift", contents: SwiftErrorCodeFile.render(context)),
            RenderedFile(path: context.moduleType + ".swift", contents: SwiftModuleFile.render(context)),
            RenderedFile(path: context.infoType + ".swift", contents: SwiftErrorInfoFile.render(context)),
            RenderedFile(path: context.errorType + ".swift", contents: SwiftErrorFile.render(context)),
            RenderedFile(path: context.tableType + ".swift", contents: SwiftErrorTableFile.render(context)),
        ]
        return files.sorted { $0.path < $1.path }
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
