import ErrataModel
import ErrataRuntimeCore

/// A documented error body format (`ErrorBodyFormat`) as the runtime reads it
/// (`ErrataBody.Format`): the one map from the spec's keys to the runtime's, key for key as
/// docs/spec-format.md#error-body says. The Swift renderer writes this value as a literal
/// (`SwiftBodyFormat`); tests read responses with it the way a generated library does.
public enum RuntimeBodyFormat {
    public static func format(_ format: ErrorBodyFormat) -> ErrataBody.Format {
        let syntax: ErrataBody.Format.Syntax = format.header.map { .header($0) } ?? (format.syntax == .xml ? .xml : .json)
        let kind: ErrataBody.Format.Kind = switch format.kind {
        case .plain: .plain
        case .rootKey: .rootKey
        case .problemDetails: .problemDetails
        case .errorInfo: .errorInfo
        }
        let codeForm: ErrataBody.Format.CodeForm = switch format.codeForm {
        case .asIs: .asIs
        case .shapeName: .shapeName
        case .lastPathSegment: .lastPathSegment
        }
        return ErrataBody.Format(
            syntax: syntax, kind: kind, code: steps(format.code), message: steps(format.message),
            fields: format.fields.map { ErrataBody.Field(name: $0.name, path: steps($0.path)) },
            integerCode: format.codeType == .integer, codeForm: codeForm)
    }

    public static func formats(_ formats: [ErrorBodyFormat]) -> [ErrataBody.Format] { formats.map(format) }

    static func steps(_ path: FieldPath) -> [ErrataBody.Step] {
        path.steps.map { step in
            switch step {
            case .key(let name): .key(name)
            case .index(let index): .index(index)
            case .each: .each
            case .element(let key, let suffix): .element(whereKey: key, hasSuffix: suffix)
            }
        }
    }
}
