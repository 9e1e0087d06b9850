import ErrataModel
import ErrataRenderers
import ErrataRuntime
import ErrataRuntimeCore

/// The runtime's body formats for a spec's, as a generated library holds them. The renderers
/// map the spec onto the runtime's core (`RuntimeBodyFormat`, module `ErrataRuntimeCore`); code
/// reading responses imports the runtime, one module of the same source files, so the value is
/// carried across case for case.
enum RuntimeFormats {
    static func formats(_ formats: [ErrorBodyFormat]) -> [ErrataRuntime.ErrataBody.Format] {
        formats.map(format)
    }

    static func format(_ format: ErrorBodyFormat) -> ErrataRuntime.ErrataBody.Format {
        runtime(RuntimeBodyFormat.format(format))
    }

    static func runtime(_ core: ErrataRuntimeCore.ErrataBody.Format) -> ErrataRuntime.ErrataBody.Format {
        let syntax: ErrataRuntime.ErrataBody.Format.Syntax = switch core.syntax {
        case .json: .json
        case .xml: .xml
        case .header(let name): .header(name)
        }
        let kind: ErrataRuntime.ErrataBody.Format.Kind = switch core.kind {
        case .plain: .plain
        case .rootKey: .rootKey
        case .problemDetails: .problemDetails
        case .errorInfo: .errorInfo
        }
        let codeForm: ErrataRuntime.ErrataBody.Format.CodeForm = switch core.codeForm {
        case .asIs: .asIs
        case .shapeName: .shapeName
        case .lastPathSegment: .lastPathSegment
        }
        return ErrataRuntime.ErrataBody.Format(
            syntax: syntax, kind: kind, code: steps(core.code), message: steps(core.message),
            fields: core.fields.map { ErrataRuntime.ErrataBody.Field(name: $0.name, path: steps($0.path)) },
            integerCode: core.integerCode, codeForm: codeForm)
    }

    private static func steps(_ steps: [ErrataRuntimeCore.ErrataBody.Step]) -> [ErrataRuntime.ErrataBody.Step] {
        steps.map { step in
            switch step {
            case .key(let name): .key(name)
            case .index(let index): .index(index)
            case .each: .each
            case .element(let key, let suffix): .element(whereKey: key, hasSuffix: suffix)
            }
        }
    }
}
