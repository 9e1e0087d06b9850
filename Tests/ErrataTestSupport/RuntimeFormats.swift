import ErrataModel
import ErrataRuntime

/// The runtime's description of a catalog's error body formats, mapped key for key as
/// docs/spec-format.md#error-body says, for tests that read responses the way a generated library
/// will.
public enum RuntimeFormats {
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
