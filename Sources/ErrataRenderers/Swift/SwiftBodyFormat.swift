import ErrataModel
import ErrataRuntimeCore

/// A documented error body format as the Swift source of its `ErrataBody.Format(…)`: the value
/// `RuntimeBodyFormat` maps it to, written as a literal (arguments at their defaults left out).
enum SwiftBodyFormat {
    /// The `ErrataBody.Format(…)` expression of `format`.
    static func expression(_ format: ErrorBodyFormat, _ context: SwiftContext) -> String {
        literal(RuntimeBodyFormat.format(format), type: context.runtime("ErrataBody"))
    }

    /// `value` as an expression of `type` (`ErrataBody`, or its embedded name).
    static func literal(_ value: ErrataBody.Format, type: String) -> String {
        var arguments: [String] = switch value.syntax {
        case .json: ["syntax: .json"]
        case .xml: ["syntax: .xml"]
        case .header(let name): ["syntax: .header(\(SwiftLiteral.string(name)))"]
        }
        switch value.kind {
        case .plain: break
        case .rootKey: arguments.append("kind: .rootKey")
        case .problemDetails: arguments.append("kind: .problemDetails")
        case .errorInfo: arguments.append("kind: .errorInfo")
        }
        arguments.append("code: " + path(value.code))
        arguments.append("message: " + path(value.message))
        if !value.fields.isEmpty {
            let fields = value.fields.map { "\(type).Field(name: \(SwiftLiteral.string($0.name)), path: \(path($0.path)))" }
            arguments.append("fields: [" + fields.joined(separator: ", ") + "]")
        }
        if value.integerCode { arguments.append("integerCode: true") }
        switch value.codeForm {
        case .asIs: break
        case .shapeName: arguments.append("codeForm: .shapeName")
        case .lastPathSegment: arguments.append("codeForm: .lastPathSegment")
        }
        return "\(type).Format(" + arguments.joined(separator: ", ") + ")"
    }

    /// A path as `ErrataBody.Step`s.
    private static func path(_ steps: [ErrataBody.Step]) -> String {
        let items = steps.map { step in
            switch step {
            case .key(let name): ".key(\(SwiftLiteral.string(name)))"
            case .index(let index): ".index(\(index))"
            case .each: ".each"
            case .element(let key, let suffix): ".element(whereKey: \(SwiftLiteral.string(key)), hasSuffix: \(SwiftLiteral.string(suffix)))"
            }
        }
        return "[" + items.joined(separator: ", ") + "]"
    }
}
