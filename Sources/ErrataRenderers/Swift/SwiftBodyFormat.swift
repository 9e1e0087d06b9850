import ErrataModel

/// A documented error body format (`ErrorBodyFormat`) as the runtime describes it
/// (`ErrataBody.Format`): the one map from the spec's formats to the runtime's.
enum SwiftBodyFormat {
    /// The `ErrataBody.Format(…)` expression of `format`.
    static func expression(_ format: ErrorBodyFormat, _ context: SwiftContext) -> String {
        let type = context.runtime("ErrataBody")
        var arguments = [
            "syntax: " + (format.syntax == .xml ? ".xml" : ".json"),
            "code: " + path(format.code),
            "message: " + path(format.message),
        ]
        if !format.fields.isEmpty {
            let fields = format.fields.map { "\(type).Field(name: \(SwiftLiteral.string($0.name)), path: \(path($0.path)))" }
            arguments.append("fields: [" + fields.joined(separator: ", ") + "]")
        }
        if format.codeType == .integer { arguments.append("integerCode: true") }
        return "\(type).Format(" + arguments.joined(separator: ", ") + ")"
    }

    /// A path as `ErrataBody.Step`s: one `.key` per component.
    private static func path(_ path: FieldPath) -> String {
        "[" + path.components.map { ".key(\(SwiftLiteral.string($0)))" }.joined(separator: ", ") + "]"
    }
}
