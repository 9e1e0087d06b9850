import ErrataModel
import Yams

/// Yams errors as located diagnostics.
enum YAMLText {
    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            return .error("invalid YAML: \(detail)\(problem)", at: SourceLocation(path: path, line: mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                at: SourceLocation(path: path, line: context.mark.line, column: context.mark.column))
        case let .reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path))
        }
    }
}
