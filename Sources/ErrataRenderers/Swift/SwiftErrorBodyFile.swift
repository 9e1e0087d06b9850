import ErrataModel

/// `PErrorBody.swift`: the documented body formats as the runtime's `ErrataBody.Formats`,
/// prepared once in a `static let` (reading and writing them is the runtime's), and the check
/// that the runtime the library is compiled against is new enough (`ErrataRuntimeVersion`).
enum SwiftErrorBodyFile {
    /// The runtime release whose API the generated code uses: its member of
    /// `ErrataRuntimeVersion` (docs/runtime.md, "Version rule").
    static let runtimeVersionCheck = "UseErrata_0_1_OrNewer"

    static func render(_ context: SwiftContext) -> String {
        let body = context.bodyType
        let formats = context.catalog.errorBody.map { "        " + SwiftBodyFormat.expression($0, context) + ",\n" }.joined()
        let described = context.catalog.errorBody.map { "/// - " + SwiftDocComment.inline(ErrorBodyDescription.plain($0)) + "\n" }.joined()
        let version = context.runtime("ErrataRuntimeVersion")
        return context.header + """
            \(context.runtimeImport.isEmpty ? "" : "\n" + context.runtimeImport)
            // This library needs the runtime of errata 0.1 or newer: compiled against an older one, the
            // next line fails with "'UseErrata_X_Y_OrNewer' is not a member type", naming the release to use.
            private typealias \(context.options.typePrefix)RuntimeCheck = \(version).\(runtimeVersionCheck)

            /// The documented shapes of \(context.service)'s error body, tried in this order:
            \(described)enum \(body) {
                static let formats = \(context.runtime("ErrataBody")).Formats([
            \(formats)    ])
            }

            """
    }
}
